package org.istraga.export;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.findings.Citation;
import org.istraga.store.Hashes;

/**
 * Checks a citation bundle ({@code istraga bundle verify}).
 *
 * <ol>
 *   <li>BagIt: {@code bagit.txt}; every file listed in each payload and tag manifest exists and
 *       has the listed SHA-256 / SHA-512; every payload file and every tag file is listed;
 *       manifest lines are in the exact form Istraga writes; {@code Payload-Oxum} matches.
 *   <li>Content: each original's SHA-256 is its document id; each citation's quote, prefix and
 *       suffix are at the recorded offsets of the recorded page of the bundled text; the CSL-JSON,
 *       RIS, BibTeX and index pages are exactly what the bundled citations render to.
 *   <li>With a case ({@link CaseCheck}): every document is in the case's custody ledger, the
 *       bundled ledger entries are the case's, and the ledger head recorded at export is in it.
 * </ol>
 *
 * <p>Cost: one read of every file (both digests at once). Thread-safe: no shared state.
 */
public final class BundleVerifier {

  /** One thing that does not hold, naming the file (bag-relative) or citation. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Problem(String file, String problem) {
    @Override
    public String toString() {
      return file + ": " + problem;
    }
  }

  /**
   * The outcome.
   *
   * @param ok true only when no problem was found
   * @param files files in the bag
   * @param documents bundled documents
   * @param citations bundled citations
   * @param caseChecked true when checked against a case
   * @param fingerprint SHA-256 of tagmanifest-sha256.txt (pins the whole bag)
   * @param problems what does not hold
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Report(boolean ok, int files, int documents, int citations, boolean caseChecked, String fingerprint,
      List<Problem> problems) {}

  private static final Map<String, Integer> HEX_LENGTH = Map.of("sha256", 64, "sha512", 128);

  private BundleVerifier() {}

  /** Verifies a bag folder or ZIP; {@code kase} may be null. */
  public static Report verify(Path bag, Case kase) throws IOException {
    List<Problem> problems = new ArrayList<>();
    try (BagReader r = BagReader.open(bag)) {
      Map<String, String[]> actual = digestAll(r);
      checkBagit(r, problems);
      Map<String, Map<String, String>> payload = manifests(r, "manifest-", actual, problems);
      Map<String, Map<String, String>> tags = manifests(r, "tagmanifest-", actual, problems);
      // every manifest Istraga writes must be there: a tag manifest is listed nowhere else, so
      // removing one would otherwise go unnoticed
      for (String alg : BagWriter.ALGORITHMS) {
        if (!payload.containsKey(alg)) {
          problems.add(new Problem("manifest-" + alg + ".txt", "missing (every Istraga bundle has it; removed)"));
        }
        if (!tags.containsKey(alg)) {
          problems.add(new Problem("tagmanifest-" + alg + ".txt", "missing (every Istraga bundle has it; removed)"));
        }
      }
      for (String f : r.files()) {
        if (f.startsWith("data/")) {
          for (Map.Entry<String, Map<String, String>> m : payload.entrySet()) {
            if (!m.getValue().containsKey(f)) {
              problems.add(new Problem(f, "not listed in manifest-" + m.getKey() + ".txt (added to the bag)"));
            }
          }
        } else if (!f.startsWith("tagmanifest-")) {
          for (Map.Entry<String, Map<String, String>> m : tags.entrySet()) {
            if (!m.getValue().containsKey(f)) {
              problems.add(new Problem(f, "not listed in tagmanifest-" + m.getKey() + ".txt (added to the bag)"));
            }
          }
        }
      }
      checkOxum(r, actual, problems);
      BundleContent content = BundleContent.check(r, actual, problems);
      boolean caseChecked = false;
      if (kase != null && content != null) {
        CaseCheck.check(kase, r, content, problems);
        caseChecked = true;
      }
      String[] tm = actual.get("tagmanifest-sha256.txt");
      return new Report(problems.isEmpty(), r.files().size(), content == null ? 0 : content.manifest().documents().size(),
          content == null ? 0 : content.citations().size(), caseChecked, tm == null ? null : tm[0], List.copyOf(problems));
    }
  }

