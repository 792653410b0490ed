package org.istraga.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints a forensic report (the JSON of {@code forensics.ForensicReport}) for an editor: flags
 * first, then the facts per format. Stateless; thread-safe.
 */
public final class ProvenanceReportRenderer {

  private ProvenanceReportRenderer() {}

  public static void print(PrintWriter out, JsonNode report) {
    if (report == null || report.isMissingNode() || report.isNull()) {
      out.println("No forensic report for this document (its format has no forensic checks).");
      return;
    }
    out.printf(Locale.ROOT, "Format: %s (%s), %s bytes, sha256 %s%n", text(report, "format"),
        text(report, "media_type"), text(report, "file_size"), text(report, "sha256"));
    JsonNode flags = report.path("flags");
    if (flags.isEmpty()) {
      out.println("Flags: none");
    } else {
      out.println("Flags:");
      for (JsonNode f : flags) {
        out.printf(Locale.ROOT, "  %-8s %s — %s%n", "[" + f.path("severity").asText() + "]",
            f.path("name").asText(), f.path("message").asText());
      }
    }
    if (report.has("pdf")) {
      pdf(out, report.get("pdf"));
      revisions(out, report.get("pdf"), report.path("revisions"));
    }
    if (report.has("office")) {
      fields(out, "Office", report.get("office"), "container", "author", "last_modified_by", "company",
          "template", "revision_number", "total_edit_time_minutes", "created", "modified", "last_printed",
          "application", "tracked_insertions", "tracked_deletions", "comments", "hidden_text_runs", "macros",
          "encrypted");
      officeSignatures(out, report.get("office"));
    }
    if (report.has("image")) {
      fields(out, "Image", report.get("image"), "make", "model", "body_serial_number", "lens_serial_number",
          "date_time_original", "software", "gps_latitude", "gps_longitude");
    }
    if (report.has("email")) {
      email(out, report.get("email"));
    }
    if (report.has("cms")) {
      cms(out, report.get("cms"));
    }
    for (JsonNode e : report.path("errors")) {
      out.println("Not analysed: " + e.asText());
    }
    out.flush();
  }

  private static void officeSignatures(PrintWriter out, JsonNode o) {
    for (JsonNode s : o.path("signatures")) {
      out.printf(Locale.ROOT, "  Signature (%s): signer %s, %s — %s%n", s.path("part").asText("?"),
          s.path("signer_name").asText("?"), s.path("verification").asText("?"),
          s.path("verification_detail").asText("no detail"));
      out.printf(Locale.ROOT, "    signer certificate %s, issued by %s%s, serial %s, valid %s to %s; algorithm %s%n",
          s.path("signer_subject").asText("?"), s.path("issuer").asText("?"),
          s.path("self_signed").asBoolean(false) ? " (self-signed: anyone can make one)" : "",
          s.path("serial_number").asText("?"), s.path("not_before").asText("?"), s.path("not_after").asText("?"),
          s.path("signature_algorithm").asText("?"));
      out.printf(Locale.ROOT, "    claimed signing time %s%s%n", s.path("claimed_signing_time").asText("not stated"),
          !s.has("signing_time_signed") ? "" : s.path("signing_time_signed").asBoolean()
              ? " (covered by the signature; the signer's own clock)" : " (NOT covered by the signature)");
      if (s.has("timestamp_time")) {
        out.printf(Locale.ROOT, "    RFC 3161 timestamp %s by %s%s%n", s.path("timestamp_time").asText(),
            s.path("timestamp_authority").asText("?"), !s.has("timestamp_covers_signature") ? ""
                : s.path("timestamp_covers_signature").asBoolean() ? ", issued for this signature"
                : ", issued for OTHER data");
      }
      StringBuilder parts = new StringBuilder();
      for (JsonNode r : s.path("references")) {
        if (r.has("part")) {
          parts.append(parts.length() == 0 ? "" : ", ").append(r.path("part").asText())
              .append(r.path("digest_matches").asBoolean(true) ? "" : r.has("digest_matches") ? " (CHANGED)"
                  : " (" + r.path("problem").asText("not checked") + ")");
        }
      }
      if (parts.length() > 0) {
        out.println("    signs: " + parts);
      }
      if (s.has("comments")) {
        out.println("    signer's comment: " + s.path("comments").asText());
      }
    }
    if (o.path("unsigned_parts").size() > 0) {
      out.println("  Parts no signature covers (added or replaced after signing): " + o.path("unsigned_parts"));
    }
    if (o.path("unsigned_by_convention").size() > 0) {
      out.println("  Parts outside the signatures by convention (may change without breaking them): "
          + o.path("unsigned_by_convention"));
    }
  }

