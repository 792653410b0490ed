package org.istraga.provenance.forensics.office;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which parts of a signed package no signature covers. A part is covered when a reference of a
 * signature (or of its signed package manifest) names it, whether or not its digest still
 * matches (a mismatch is reported by the signature's own verification). The parts left over are
 * split in two: those the format's signing software leaves out by convention, which may change
 * without breaking a signature (OOXML {@code [Content_Types].xml}, the {@code docProps/}
 * properties and the {@code _xmlsignatures/} parts; ODF {@code mimetype} and the signature
 * files), and the others, which were added or replaced after signing or left out by the signer's
 * software. When a package carries only ODF macro signatures, only the macro parts ({@code
 * Basic/}, {@code Scripts/}, {@code Dialogs/}) are expected to be covered.
 *
 * @param unsigned parts no signature covers although signing software signs such parts
 * @param byConvention parts no signature covers because signing software leaves them out
 */
record SignatureCoverage(List<String> unsigned, List<String> byConvention) {

  static SignatureCoverage of(
      ZipParts zip, List<OfficeFacts.Signature> signatures, boolean odf, boolean documentSigned) {
    Set<String> covered = new HashSet<>();
    for (OfficeFacts.Signature s : signatures) {
      if (s.references() == null) {
        continue;
      }
      for (OfficeFacts.SignedReference r : s.references()) {
        if (r.part() != null) {
          String stored = zip.find(r.part());
          covered.add(stored != null ? stored : r.part());
        }
      }
    }
    List<String> unsigned = new ArrayList<>();
    List<String> byConvention = new ArrayList<>();
    for (String name : zip.names()) {
      if (name.endsWith("/") || covered.contains(name)) {
        continue;
      }
      if (!documentSigned && !isMacroPart(name)) {
        continue;
      }
      (conventionallyUnsigned(name, odf) ? byConvention : unsigned).add(name);
    }
    return new SignatureCoverage(unsigned, byConvention);
  }

  static boolean conventionallyUnsigned(String name, boolean odf) {
    String n = name.toLowerCase(Locale.ROOT);
    if (odf) {
      return n.equals("mimetype")
          || n.equals("meta-inf/documentsignatures.xml")
          || n.equals("meta-inf/macrosignatures.xml");
    }
    return n.equals("[content_types].xml")
        || n.startsWith("_xmlsignatures/")
        || n.startsWith("docprops/");
  }

  private static boolean isMacroPart(String name) {
    return name.startsWith("Basic/") || name.startsWith("Scripts/") || name.startsWith("Dialogs/");
  }
}
