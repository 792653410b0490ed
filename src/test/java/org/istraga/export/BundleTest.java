package org.istraga.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.istraga.Json;
import org.istraga.cli.ExitCode;
import org.istraga.store.Hashes;
import org.istraga.testing.Cli;
import org.istraga.testing.SampleCase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles of the sample leak: written, verified, refused, stripped and tampered with. */
class BundleTest {

  @TempDir static Path tmp;
  static BundleFixture fx;
  static Path full;

  @BeforeAll
  static void setUp() throws Exception {
    fx = new BundleFixture(tmp);
    full = tmp.resolve("full-bundle");
    Cli.Result r = fx.export("--query", "*:*", "--format", "bundle", "--out", full.toString(), "--include-sensitive");
    assertEquals(ExitCode.OK, r.code(), r.toString());
  }

  @Test
  void bundleOfTheWholeSampleLeakPassesVerifyAlsoAgainstTheCase() throws Exception {
    Cli.Result v = Cli.run("bundle", "verify", full.toString(), "--case", fx.caseDir.toString(), "--json");
    assertEquals(ExitCode.OK, v.code(), v.toString());
    JsonNode j = v.json();
    assertTrue(j.get("case_checked").asBoolean());
    assertEquals(2, j.get("citations").asInt());
    JsonNode files = SampleCase.facts().at("/files/list");
    for (JsonNode f : files) {
      String sha = f.get("sha256").asText();
      try (Stream<Path> s = Files.walk(full.resolve("data/documents"))) {
        assertTrue(s.anyMatch(p -> p.toString().contains("/original/") && sha256(p).equals(sha)),
            "original of " + f.get("path").asText() + " is in the bundle");
      }
    }
    String info = Files.readString(full.resolve("bag-info.txt"));
    assertTrue(info.contains("Istraga-Query: *:*"), info);
    assertTrue(info.contains("Istraga-Version: "), info);
    assertTrue(info.contains("Bagging-Date: "), info);
    String index = Files.readString(full.resolve("data/index.md"));
    String phrase = SampleCase.facts().at("/contract/page3Phrase/cyrillic").asText();
    assertTrue(index.contains("> " + phrase.substring(0, 20)), index);
    assertTrue(Files.readString(full.resolve("data/index.html")).contains("<blockquote>" + phrase.substring(0, 20)));
    JsonNode prov = Json.mapper().readTree(full.resolve("data/documents/" + fx.contract.shortId() + "/provenance.json").toFile());
    assertEquals("file", prov.at("/custody/0/type").asText());
    assertEquals(fx.contract.id, prov.at("/custody/0/sha256").asText());
    String text = Files.readString(full.resolve("data/documents/" + fx.contract.shortId() + "/text.txt"));
    assertTrue(text.startsWith("=== page 1 of 4 ===\n"), text.substring(0, 40));
    assertTrue(Files.exists(full.resolve("manifest-sha512.txt")));
  }

  @Test
  void zipBundlePassesVerify() throws Exception {
    Path zip = tmp.resolve("tagged.zip");
    Cli.Result r = fx.export("--tag", "objava", "--format", "bundle", "--out", zip.toString(), "--include-sensitive");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    Cli.Result v = Cli.run("bundle", "verify", zip.toString(), "--case", fx.caseDir.toString());
    assertEquals(ExitCode.OK, v.code(), v.toString());
    assertTrue(v.out().contains("2 documents, 2 citations"), v.out());
  }

  @Test
  void withoutAFlagTheSensitiveItemsAreListedAndNothingIsWritten() throws Exception {
    Path out = tmp.resolve("refused");
    Cli.Result r = fx.export("--query", "*:*", "--format", "bundle", "--out", out.toString());
    assertEquals(ExitCode.CHECK_FAILED, r.code(), r.toString());
    assertFalse(Files.exists(out));
    assertFalse(Files.exists(tmp.resolve("refused.partial")));
    List<String> lines = r.out().lines().toList();
    String jmbg = SampleCase.facts().at("/identifiers/list/6/value").asText();
    String masked = org.istraga.entities.MentionMasker.maskDigits(jmbg);
    assertTrue(lines.stream().anyMatch(l -> l.contains("  jmbg  ") && l.contains(masked)), r.out());
    assertTrue(lines.stream().noneMatch(l -> l.contains(jmbg)), "JMBG is masked");
    assertTrue(lines.stream().anyMatch(l -> l.contains("  author  ") && l.contains(SampleCase.facts().at("/summary/author").asText())), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("  last-modified-by  ") && l.contains(SampleCase.facts().at("/memo/lastModifiedBy").asText())), r.out());
    assertTrue(lines.stream().anyMatch(l -> l.contains("  email  ") && l.contains(SampleCase.facts().at("/email/fromAddress").asText())), r.out());
    assertTrue(r.err().contains("--strip-metadata or --include-sensitive"), r.err());

