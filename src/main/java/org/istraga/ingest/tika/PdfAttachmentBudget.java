package org.istraga.ingest.tika;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Keeps a PDF's attached files within the expansion budget before Tika unpacks them. PDFBox
 * decodes a stream whole into memory before anyone reads it, so an attachment of a gigabyte of
 * zeros, a megabyte compressed, ran the parser out of its heap: the PDF came out {@code
 * out-of-memory} and its page text, extracted by then, was lost with the process. The archive
 * budget ({@link ExpansionBudget}) was never consulted, because it counts the bytes of a child as
 * they are read, after the decoding.
 *
 * <p>Each attached file (the {@code /EmbeddedFiles} name tree and the pages' file attachment
 * annotations) is decoded once here as a stream, counting its bytes and keeping none. An attachment
 * that would take the attachments past the budget, or past a quarter of the parser heap by itself,
 * is detached from the in-memory document (its {@code /EF} entry removed; the evidence file is not
 * touched), so Tika does not decode it, and the container gets a "suspected archive bomb" reason
 * naming it: status {@code bomb}, its pages' text kept.
 *
 * <p>Cost: one more streaming decode of each attached file (CPU, constant memory for
 * single-filter streams; a chain of filters keeps its intermediate result, bounded by the same
 * cap), and a walk of the name tree and of each page's annotations. Nothing for a PDF without
 * attachments beyond the walk. Stateless; not for concurrent use on one document.
 */
final class PdfAttachmentBudget {

  /** Name-tree nodes visited at most (a cyclic or absurd tree stops here). */
  private static final int MAX_NODES = 100_000;

  private PdfAttachmentBudget() {}

  /**
   * Detaches the attached files over the budget.
   *
   * @param budgetBytes bytes all attachments may decode to together
   * @return one line per detached attachment, for the container's reason; empty when none
   */
  static List<String> enforce(PDDocument doc, long budgetBytes) {
    long perFile = Math.min(budgetBytes, Runtime.getRuntime().maxMemory() / 4);
    List<COSDictionary> specs = fileSpecs(doc);
    List<String> detached = new ArrayList<>();
    long total = 0;
    Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (COSDictionary spec : specs) {
      if (!(spec.getDictionaryObject(COSName.EF) instanceof COSDictionary ef)) {
        continue;
      }
      for (COSName key : List.copyOf(ef.keySet())) {
        if (!(ef.getDictionaryObject(key) instanceof COSStream s) || !seen.add(s)) {
          continue;
        }
        long remaining = Math.max(0, budgetBytes - total);
        boolean heapBound = perFile < remaining;
        long cap = heapBound ? perFile : remaining;
        long size = decodedSize(s, cap);
        if (size > cap) {
          spec.removeItem(COSName.EF);
          detached.add("attached file " + name(spec) + " decodes to more than " + cap + " bytes ("
              + (heapBound ? "a quarter of the parser heap; a larger --worker-heap reads it"
                  : "what is left of the " + budgetBytes + "-byte budget for what the file expands to")
              + ")");
          break;
        }
        total += Math.max(0, size);
      }
    }
    return detached;
  }

  /**
   * Bytes the stream decodes to, or {@code cap + 1} as soon as it passes {@code cap}; -1 when it
   * cannot be decoded (damaged data or an unknown filter: Tika's own decoding reports that).
   */
  static long decodedSize(COSStream s, long cap) {
    List<COSName> filters = new ArrayList<>();
    COSBase f = s.getFilters();
    if (f instanceof COSName n) {
      filters.add(n);
    } else if (f instanceof COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.getObject(i) instanceof COSName n) {
          filters.add(n);
        }
      }
    }
    if (filters.isEmpty()) {
      return s.getLength();
    }
    try (InputStream raw = s.createRawInputStream()) {
      InputStream in = raw;
      for (int i = 0; i < filters.size() - 1; i++) {
        ByteArrayOutputStream step = new ByteArrayOutputStream();
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        filter.decode(in, new Counting(step, cap), s, i);
        in = new ByteArrayInputStream(step.toByteArray());
      }
      Counting last = new Counting(OutputStream.nullOutputStream(), cap);
      FilterFactory.INSTANCE.getFilter(filters.get(filters.size() - 1)).decode(in, last, s, filters.size() - 1);
      return last.count;
    } catch (OverCap e) {
      return cap + 1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static List<COSDictionary> fileSpecs(PDDocument doc) {
    List<COSDictionary> specs = new ArrayList<>();
    Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
    COSDictionary root = doc.getDocumentCatalog().getCOSObject();
    if (root.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names
        && names.getDictionaryObject(COSName.EMBEDDED_FILES) instanceof COSDictionary tree) {
      List<COSDictionary> todo = new ArrayList<>(List.of(tree));
      while (!todo.isEmpty() && visited.size() < MAX_NODES) {
        COSDictionary node = todo.remove(todo.size() - 1);
        if (!visited.add(node)) {
          continue;
        }
        if (node.getDictionaryObject(COSName.NAMES) instanceof COSArray pairs) {
          for (int i = 1; i < pairs.size(); i += 2) {
            if (pairs.getObject(i) instanceof COSDictionary spec) {
              specs.add(spec);
            }
          }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
          for (int i = 0; i < kids.size(); i++) {
            if (kids.getObject(i) instanceof COSDictionary kid) {
              todo.add(kid);
            }
          }
        }
      }
    }
    try {
      for (PDPage page : doc.getPages()) {
        if (page.getCOSObject().getDictionaryObject(COSName.ANNOTS) instanceof COSArray annots) {
          for (int i = 0; i < annots.size(); i++) {
            if (annots.getObject(i) instanceof COSDictionary a
                && a.getDictionaryObject(COSName.FS) instanceof COSDictionary spec) {
              specs.add(spec);
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // a page tree PDFBox cannot walk: Tika's own walk meets and reports the same problem
    }
    return specs;
  }

  private static String name(COSDictionary spec) {
    for (COSName key : List.of(COSName.UF, COSName.F)) {
      String n = spec.getString(key);
      if (n != null) {
        return n;
      }
    }
    return "(unnamed)";
  }

  /** Thrown by {@link Counting} past its cap; stops the decoding at once. */
  private static final class OverCap extends IOException {
    private static final long serialVersionUID = 1L;

    OverCap() {
      super("over the cap", null);
    }
  }

  /** Counts bytes written through it and stops past the cap. */
  private static final class Counting extends OutputStream {
    private final OutputStream out;
    private final long cap;
    long count;

    Counting(OutputStream out, long cap) {
      this.out = out;
      this.cap = cap;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      if (count > cap) {
        throw new OverCap();
      }
      out.write(b, off, len);
    }
  }
}
