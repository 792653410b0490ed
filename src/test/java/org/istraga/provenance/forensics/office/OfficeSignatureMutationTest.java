package org.istraga.provenance.forensics.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.istraga.provenance.forensics.ForensicAnalyzer;
import org.istraga.provenance.forensics.ForensicOptions;
import org.istraga.provenance.forensics.ForensicReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random single-byte changes to a signature part (fixed seed, so failures reproduce) never make
 * the analysis throw, and a signature is never reported valid unless its value and every
 * reference verified: a mutation can land where a signature does not reach (whitespace between
 * its elements, the certificate), but can never turn a failed check into "valid".
 */
class OfficeSignatureMutationTest {

  private static final String SIG = "META-INF/documentsignatures.xml";

  @Test
  void mutatedSignaturesGiveConsistentVerdicts(@TempDir Path dir) throws Exception {
    long now = System.currentTimeMillis();
    TestOdfSigner signer =
        new TestOdfSigner(
            "CN=Mutant, C=RS", new Date(now - 86_400_000L), new Date(now + 86_400_000L));
    Map<String, byte[]> signed = signer.sign(TestOdfSigner.document(), "2024-05-06T07:08:09");
    ForensicAnalyzer analyzer = new ForensicAnalyzer(ForensicOptions.defaults());
    Random random = new Random(20261128L);
    byte[] original = signed.get(SIG);
    int valid = 0;
    int invalid = 0;
    int other = 0;
    for (int i = 0; i < 100; i++) {
      byte[] b = original.clone();
      int at = random.nextInt(b.length);
      b[at] = (byte) (b[at] ^ (1 << random.nextInt(7)));
      Map<String, byte[]> parts = new LinkedHashMap<>(signed);
      parts.put(SIG, b);
      ForensicReport r =
          analyzer.analyze(
              TestPackages.write(dir.resolve("m" + i + ".odt"), parts),
              "application/vnd.oasis.opendocument.text");
      assertNotNull(r.office(), "mutation at " + at);
      if (r.office().signatures() == null) {
        other++; // the part is no longer XML: recorded as an error, nothing claimed
        assertTrue(
            r.errors().stream().anyMatch(e -> e.startsWith("office.signature " + SIG)),
            "mutation at " + at + ": " + r.errors());
        continue;
      }
      for (OfficeFacts.Signature s : r.office().signatures()) {
        assertTrue(
            Set.of(OfficeFacts.VALID, OfficeFacts.INVALID, OfficeFacts.UNCHECKED)
                .contains(s.verification()));
        if (OfficeFacts.VALID.equals(s.verification())) {
          valid++;
          assertEquals(Boolean.TRUE, s.signatureValueValid(), "mutation at " + at);
          for (OfficeFacts.SignedReference ref : s.references()) {
            assertEquals(Boolean.TRUE, ref.digestMatches(), "mutation at " + at);
          }
        } else if (OfficeFacts.INVALID.equals(s.verification())) {
          invalid++;
        } else {
          other++;
        }
      }
    }
    // most single-bit changes land in signed content or the signature value
    assertTrue(invalid > valid, "valid " + valid + ", invalid " + invalid + ", other " + other);
  }
}