  /** SHA-256 and SHA-512 of every file, one read each. */
  private static Map<String, String[]> digestAll(BagReader r) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    byte[] buf = new byte[1 << 16];
    for (String f : r.files()) {
      MessageDigest a = BagWriter.digest("SHA-256");
      MessageDigest b = BagWriter.digest("SHA-512");
      long size = 0;
      try (InputStream in = r.open(f)) {
        if (in == null) {
          continue;
        }
        int n;
        while ((n = in.read(buf)) != -1) {
          a.update(buf, 0, n);
          b.update(buf, 0, n);
          size += n;
        }
      }
      out.put(f, new String[] {HexFormat.of().formatHex(a.digest()), HexFormat.of().formatHex(b.digest()), Long.toString(size)});
    }
    return out;
  }

  private static void checkBagit(BagReader r, List<Problem> problems) throws IOException {
    byte[] b = r.read("bagit.txt");
    if (b == null) {
      problems.add(new Problem("bagit.txt", "missing: this is not a BagIt bag"));
      return;
    }
    String s = new String(b, StandardCharsets.UTF_8);
    if (!s.equals("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")) {
      problems.add(new Problem("bagit.txt", "not the BagIt 1.0 declaration Istraga writes"));
    }
  }

  private static final Pattern LINE = Pattern.compile("([0-9a-f]+)  ([^\\r\\n]+)");

  /** Parses and checks every manifest with this prefix; returns algorithm → (path → digest). */
  private static Map<String, Map<String, String>> manifests(BagReader r, String prefix, Map<String, String[]> actual,
      List<Problem> problems) throws IOException {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String alg : BagWriter.ALGORITHMS) {
      String name = prefix + alg + ".txt";
      byte[] b = r.read(name);
      if (b == null) {
        continue;
      }
      Map<String, String> entries = new LinkedHashMap<>();
      out.put(alg, entries);
      String s = new String(b, StandardCharsets.UTF_8);
      if (!s.isEmpty() && !s.endsWith("\n")) {
        problems.add(new Problem(name, "last line has no line end (truncated or edited)"));
      }
      String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
      int lineNo = 0;
      for (String line : body.isEmpty() ? new String[0] : body.split("\n", -1)) {
        lineNo++;
        Matcher m = LINE.matcher(line);
        if (!m.matches() || m.group(1).length() != HEX_LENGTH.get(alg)) {
          problems.add(new Problem(name, "line " + lineNo + " is not '<" + alg + " in lowercase hex>  <path>' (edited)"));
          continue;
        }
        String path = BagWriter.decodePath(m.group(2));
        entries.put(path, m.group(1));
        String[] d = actual.get(path);
        String unsafe = unsafePath(path, prefix.equals("manifest-"));
        if (unsafe != null) {
          problems.add(new Problem(name, "line " + lineNo + " names " + unsafe + " (edited; never read)"));
        } else if (d == null) {
          problems.add(new Problem(path, "listed in " + name + " but missing from the bag (removed)"));
        } else if (!d[alg.equals("sha256") ? 0 : 1].equals(m.group(1))) {
          problems.add(new Problem(path, alg.toUpperCase(java.util.Locale.ROOT).replace("SHA", "SHA-")
              + " does not match " + name + " (modified)"));
        }
      }
    }
    return out;
  }

  /**
   * Why a manifest path may not be in a bag (RFC 8493 2.1.3: relative to the bag, no {@code ..};
   * payload paths under {@code data/}), or null when it may. Such a path is never opened.
   */
  static String unsafePath(String path, boolean payload) {
    if (path.startsWith("/") || path.contains("\\") || path.matches("^[A-Za-z]:.*")) {
      return "an absolute path or one with a backslash: '" + path.replace("\n", "%0A") + "'";
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return "a path with an empty, '.' or '..' segment, outside the bag or not its own: '"
            + path.replace("\n", "%0A") + "'";
      }
    }
    if (payload != path.startsWith("data/")) {
      return payload ? "a file outside the payload folder data/: '" + path.replace("\n", "%0A") + "'"
          : "a payload file in a tag manifest: '" + path.replace("\n", "%0A") + "'";
    }
    return null;
  }

  private static void checkOxum(BagReader r, Map<String, String[]> actual, List<Problem> problems) throws IOException {
    byte[] b = r.read("bag-info.txt");
    if (b == null) {
      problems.add(new Problem("bag-info.txt", "missing"));
      return;
    }
    long bytes = 0;
    int count = 0;
    for (Map.Entry<String, String[]> e : actual.entrySet()) {
      if (e.getKey().startsWith("data/")) {
        bytes += Long.parseLong(e.getValue()[2]);
        count++;
      }
    }
    Matcher m = Pattern.compile("(?m)^Payload-Oxum: (\\d+)\\.(\\d+)$").matcher(new String(b, StandardCharsets.UTF_8));
    if (!m.find()) {
      problems.add(new Problem("bag-info.txt", "no Payload-Oxum"));
    } else if (Long.parseLong(m.group(1)) != bytes || Integer.parseInt(m.group(2)) != count) {
      problems.add(new Problem("bag-info.txt", "Payload-Oxum " + m.group(1) + "." + m.group(2) + " but the payload is "
          + bytes + " bytes in " + count + " files"));
    }
  }

  /** Reads JSON of a bag file, or records why not. */
  static <T> T json(BagReader r, String path, TypeReference<T> type, List<Problem> problems) throws IOException {
    byte[] b = r.read(path);
    if (b == null) {
      problems.add(new Problem(path, "missing"));
      return null;
    }
    try {
      return Json.mapper().readValue(b, type);
    } catch (IOException e) {
      problems.add(new Problem(path, "not valid JSON of an Istraga bundle (" + e.getMessage().split("\n")[0] + ")"));
      return null;
    }
  }

  static String sha256(byte[] b) {
    return Hashes.sha256(b);
  }

  static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() {};
  static final TypeReference<BundleManifest> MANIFEST = new TypeReference<>() {};
  static final TypeReference<List<BundleManifest.PageRange>> PAGES = new TypeReference<>() {};
  static final TypeReference<Map<String, JsonNode>> OBJECT = new TypeReference<>() {};
  static final Set<String> RENDERED = Set.of("citations/citations.csl.json", "citations/citations.ris",
      "citations/citations.bib", "index.md", "index.html");
}
