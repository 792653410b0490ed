package org.istraga.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.istraga.IstragaException;
import org.istraga.cases.Case;
import org.istraga.export.AtomicOutput;
import org.istraga.export.BundleExport;
import org.istraga.export.Selection;
import org.istraga.export.SensitiveItem;
import org.istraga.export.SensitiveMetadataException;
import org.istraga.export.TableExport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code istraga export}: CSV, JSON Lines or a verifiable citation bundle. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Export documents as CSV, JSON Lines or a verifiable BagIt citation bundle.",
    description = {
      "Export documents: --format csv or jsonl writes one row of metadata per document (streamed, no "
          + "limit; --out - writes to stdout); --format bundle writes a BagIt citation bundle (a folder, or a "
          + "ZIP when --out ends in .zip or with --zip) with the originals, page-marked text, provenance, "
          + "citations (CSL-JSON, RIS, BibTeX) and an index. Before writing a bundle, data that could expose a "
          + "source or a person is listed; the bundle is refused (exit 1) unless --strip-metadata or "
          + "--include-sensitive covers every item. Check a bundle with 'istraga bundle verify'."
    })
public final class ExportCommand implements Callable<Integer> {

  /** Exactly one way to select documents. */
  static final class Which {
    @Option(names = "--query", paramLabel = "Q", required = true, description = "Every document matching the query.")
    String query;
    @Option(names = "--tag", paramLabel = "TAG", required = true, description = "Every document with this tag.")
    String tag;
    @Option(names = "--ids", paramLabel = "FILE", required = true, description = "The ids (or prefixes) listed in FILE, one per line.")
    Path ids;
    @Option(names = "--citations", required = true, description = "Every cited document, with all citations.")
    boolean citations;
  }

  /** Output formats. */
  enum Format { csv, jsonl, bundle }

  @Spec CommandSpec spec;
  @Mixin CaseOption caseOption;
  @Mixin OutputOption output;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv, jsonl or bundle.")
  Format format;

  @Option(names = "--out", paramLabel = "PATH", required = true, description = "Output file or folder ('-' for stdout: csv and jsonl).")
  String out;

  @Option(names = "--zip", description = "Write the bundle as a ZIP (default when --out ends in .zip).")
  boolean zip;

  @Option(names = "--force", description = "Replace an existing --out file or earlier bundle (never another folder).")
  boolean force;

  @Option(names = "--include-sensitive", description = "Bundle: include data that could expose a source or a person.")
  boolean includeSensitive;

  @Option(names = "--strip-metadata", description = "Bundle: include copies with identifying metadata removed instead of the originals.")
  boolean stripMetadata;

