package org.istraga.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.istraga.document.DocumentRecord;
import org.istraga.entities.IdentifierChecks;
import org.istraga.entities.MentionMasker;
import org.istraga.document.EntityMention;

/**
 * Finds what in a document could expose a source or a person before it goes into a bundle.
 *
 * <p>The rule (docs/findings.md, "Source protection"):
 *
 * <ol>
 *   <li><b>Names in authorship metadata</b>: authors, last-modified-by, and metadata keys that
 *       hold a person's name (creator, last author, manager, camera owner, artist, a photo's
 *       by-line, caption writer and copyright holder, Windows "XP Author").
 *   <li><b>Location and device</b>: any GPS or geo position in metadata; serial numbers (camera
 *       body, lens, device).
 *   <li><b>Personal identifiers</b>: JMBG numbers (13 digits, valid check digit and date) in the
 *       text or metadata, and mentions the entity extractor marked sensitive.
 *   <li><b>E-mail addresses of non-public persons</b>: every address in headers, metadata or text,
 *       except role addresses (a local part such as info, office, press, kontakt, pisarnica... see
 *       {@link #ROLE_NAMES}) and addresses or {@code @domains} declared public with {@code
 *       --public-email}; message identifiers (Message-ID, References, In-Reply-To) are not
 *       addresses.
 * </ol>
 *
 * <p>Items of kinds 1 and 2 found in the metadata of a PDF, OOXML, OpenDocument, JPEG or PNG document are
 * strippable; everything in the text, in e-mail headers, or inside a container's bytes is not.
 * Thread-safe and stateless apart from the public list.
 */
public final class SensitiveScan {

  /** Local parts of role (not personal) e-mail addresses. */
  public static final Set<String> ROLE_NAMES = Set.of("info", "office", "kontakt", "contact", "press", "pr", "media",
      "mediji", "support", "podrska", "help", "admin", "webmaster", "postmaster", "hostmaster", "abuse", "noreply",
      "no-reply", "donotreply", "sales", "prodaja", "nabavka", "nabavke", "javnenabavke", "javne.nabavke",
      "pisarnica", "kabinet", "servis", "service", "hello", "mail", "secretary", "sekretarijat", "redakcija",
      "newsroom", "billing", "finance", "finansije", "hr", "jobs", "posao", "legal", "pravna", "uprava");

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");
  private static final Pattern THIRTEEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{13}(?![0-9])");
  private static final Pattern GPS_KEY = Pattern.compile("(?i)(gps|geo:lat|geo:long|geo:alt)");
  private static final Pattern SERIAL_KEY = Pattern.compile("(?i)serial");
  private static final Pattern PERSON_KEY = Pattern.compile(
      "(?i)(owner name|camera owner|(^|:)artist$|(^|:)manager$|last-author|lastmodifiedby|(^|:)creator$"
          + "|(^|[:\\s_])author(email)?(display)?(name)?$|(^|:)by-line$|writer[/-]editor|(^|:)copyright( notice)?$"
          + "|^custom:(editor|owner|reviewer)$)");
  /** Headers whose values look like addresses but are message identifiers, not anyone's address. */
  private static final Pattern ID_KEY = Pattern.compile("(?i)(message-?id|references|in-reply-to|content-id)$");

  private final Set<String> publicEmails;

  /** True for metadata keys whose values this rule treats as sensitive (GPS, serials, person names). */
  public static boolean isSensitiveKey(String key) {
    return GPS_KEY.matcher(key).find() || SERIAL_KEY.matcher(key).find() || PERSON_KEY.matcher(key).find();
  }

  /** @param publicEmails addresses and {@code @domains} declared public (case-insensitive) */
  public SensitiveScan(Set<String> publicEmails) {
    Set<String> p = new LinkedHashSet<>();
    for (String e : publicEmails) {
      p.add(e.strip().toLowerCase(Locale.ROOT));
    }
    this.publicEmails = p;
  }