  private static void cms(PrintWriter out, JsonNode c) {
    JsonNode doc = c.path("signed_document");
    if (c.path("detached").asBoolean(false) && doc.has("id")) {
      out.printf(Locale.ROOT, "Signed envelope (CMS/PKCS#7, %s): detached signature, checked against %s"
          + " (document %s, %s)%n", c.path("encoding").asText("?"), doc.path("path").asText("?"),
          doc.path("id").asText("?"), "stored".equals(doc.path("source").asText()) ? "stored copy" : "evidence file");
    } else if (c.path("detached").asBoolean(false)) {
      out.println("Signed envelope (CMS/PKCS#7, " + c.path("encoding").asText("?") + "): detached"
          + " signature — the signed document is not in this file, so the signature cannot be checked"
          + " against it here" + (doc.has("reason") ? " (" + doc.path("reason").asText() + ")" : ""));
    } else {
      out.printf(Locale.ROOT, "Signed envelope (CMS/PKCS#7, %s): signed content %s bytes, sha256 %s%n",
          c.path("encoding").asText("?"), c.path("content_bytes").asText("?"),
          c.path("content_sha256").asText("?"));
    }
    for (JsonNode s : c.path("signers")) {
      out.printf(Locale.ROOT, "  Signer %s: %s — %s%n", s.path("signer_name").asText("(certificate not included)"),
          s.path("verification").asText("?"), s.path("verification_detail").asText("no detail"));
      out.printf(Locale.ROOT, "    issuer %s, serial %s; %s / %s; signing time %s%s%n",
          s.path("issuer").asText("?"), s.path("serial_number").asText("?"), s.path("digest_algorithm").asText("?"),
          s.path("signature_algorithm").asText("?"), s.path("signing_time").asText("not stated"),
          s.has("certificate_valid_at_signing")
              ? (s.path("certificate_valid_at_signing").asBoolean()
                  ? " (within the certificate's validity)" : " (OUTSIDE the certificate's validity)")
              : "");
      if (s.has("timestamp_time")) {
        out.printf(Locale.ROOT, "    RFC 3161 timestamp: %s by %s%s%n", s.path("timestamp_time").asText(),
            s.path("timestamp_authority").asText("an unnamed authority"),
            s.path("timestamp_covers_signature").asBoolean(true) ? "" : " — issued for other data");
      }
    }
    for (JsonNode x : c.path("certificates")) {
      out.printf(Locale.ROOT, "  %s %s, issued by %s, serial %s, valid %s to %s%n",
          x.path("signer").asBoolean(false) ? "Signer certificate" : "Certificate", x.path("subject").asText("?"),
          x.path("issuer").asText("?"), x.path("serial_number").asText("?"), x.path("not_before").asText("?"),
          x.path("not_after").asText("?"));
    }
  }

  private static void pdf(PrintWriter out, JsonNode p) {
    fields(out, "PDF", p, "header_version", "catalog_version", "linearized", "revision_count",
        "bytes_after_last_eof", "page_count", "open_action");
    JsonNode info = p.path("info");
    JsonNode xmp = p.path("xmp");
    line(out, "  Info: producer %s, creator %s, created %s, modified %s", info, "producer", "creator",
        "creation_date", "mod_date");
    line(out, "  XMP: producer %s, creator tool %s, created %s, modified %s", xmp, "producer", "creator_tool",
        "create_date", "modify_date");
    if (xmp.path("history").size() > 0) {
      out.println("  XMP history:");
      for (JsonNode h : xmp.path("history")) {
        out.printf(Locale.ROOT, "    %s %s by %s%n", h.path("when").asText("?"), h.path("action").asText("?"),
            h.path("software_agent").asText("?"));
      }
    }
    for (JsonNode s : p.path("signatures")) {
      out.printf(Locale.ROOT, "  Signature %s (%s): signer %s, time %s, covers whole file: %s, %d bytes after signing,"
              + " value %s%n",
          s.path("field_name").asText("?"), s.path("kind").asText("?"), s.path("signer_name").asText("?"),
          s.path("claimed_signing_time").asText(s.path("signed_attribute_signing_time").asText("?")),
          s.path("covers_whole_file").asText("?"), s.path("bytes_after_signing").asLong(0),
          s.path("verification").asText("?"));
      int rev = signedRevision(p, s.path("signed_bytes_end").asLong(-1));
      out.printf(Locale.ROOT, "    signs %s; %s%n", rev > 0 ? "revision " + rev + " of " + p.path("revision_count").asInt()
          + " (bytes 0-" + s.path("signed_bytes_end").asLong() + ")" : "no whole revision (bytes 0-"
          + s.path("signed_bytes_end").asText("?") + ")", s.path("verification_detail").asText("no detail"));
      if (s.path("coverage_problems").size() > 0) {
        out.println("    coverage problems: " + s.path("coverage_problems"));
      }
      if (s.has("timestamp_time")) {
        out.println("    RFC 3161 timestamp: " + s.path("timestamp_time").asText());
      }
      for (JsonNode c : s.path("certificates")) {
        out.printf(Locale.ROOT, "    %s %s, issued by %s, serial %s, valid %s to %s%n",
            c.path("signer").asBoolean(false) ? "signer certificate" : "certificate", c.path("subject").asText("?"),
            c.path("issuer").asText("?"), c.path("serial_number").asText("?"), c.path("not_before").asText("?"),
            c.path("not_after").asText("?"));
      }
    }
    if (p.path("unsigned_signature_fields").size() > 0) {
      out.println("  Unsigned signature fields: " + p.path("unsigned_signature_fields"));
    }
    if (p.has("encryption")) {
      line(out, "  Encryption: filter %s, revision %s, key length %s", p.get("encryption"), "filter", "revision",
          "key_length_bits");
    }
    if (p.path("javascript").size() > 0) {
      out.printf(Locale.ROOT, "  JavaScript: %d scripts%n", p.path("javascript").size());
    }
    for (JsonNode f : p.path("embedded_files")) {
      out.printf(Locale.ROOT, "  Embedded file: %s (%s bytes)%n", f.path("name").asText("?"), f.path("size").asText("?"));
    }
    long notEmbedded = 0;
    for (JsonNode f : p.path("fonts")) {
      if (!f.path("embedded").asBoolean(true)) {
        notEmbedded++;
      }
    }
    if (p.path("fonts").size() > 0) {
      out.printf(Locale.ROOT, "  Fonts: %d (%d not embedded)%n", p.path("fonts").size(), notEmbedded);
    }
  }