  @Option(names = "--public-email", paramLabel = "ADDRESS", description = "Bundle: an e-mail address (or @domain) of a public person or body; not flagged (repeatable).")
  List<String> publicEmails = List.of();

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (which.ids != null) {
      ArgumentChecks.inputFile("ids file", which.ids);
    }
    if (!out.equals("-")) {
      checkReplaceable(Path.of(out));
    }
    Case kase = caseOption.open();
    Selection sel = which.query != null ? Selection.query(which.query) : which.tag != null ? Selection.tag(which.tag)
        : which.ids != null ? Selection.idsFile(which.ids) : Selection.citations();
    if (format != Format.bundle) {
      if (includeSensitive || stripMetadata || zip) {
        throw IstragaException.usage("--include-sensitive, --strip-metadata and --zip apply to --format bundle only");
      }
      if (out.equals("-") && output.json()) {
        throw IstragaException.usage("--json cannot be combined with --out -: the " + format
            + " rows themselves go to stdout; drop --json, or give --out FILE to get a JSON summary");
      }
      TableExport.Format f = format == Format.csv ? TableExport.Format.CSV : TableExport.Format.JSONL;
      long started = System.nanoTime();
      long[] rows = {0};
      if (out.equals("-")) {
        WriterStream o = new WriterStream(stdout);
        try {
          rows[0] = new TableExport(kase).export(sel, f, o);
          o.flush();
        } catch (StdoutClosed e) {
          throw IstragaException.io("stdout was closed by the program reading it; the export is incomplete "
              + "(write it to a file with --out FILE)", e);
        }
      } else {
        AtomicOutput.file(Path.of(out), force, o -> rows[0] = new TableExport(kase).export(sel, f, o));
      }
      double secs = (System.nanoTime() - started) / 1e9;
      err.printf(Locale.ROOT, "Exported %d row%s (%s) in %.1f s%s%n", rows[0], rows[0] == 1 ? "" : "s", sel.describe(), secs,
          out.equals("-") ? "" : " to " + out);
      err.flush();
      if (output.json()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("out", Path.of(out).toAbsolutePath().normalize().toString());
        m.put("format", format.name());
        m.put("selection", sel.describe());
        m.put("rows", rows[0]);
        OutputOption.printJson(stdout, m);
      }
      return ExitCode.OK;
    }
    if (out.equals("-")) {
      throw IstragaException.usage("a bundle cannot go to stdout; give --out FOLDER or --out FILE.zip");
    }
    Path target = Path.of(out);
    boolean asZip = zip || out.toLowerCase(Locale.ROOT).endsWith(".zip");
    BundleExport.Options opts = new BundleExport.Options(includeSensitive, stripMetadata,
        new LinkedHashSet<>(publicEmails), asZip, force);
    BundleExport.Summary s;
    try {
      s = new BundleExport(kase).write(sel, opts, target);
    } catch (SensitiveMetadataException e) {
      if (output.json()) {
        OutputOption.printJson(stdout, Map.of("refused", true, "sensitive", e.items()));
      } else {
        for (SensitiveItem i : e.items()) {
          stdout.println(i.line());
        }
        stdout.flush();
      }
      throw e;
    }
    if (output.json()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("out", s.out().toAbsolutePath().normalize().toString());
      m.put("documents", s.documents());
      m.put("citations", s.citations());
      m.put("sensitive_items", s.sensitiveItems());
      m.put("sensitive_metadata", s.sensitiveMetadata());
      m.put("stripped", s.stripped());
      m.put("fingerprint", s.fingerprint());
      OutputOption.printJson(stdout, m);
    } else {
      stdout.printf(Locale.ROOT, "Bundle written to %s: %d document%s, %d citation%s; sensitive metadata: %s%s%n", s.out(),
          s.documents(), s.documents() == 1 ? "" : "s", s.citations(), s.citations() == 1 ? "" : "s", s.sensitiveMetadata(),
          s.stripped() > 0 ? " (" + s.stripped() + " stripped cop" + (s.stripped() == 1 ? "y" : "ies") + ")" : "");
      stdout.printf(Locale.ROOT, "Fingerprint (SHA-256 of tagmanifest-sha256.txt): %s%n", s.fingerprint());
      stdout.printf(Locale.ROOT, "Check it with: istraga bundle verify %s%n", s.out());
      stdout.flush();
    }
    return ExitCode.OK;
  }

  /**
   * Refuses to let {@code --force} replace a folder that is not an earlier bundle: replacing removes
   * the whole folder, and a mistyped {@code --out ~/Documents} must not delete anything.
   */
  private void checkReplaceable(Path target) {
    if (!Files.isDirectory(target)) {
      return;
    }
    if (format != Format.bundle) {
      throw IstragaException.usage("--out " + target + " is a folder; give a file name, e.g. --out "
          + target.resolve("export." + format.name()));
    }
    if (force && !Files.isRegularFile(target.resolve("bagit.txt"))) {
      throw IstragaException.usage("--out " + target + " is a folder that is not an Istraga bundle; --force only "
          + "replaces an earlier bundle, choose a new --out");
    }
  }

  /** The program reading stdout has closed it (a pipe to {@code head}, say). */
  private static final class StdoutClosed extends IOException {
    private static final long serialVersionUID = 1L;

    StdoutClosed() {
      super("stdout closed");
    }
  }

  /** Writes bytes through the command's stdout writer (UTF-8), so tests capture them too. */
  private static final class WriterStream extends OutputStream {
    private final PrintWriter w;
    private final java.nio.charset.CharsetDecoder dec = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

    WriterStream(PrintWriter w) {
      this.w = w;
    }

    @Override
    public void write(int b) throws IOException {
      pending.write(b);
      if (pending.size() >= 1 << 16) {
        drain(false);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      pending.write(b, off, len);
      if (pending.size() >= 1 << 16) {
        drain(false);
      }
    }

    /** Passes on the complete characters pending; stops the export once stdout is closed. */
    private void drain(boolean all) throws IOException {
      byte[] bytes = pending.toByteArray();
      int end = bytes.length;
      if (!all) {
        while (end > 0 && (bytes[end - 1] & 0xC0) == 0x80) {
          end--;
        }
        if (end > 0 && (bytes[end - 1] & 0x80) != 0) {
          end--;
        }
      }
      w.write(new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8));
      pending.reset();
      pending.write(bytes, end, bytes.length - end);
      if (w.checkError()) {
        throw new StdoutClosed();
      }
    }

    @Override
    public void flush() throws IOException {
      drain(true);
      w.flush();
    }
  }
}
