package org.istraga.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.istraga.cases.Case;
import org.istraga.document.DocumentRecord;
import org.istraga.document.Occurrence;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;
import org.istraga.provenance.forensics.cms.SignedDocument;
import org.istraga.store.BlobStore;
import org.istraga.store.Hashes;
import org.istraga.store.RawPaths;

/**
 * Finds, in a case, the document a detached signature ({@code .p7s}) was made over, so the
 * forensic analyzer can check the signature against it without itself reading the case.
 *
 * <p>The companion of {@code dir/ugovor.pdf.p7s} is the document at {@code dir/ugovor.pdf}; failing
 * that, the only document in {@code dir} named {@code ugovor.*} (other {@code .p7s} files aside).
 * The same holds inside containers ({@code a.zip!/ugovor.pdf.p7s}). Several different documents
 * matching is reported, not guessed. The bytes are the evidence file when it is present and its
 * SHA-256 still equals the document's id, else the case's stored copy; evidence is only read.
 *
 * <p>Cost: two exact or prefix queries on the path key per occurrence of the signature, then one
 * read (and hash) of the chosen document, held in memory up to {@code maxBytes}. Not thread-safe
 * beyond what {@link CaseIndex} offers; meant for one command.
 */
public final class SignedDocumentFinder {

  private static final String SUFFIX = ".p7s";

  private final Case kase;
  private final long maxBytes;

  /**
   * @param kase the case holding the signature
   * @param maxBytes largest document read into memory (the analyzer's file limit)
   */
  public SignedDocumentFinder(Case kase, long maxBytes) {
    this.kase = kase;
    this.maxBytes = maxBytes;
  }

  /** The document {@code signature} is a detached signature over, or why none is used. */
  public SignedDocument find(DocumentRecord signature) throws IOException {
    Map<String, String> exact = new LinkedHashMap<>(); // id -> path
    Map<String, String> loose = new LinkedHashMap<>();
    List<String> looked = new ArrayList<>();
    try (CaseIndex index = CaseIndex.openReader(kase);
        CaseIndex.Handle h = index.searcher()) {
      for (Occurrence o : signature.occurrences) {
        if (!isP7s(o.path())) {
          continue;
        }
        String base = o.path().substring(0, o.path().length() - SUFFIX.length());
        looked.add(base);
        for (String id : h.ids(new TermQuery(new Term(IndexSchema.PATH_KEY, base)))) {
          if (!id.equals(signature.id)) {
            exact.putIfAbsent(id, base);
          }
        }
        int slash = base.lastIndexOf('/');
        String folder = base.substring(0, slash + 1);
        String stem = base.substring(slash + 1);
        if (stem.contains(".")) {
          continue; // ugovor.pdf.p7s: only ugovor.pdf is its document
        }
        for (String id : h.ids(new PrefixQuery(new Term(IndexSchema.PATH_KEY, base + ".")))) {
          DocumentRecord r = h.get(id);
          if (r == null || id.equals(signature.id)) {
            continue;
          }
          for (Occurrence c : r.occurrences) {
            String p = c.path();
            if (p.startsWith(base + ".") && p.indexOf('/', folder.length()) < 0 && !isP7s(p)) {
              loose.putIfAbsent(id, p);
            }
          }
        }
      }
      if (looked.isEmpty()) {
        return SignedDocument.none("the signature's name does not end in .p7s");
      }
      Map<String, String> pick = !exact.isEmpty() ? exact : loose;
      if (pick.isEmpty()) {
        return SignedDocument.none("no document in the case at " + String.join(" or ", looked)
            + " (nor a single " + String.join(", ", looked.stream().map(b -> b + ".*").toList())
            + " when the name has no extension)");
      }
      if (pick.size() > 1) {
        return SignedDocument.none(pick.size() + " different documents could be the signed one ("
            + String.join(", ", pick.values()) + "); none was chosen");
      }
      Map.Entry<String, String> e = pick.entrySet().iterator().next();
      DocumentRecord doc = h.get(e.getKey());
      if (doc == null) {
        return SignedDocument.none("document " + e.getKey() + " is no longer in the index");
      }
      return read(doc, e.getValue());
    }
  }

  private SignedDocument read(DocumentRecord doc, String path) throws IOException {
    if (doc.size > maxBytes) {
      return SignedDocument.none(path + " is " + doc.size + " bytes, over the " + maxBytes
          + "-byte limit for checking it in memory");
    }
    for (Occurrence o : doc.occurrences) {
      Path p = RawPaths.resolve(o.path());
      if (!o.isEmbedded() && !o.missing() && Files.isRegularFile(p) && Files.size(p) <= maxBytes) {
        byte[] bytes = Files.readAllBytes(p);
        if (doc.id.equals(Hashes.sha256(bytes))) {
          return SignedDocument.found(doc.id, path, "evidence", bytes);
        }
      }
    }
    BlobStore blobs = new BlobStore(kase.layout().blobs());
    if (doc.stored && blobs.contains(doc.id)) {
      try (InputStream in = blobs.open(doc.id)) {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (doc.id.equals(Hashes.sha256(bytes))) {
          return SignedDocument.found(doc.id, path, "stored", bytes);
        }
        return SignedDocument.none("the stored copy of " + path + " no longer matches its SHA-256"
            + " (run istraga verify)");
      }
    }
    return SignedDocument.none("the bytes of " + path + " are not reachable (the evidence file"
        + " changed or moved and no copy is stored in the case)");
  }

  private static boolean isP7s(String path) {
    return path != null && path.toLowerCase(Locale.ROOT).endsWith(SUFFIX)
        && path.length() > SUFFIX.length();
  }
}