  /** The 1-based revision whose end is {@code end}, or 0 when no revision ends there. */
  private static int signedRevision(JsonNode pdf, long end) {
    JsonNode ends = pdf.path("revision_ends");
    for (int i = 0; i < ends.size(); i++) {
      if (ends.get(i).asLong() == end) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Every revision with its length and hash; the last one is the file itself. */
  private static void revisions(PrintWriter out, JsonNode pdf, JsonNode earlier) {
    JsonNode ends = pdf.path("revision_ends");
    if (ends.size() < 2) {
      return;
    }
    out.println("  Revisions (each earlier one is indexed as a 'revision' child document):");
    for (JsonNode r : earlier) {
      out.printf(Locale.ROOT, "    %d: bytes 0-%d, sha256 %s, %s page(s)%s%n", r.path("index").asInt(),
          r.path("byte_length").asLong(), r.path("sha256").asText("?"), r.path("page_count").asText("?"),
          r.hasNonNull("error") ? ", not readable: " + r.path("error").asText() : "");
    }
    out.printf(Locale.ROOT, "    %d: bytes 0-%d (the file as it is)%n", ends.size(), ends.get(ends.size() - 1).asLong());
  }

  private static void email(PrintWriter out, JsonNode e) {
    for (JsonNode m : e.path("messages")) {
      out.printf(Locale.ROOT, "E-mail %s, date %s, from %s%n", m.path("message_id").asText("?"),
          m.path("date").asText(m.path("date_raw").asText("?")), m.path("from").asText("?"));
      for (JsonNode r : m.path("received")) {
        out.printf(Locale.ROOT, "  Received %s from %s by %s%n", r.path("timestamp").asText("?"),
            r.path("from").asText("?"), r.path("by").asText("?"));
      }
      for (JsonNode d : m.path("dkim")) {
        out.printf(Locale.ROOT, "  DKIM d=%s s=%s: body hash %s, signature %s%s%n", d.path("d").asText("?"),
            d.path("s").asText("?"), d.path("body_hash").asText("?"), d.path("signature").asText("?"),
            d.has("detail") ? " (" + d.get("detail").asText() + ")" : "");
      }
    }
  }

  private static void fields(PrintWriter out, String title, JsonNode n, String... names) {
    StringBuilder sb = new StringBuilder(title).append(':');
    for (String name : names) {
      JsonNode v = n.get(name);
      if (v != null && !v.isNull() && !(v.isContainerNode() && v.isEmpty())) {
        sb.append("\n  ").append(name.replace('_', ' ')).append(": ").append(v.isValueNode() ? v.asText() : v.toString());
      }
    }
    out.println(sb);
  }

  private static void line(PrintWriter out, String format, JsonNode n, String... names) {
    if (n.isMissingNode() || n.isEmpty()) {
      return;
    }
    Object[] vals = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      vals[i] = n.path(names[i]).asText("-");
    }
    out.printf(Locale.ROOT, format + "%n", vals);
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).asText("?");
  }
}