    Cli.Result strip = fx.export("--query", "*:*", "--format", "bundle", "--out", out.toString(), "--strip-metadata");
    assertEquals(ExitCode.CHECK_FAILED, strip.code(), strip.toString());
    assertTrue(strip.err().contains("cannot be removed by --strip-metadata"), strip.err());
    assertTrue(strip.out().lines().allMatch(l -> l.contains("[cannot be stripped]")), strip.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void strippedCopiesCarryNoAuthorAndAreLabelledNextToTheOriginalsHash() throws Exception {
    Path out = tmp.resolve("stripped");
    Cli.Result r = fx.export("--tag", "objava", "--format", "bundle", "--out", out.toString(), "--strip-metadata");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode m = Json.mapper().readTree(out.resolve("data/bundle.json").toFile());
    assertEquals("stripped", m.get("sensitive_metadata").asText());
    for (JsonNode d : m.get("documents")) {
      assertFalse(d.hasNonNull("original"), "the untouched original is not in a stripped bundle");
      JsonNode s = d.get("stripped");
      assertTrue(s.get("label").asText().startsWith("MODIFIED COPY"), s.toString());
      Path copy = out.resolve("data").resolve(s.get("file").asText());
      assertEquals(s.get("sha256").asText(), sha256(copy));
      assertFalse(d.get("id").asText().equals(sha256(copy)));
      try (PDDocument pdf = Loader.loadPDF(copy.toFile())) {
        assertNull(pdf.getDocumentInformation().getAuthor());
        assertNull(pdf.getDocumentCatalog().getMetadata());
        assertTrue(pdf.getNumberOfPages() >= 1);
      }
      String meta = Files.readString(out.resolve("data").resolve(d.get("metadata").asText()));
      assertFalse(meta.contains("Chen Liang"), meta);
    }
    String bib = Files.readString(out.resolve("data/citations/citations.bib"));
    assertFalse(bib.contains("author"), bib);
    Cli.Result v = Cli.run("bundle", "verify", out.toString(), "--case", fx.caseDir.toString());
    assertEquals(ExitCode.OK, v.code(), v.toString());
  }

  @Test
  void flippedPayloadByteFailsNamingTheFile() throws Exception {
    Path b = copyOfFull("flip");
    Path original = onlyFile(b.resolve("data/documents/" + fx.contract.shortId() + "/original"));
    byte[] bytes = Files.readAllBytes(original);
    bytes[bytes.length / 2] ^= 0x01;
    Files.write(original, bytes);
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    String rel = b.relativize(original).toString();
    assertTrue(v.out().contains("FAILED " + rel + ": SHA-256 does not match manifest-sha256.txt (modified)"), v.out());
    assertTrue(v.out().contains("FAILED " + rel + ": SHA-512 does not match manifest-sha512.txt (modified)"), v.out());
    assertTrue(v.out().contains("but the document id is " + fx.contract.id), v.out());
  }

  @Test
  void editedManifestFails() throws Exception {
    Path b = copyOfFull("manifest");
    Path manifest = b.resolve("manifest-sha256.txt");
    String s = Files.readString(manifest);
    char c = s.charAt(0);
    Files.writeString(manifest, (c == '0' ? '1' : '0') + s.substring(1));
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("FAILED manifest-sha256.txt: SHA-256 does not match tagmanifest-sha256.txt (modified)"), v.out());
    assertTrue(v.out().contains("SHA-256 does not match manifest-sha256.txt"), v.out());
  }

