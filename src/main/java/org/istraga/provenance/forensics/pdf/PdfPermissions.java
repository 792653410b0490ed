package org.istraga.provenance.forensics.pdf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user access permissions of a PDF standard security handler, decoded from the {@code /P}
 * bit field as ISO 32000-1 Table 22 defines it for the handler's revision {@code /R}. Stateless.
 *
 * <p>Revision 2 (40-bit RC4, the oldest handler) defines only bits 3 to 6: there, form filling
 * follows bit 6 (annotations), extraction for accessibility follows bit 5 (copying), document
 * assembly follows bit 4 (modifying), and printing is always at full quality. Bits 9 to 12 are
 * meaningful from revision 3 on, where bit 6 also allows filling in forms and bit 12 decides
 * whether printing may be faithful or is degraded. A decoder that reads bits 9 to 12 of a revision
 * 2 file reports as allowed what readers refuse (they are set to 1 in almost every file).
 */
final class PdfPermissions {

  private PdfPermissions() {}

  /**
   * The permissions granted without the owner password, as an ordered map with the keys of the
   * report ({@code print}, {@code print_high_quality}, {@code modify}, {@code extract_content},
   * {@code extract_for_accessibility}, {@code modify_annotations}, {@code fill_in_form}, {@code
   * assemble_document}).
   *
   * @param p the {@code /P} value
   * @param revision the {@code /R} value (0 when absent; treated as revision 2 below 3)
   */
  static Map<String, Boolean> decode(int p, int revision) {
    boolean print = bit(p, 3);
    boolean modify = bit(p, 4);
    boolean extract = bit(p, 5);
    boolean annotations = bit(p, 6);
    boolean modern = revision >= 3;
    Map<String, Boolean> perms = new LinkedHashMap<>();
    perms.put("print", print);
    perms.put("print_high_quality", modern ? print && bit(p, 12) : print);
    perms.put("modify", modify);
    perms.put("extract_content", extract);
    perms.put("extract_for_accessibility", modern ? bit(p, 10) : extract);
    perms.put("modify_annotations", annotations);
    perms.put("fill_in_form", modern ? annotations || bit(p, 9) : annotations);
    perms.put("assemble_document", modern ? bit(p, 11) : modify);
    return perms;
  }

  private static boolean bit(int p, int position) {
    return (p & (1 << (position - 1))) != 0;
  }
}