  /**
   * The sensitive items of one document.
   *
   * @param r the record, with its text
   * @param container short id of the bundled container that carries this document's bytes, or
   *     null when the document itself is bundled
   */
  public List<SensitiveItem> scan(DocumentRecord r, String container) {
    List<SensitiveItem> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    boolean strippable = container == null && MetadataStripper.supports(r.mediaType);
    for (String a : r.authors) {
      if (!publicAddressOnly(a)) {
        add(out, seen, r, "author", "metadata author", a, strippable, container);
      }
    }
    if (!publicAddressOnly(r.lastModifiedBy)) {
      add(out, seen, r, "last-modified-by", "metadata last-modified-by", r.lastModifiedBy, strippable, container);
    }
    List<String> gpsKeys = new ArrayList<>();
    String gpsValue = null;
    for (Map.Entry<String, List<String>> e : r.metadata.entrySet()) {
      String key = e.getKey();
      for (String v : e.getValue()) {
        if (v == null || v.isBlank()) {
          continue;
        }
        if (GPS_KEY.matcher(key).find()) {
          if (!gpsKeys.contains(key)) {
            gpsKeys.add(key);
          }
          if (gpsValue == null || key.toLowerCase(Locale.ROOT).contains("lat")) {
            gpsValue = gpsValue == null ? v : gpsValue;
          }
        } else if (SERIAL_KEY.matcher(key).find()) {
          add(out, seen, r, "camera-serial", "metadata " + key, v, strippable, container);
        } else if (PERSON_KEY.matcher(key).find()) {
          if (!EMAIL.matcher(v).find()) {
            add(out, seen, r, "person-name", "metadata " + key, v, strippable, container);
          } else if (!publicAddressOnly(v)) {
            // an author's address in a name field (Office's custom _AuthorEmail): stripped with the field
            add(out, seen, r, "email", "metadata " + key, v.strip().toLowerCase(Locale.ROOT), strippable, container);
          }
        }
        jmbgs(out, seen, r, "metadata " + key, v, container);
        if (!ID_KEY.matcher(key).find() && !PERSON_KEY.matcher(key).find()) {
          emails(out, seen, r, "metadata " + key, v, container);
        }
      }
    }
    if (!gpsKeys.isEmpty()) {
      add(out, seen, r, "gps", "metadata " + String.join(", ", gpsKeys.subList(0, Math.min(3, gpsKeys.size())))
          + (gpsKeys.size() > 3 ? ", ..." : ""), gpsValue, strippable, container);
    }
    String header = "e-mail header";
    emails(out, seen, r, header, r.emailFrom, container);
    for (List<String> role : List.of(r.emailTo, r.emailCc, r.emailBcc, r.emailReplyTo)) {
      for (String address : role) {
        emails(out, seen, r, header, address, container);
      }
    }
    for (EntityMention m : r.entities) {
      if ("jmbg".equals(m.type()) || m.sensitive()) {
        add(out, seen, r, "jmbg".equals(m.type()) ? "jmbg" : m.type(), "text", mask(m.value()), false, container);
      } else if ("email".equals(m.type())) {
        emails(out, seen, r, "text", m.value(), container);
      }
    }
    bodyAuthors(out, seen, r, container);
    jmbgs(out, seen, r, "text", r.text, container);
    emails(out, seen, r, "text", r.text, container);
    return out;
  }

  /**
   * Authors of tracked changes and comments, from the forensic report: they are in the body of the
   * document (and in its extracted text, "[deleted by NAME: ...]"), which no stripping rewrites.
   */
  private static void bodyAuthors(List<SensitiveItem> out, Set<String> seen, DocumentRecord r, String container) {
    JsonNode report = r.provenance;
    if (report == null) {
      return;
    }
    for (String[] field : new String[][] {{"tracked_change_authors", "tracked changes"}, {"comment_authors", "comments"}}) {
      for (JsonNode names : report.findValues(field[0])) {
        for (JsonNode name : names) {
          // a kind of its own, so a name also in the (strippable) metadata is still listed here
          add(out, seen, r, "body-author", "body (" + field[1] + ")", name.asText(), false, container);
        }
      }
    }
  }

  private void emails(List<SensitiveItem> out, Set<String> seen, DocumentRecord r, String where, String s,
      String container) {
    if (s == null) {
      return;
    }
    Matcher m = EMAIL.matcher(s);
    while (m.find()) {
      String addr = m.group().toLowerCase(Locale.ROOT);
      if (!isPublic(addr)) {
        add(out, seen, r, "email", where, addr, false, container);
      }
    }
  }

  /**
   * True when a name field holds only a role or declared-public address ({@code kontakt@firma.rs},
   * {@code <info@mup.gov.rs>}), as an e-mail's author does when sent from one: it names no person.
   */
  private boolean publicAddressOnly(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    if (v.startsWith("<") && v.endsWith(">")) {
      v = v.substring(1, v.length() - 1).strip();
    }
    return EMAIL.matcher(v).matches() && isPublic(v);
  }

  /** True for role addresses and addresses or domains declared public. */
  boolean isPublic(String address) {
    String a = address.toLowerCase(Locale.ROOT);
    int at = a.indexOf('@');
    String local = a.substring(0, at);
    String domain = a.substring(at);
    return ROLE_NAMES.contains(local) || publicEmails.contains(a) || publicEmails.contains(domain);
  }

  private static void jmbgs(List<SensitiveItem> out, Set<String> seen, DocumentRecord r, String where, String s,
      String container) {
    if (s == null) {
      return;
    }
    Matcher m = THIRTEEN_DIGITS.matcher(s);
    while (m.find()) {
      if (isJmbg(m.group())) {
        add(out, seen, r, "jmbg", where, mask(m.group()), false, container);
      }
    }
  }

  /** A JMBG, by the entity extractor's rule (real date, mod-11 check digit). */
  static boolean isJmbg(String d) {
    return IdentifierChecks.jmbg(d);
  }

  /** Masks a personal number the way every listing and export does. */
  static String mask(String v) {
    return v == null ? "****" : MentionMasker.maskDigits(v);
  }

  private static void add(List<SensitiveItem> out, Set<String> seen, DocumentRecord r, String kind, String where,
      String value, boolean strippable, String container) {
    if (value == null || value.isBlank()) {
      return;
    }
    String v = value.strip().replaceAll("\\s+", " ");
    String group = kind.equals("author") || kind.equals("last-modified-by") || kind.equals("person-name") ? "name" : kind;
    if (!seen.add(group + "\u0000" + v.toLowerCase(Locale.ROOT))) {
      return;
    }
    out.add(new SensitiveItem(r.id, r.shortId(), r.firstPath(), kind, where, v, strippable, container));
  }
}