  @Test
  void changedCitationQuoteFailsEvenWithRecomputedManifests() throws Exception {
    Path b = copyOfFull("quote");
    Path cits = b.resolve("data/citations/citations.json");
    JsonNode arr = Json.mapper().readTree(cits.toFile());
    String quote = arr.get(0).get("quote").asText();
    String changed = quote.replace("Нишу", "Београду");
    assertFalse(changed.equals(quote));
    Files.writeString(cits, Files.readString(cits).replace(Json.mapper().writeValueAsString(quote),
        Json.mapper().writeValueAsString(changed)), StandardCharsets.UTF_8);
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("FAILED data/citations/citations.json: SHA-256 does not match manifest-sha256.txt"), v.out());
    String key = arr.get(0).get("key").asText();
    assertTrue(v.out().contains("citation " + key + ": the quote is not at characters"), v.out());

    Rebag.recomputeManifests(b);
    Cli.Result again = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, again.code(), again.toString());
    assertFalse(again.out().contains("does not match manifest"), again.out());
    assertTrue(again.out().contains("citation " + key + ": the quote is not at characters"), again.out());
    assertTrue(again.out().contains("data/citations/citations.csl.json: differs from what the bundled citations"), again.out());
  }

  @Test
  void removedFileFailsNamingIt() throws Exception {
    Path b = copyOfFull("removed");
    Path text = b.resolve("data/documents/" + fx.summary.shortId() + "/text.txt");
    Files.delete(text);
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("FAILED " + b.relativize(text) + ": listed in manifest-sha256.txt but missing from the bag (removed)"), v.out());
  }

  @Test
  void addedFileFailsNamingIt() throws Exception {
    Path b = copyOfFull("added");
    Files.writeString(b.resolve("data/extra.txt"), "not from Istraga");
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("FAILED data/extra.txt: not listed in manifest-sha256.txt"), v.out());
  }

  @Test
  void editedCustodyEntryFailsEvenWithRecomputedManifestsAndWithoutTheCase() throws Exception {
    Path b = copyOfFull("custody-edited");
    Path prov = b.resolve("data/documents/" + fx.contract.shortId() + "/provenance.json");
    com.fasterxml.jackson.databind.node.ObjectNode p = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(prov.toFile());
    com.fasterxml.jackson.databind.node.ObjectNode entry = (com.fasterxml.jackson.databind.node.ObjectNode) p.at("/custody/0");
    long seq = entry.get("seq").asLong();
    entry.put("size", entry.get("size").asLong() + 1);
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(prov.toFile(), p);
    Rebag.recomputeManifests(b);
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("FAILED " + b.relativize(prov) + ": custody entry seq " + seq
        + " (file): its content does not match its hash"), v.out());
  }

  @Test
  void removedCustodyEntryAndForeignOccurrenceFailAgainstTheCase() throws Exception {
    Path b = copyOfFull("custody-removed");
    Path prov = b.resolve("data/documents/" + fx.contract.shortId() + "/provenance.json");
    com.fasterxml.jackson.databind.node.ObjectNode p = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().readTree(prov.toFile());
    com.fasterxml.jackson.databind.node.ArrayNode custody = (com.fasterxml.jackson.databind.node.ArrayNode) p.get("custody");
    assertTrue(custody.size() >= 1, custody::toString);
    JsonNode removed = custody.remove(custody.size() - 1);
    ((com.fasterxml.jackson.databind.node.ObjectNode) p.at("/occurrences/0")).put("path", "/elsewhere/contract.pdf");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(prov.toFile(), p);
    Rebag.recomputeManifests(b);
    // the bag is consistent in itself: only its fingerprint and the case can tell
    Cli.Result self = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.OK, self.code(), self::toString);
    Cli.Result v = Cli.run("bundle", "verify", b.toString(), "--case", fx.caseDir.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("custody entry seq " + removed.get("seq").asLong() + " (" + removed.get("type").asText()
        + ", " + removed.get("path").asText() + ") of the case's ledger, written before the export, is missing from the "
        + "bundle (removed)"), v.out());
    assertTrue(v.out().contains("occurrence /elsewhere/contract.pdf of " + fx.contract.shortId()
        + " is not recorded for this document in the case's custody ledger"), v.out());
  }

  @Test
  void removedTagManifestFailsThoughNoOtherFileListsIt() throws Exception {
    Path b = copyOfFull("tagmanifest-removed");
    Files.delete(b.resolve("tagmanifest-sha512.txt"));
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("FAILED tagmanifest-sha512.txt: missing (every Istraga bundle has it; removed)"), v.out());
  }

  @Test
  void editedBagInfoFailsNamingIt() throws Exception {
    Path b = copyOfFull("bag-info");
    Path info = b.resolve("bag-info.txt");
    Files.writeString(info, Files.readString(info).replace("Istraga-Query: *:*", "Istraga-Query: objava"));
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("FAILED bag-info.txt: SHA-256 does not match tagmanifest-sha256.txt (modified)"), v.out());
  }

  @Test
  void manifestPathsOutsideTheBagAreRefusedAndNeverRead() throws Exception {
    Path b = copyOfFull("traversal");
    // a file next to the bag that a hostile manifest points at, with its true hashes
    Path outside = tmp.resolve("outside-secret.txt");
    Files.writeString(outside, "not part of the bag");
    String sha256 = Hashes.sha256(Files.readAllBytes(outside));
    Path manifest = b.resolve("manifest-sha256.txt");
    Files.writeString(manifest, Files.readString(manifest) + sha256 + "  data/../../outside-secret.txt\n"
        + sha256 + "  " + outside + "\n" + sha256 + "  bag-info.txt\n");
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.out().contains("names a path with an empty, '.' or '..' segment, outside the bag or not its own: "
        + "'data/../../outside-secret.txt' (edited; never read)"), v.out());
    assertTrue(v.out().contains("names an absolute path or one with a backslash: '" + outside + "'"), v.out());
    assertTrue(v.out().contains("names a file outside the payload folder data/: 'bag-info.txt'"), v.out());
    assertFalse(v.out().contains("outside-secret.txt: SHA-256"), v.out());
    assertEquals("not part of the bag", Files.readString(outside));
  }

  @Test
  void zipWithTwoEntriesOfOneNameIsRefused() throws Exception {
    // every file of the bag, then a second data/bundle.json: an unzip tool would write that one
    Path twice = tmp.resolve("dup-entries.zip");
    try (org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream z =
        new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(twice.toFile());
        Stream<Path> files = Files.walk(full)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        z.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("bag/" + full.relativize(p)));
        z.write(Files.readAllBytes(p));
        z.closeArchiveEntry();
      }
      z.putArchiveEntry(new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("bag/data/bundle.json"));
      z.write("{}".getBytes(StandardCharsets.UTF_8));
      z.closeArchiveEntry();
    }
    Cli.Result v = Cli.run("bundle", "verify", twice.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    assertTrue(v.err().contains("holds two entries named 'bag/data/bundle.json'"), v.err());
  }

  @Test
  void aHostileFileNameCannotForgeAnOkLine() throws Exception {
    Path b = copyOfFull("forged-line");
    Files.writeString(b.resolve("data/x\nOK: 98 files, 2 documents, 2 citations; fingerprint 00"), "added");
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    for (String line : v.out().split("\n")) {
      assertTrue(line.startsWith("FAILED ") || line.startsWith("NOT OK"), line);
    }
    assertTrue(v.out().contains("FAILED data/x\\nOK: 98 files, 2 documents, 2 citations; fingerprint 00: not listed in "
        + "manifest-sha256.txt (added to the bag)"), v.out());
  }

  @Test
  void aFolderLinkedOutsideTheBagIsNeverRead() throws Exception {
    Path b = copyOfFull("linked-folder");
    Path doc = b.resolve("data/documents/" + fx.summary.shortId());
    // the document's folder moved outside the bag, a symbolic link left in its place
    Path outside = tmp.resolve("outside-" + fx.summary.shortId());
    Files.move(doc, outside);
    Files.createSymbolicLink(doc, outside);
    Cli.Result v = Cli.run("bundle", "verify", b.toString());
    assertEquals(ExitCode.CHECK_FAILED, v.code(), v.toString());
    String rel = "data/documents/" + fx.summary.shortId();
    assertTrue(v.out().contains("FAILED " + rel + ": not listed in manifest-sha256.txt (added to the bag)"), v.out());
    assertTrue(v.out().contains("FAILED " + rel + "/text.txt: listed in manifest-sha256.txt but missing from the bag"),
        v.out());
    // the content checks did not read the linked folder's (unchanged) files as the bag's either
    assertTrue(v.out().contains("FAILED " + rel + "/provenance.json: missing"), v.out());
  }

  static Path copyOfFull(String name) throws Exception {
    Path dst = tmp.resolve("copy-" + name);
    try (Stream<Path> s = Files.walk(full)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = dst.resolve(full.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return dst;
  }

  static Path onlyFile(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findFirst().orElseThrow();
    }
  }

  static String sha256(Path p) {
    try {
      return Hashes.sha256(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
