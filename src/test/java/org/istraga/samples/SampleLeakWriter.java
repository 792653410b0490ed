package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.istraga.IstragaException;

/**
 * Writes the whole fictional sample leak ({@code samples/leak/**} and {@code
 * samples/facts.json}) into a directory. Run by {@code scripts/make-samples}; the reproducibility
 * test runs it into a temporary directory and compares byte for byte with the committed files.
 *
 * <p>Usage: {@code SampleLeakWriter <output-dir>} (normally {@code samples}). Existing files
 * with the same names are overwritten; other files are left alone.
 */
public final class SampleLeakWriter {

  private SampleLeakWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SampleLeakWriter <output-dir>");
      System.exit(2);
    }
    Path out = Paths.get(args[0]).toAbsolutePath().normalize();
    Map<String, byte[]> written = write(out);
    System.out.println("wrote " + written.size() + " files under " + out);
  }

  /** Writes every sample file under {@code outputDir}; returns them by relative path. */
  public static Map<String, byte[]> write(Path outputDir) throws IOException {
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw IstragaException.io("cannot create output directory " + outputDir, e);
    }
    LeakFiles files = new LeakFiles(outputDir);
    FactSheet facts = new FactSheet();
    try (SampleFonts fonts = SampleFonts.open()) {
      IdentifierFacts.record(facts);
      ContractDocuments.Result contract = new ContractDocuments(fonts).write(files, facts);
      new ScanDocument(fonts).write(contract.cyrillicLastPage(), contract.pageCount(), files,
          facts);
      new PriceAnnexWorkbook().write(files, facts);
      new ArchiveDocument().write(files, facts);
      new EmailDocument().write(contract.latinPdf(), files, facts);
      new AmendmentDocument(fonts).write(files, facts);
      new SummaryDocument(fonts).write(files, facts);
      new NamesNoteDocument().write(files, facts);
      new DuplicateDocument().write(contract.latinPdf(), files, facts);
    }
    recordFileList(files, facts);
    files.write("facts.json", facts.toJson());
    return files.written();
  }

  /** The IANA media type of a sample file, by its extension. */
  static String mediaType(String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1);
    return switch (ext) {
      case "pdf" -> "application/pdf";
      case "eml" -> "message/rfc822";
      case "zip" -> "application/zip";
      case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      case "txt" -> "text/plain";
      case "csv" -> "text/csv";
      case "json" -> "application/json";
      default -> throw new IllegalArgumentException("no media type known for " + path);
    };
  }

  private static void recordFileList(LeakFiles files, FactSheet facts) {
    ArrayNode list = facts.array();
    for (Map.Entry<String, byte[]> e : files.written().entrySet()) {
      ObjectNode f = list.addObject();
      f.put("path", e.getKey());
      f.put("bytes", e.getValue().length);
      f.put("mediaType", mediaType(e.getKey()));
      f.put("sha256", LeakFiles.sha256(e.getValue()));
    }
    facts.section("files").set("list", list);
  }
}
