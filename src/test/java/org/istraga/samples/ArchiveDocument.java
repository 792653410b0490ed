package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * Writes the archive of internal correspondence: a ZIP holding the DOCX memo ({@link
 * MemoDocument}) and a nested ZIP with a contact list (CSV, including two invented JMBGs for
 * sensitive-data tests) and a list of base-station sites (TXT). Entry names use Serbian
 * diacritics and are flagged UTF-8.
 *
 * <p>Not thread-safe.
 */
final class ArchiveDocument {

  static final String PATH = "leak/arhiva/Interna-prepiska-2019.zip";
  static final String MEMO_ENTRY = "Interna prepiska/Beleška-o-pregovorima.docx";
  static final String NESTED_ENTRY = "Interna prepiska/prilozi.zip";
  static final String CSV_ENTRY = "kontakti.csv";
  static final String SITES_ENTRY = "lokacije-baznih-stanica.txt";

  void write(LeakFiles files, FactSheet facts) throws IOException {
    byte[] memo = new MemoDocument().build(facts, MEMO_ENTRY);
    String csv = contacts();
    String sites = sites();
    byte[] nested = new DeterministicZip(LocalDateTime.of(2019, 8, 13, 16, 2, 0))
        .add(CSV_ENTRY, csv.getBytes(StandardCharsets.UTF_8))
        .add(SITES_ENTRY, sites.getBytes(StandardCharsets.UTF_8))
        .toBytes();
    byte[] outer = new DeterministicZip(LocalDateTime.of(2019, 8, 20, 9, 14, 0))
        .add(MEMO_ENTRY, memo)
        .addStored(NESTED_ENTRY, nested)
        .toBytes();
    files.write(PATH, outer);

    ObjectNode a = facts.section("archive");
    a.put("path", PATH);
    ArrayNode entries = a.putArray("entries");
    entries.add(MEMO_ENTRY);
    entries.add(NESTED_ENTRY);
    a.put("memoEntry", MEMO_ENTRY);
    a.put("nestedEntry", NESTED_ENTRY);
    ArrayNode nestedEntries = a.putArray("nestedEntries");
    nestedEntries.add(CSV_ENTRY);
    nestedEntries.add(SITES_ENTRY);
    a.put("csvRows", csv.split("\r\n").length - 1);
    a.put("csvFirstRow", csv.split("\r\n")[1]);
    a.put("sitesTotal", Story.BASE_STATIONS);
  }

  private static String contacts() {
    String[][] rows = {
      {"ime_prezime", "firma", "funkcija", "email", "telefon", "jmbg"},
      {"Đorđe Radenković", "Telekom Nova d.o.o.", "direktor", Story.SUPPLIER_DIRECTOR_EMAIL,
          "+381 11 555 0101", Story.SUPPLIER_DIRECTOR_JMBG},
      {Story.SALES_LATIN, "Telekom Nova d.o.o.", "key account manager", Story.SALES_EMAIL,
          Story.SALES_PHONE, Story.SALES_JMBG},
      {MemoDocument.CREATOR, "Telekom Nova d.o.o.", "rukovodilac javnih nabavki",
          "snezana.ilic@telekomnova.example", "+381 11 555 0133", ""},
      {MemoDocument.LAST_MODIFIED_BY, "Telekom Nova d.o.o.", "pravnik",
          "bojan.tesic@telekomnova.example", "+381 11 555 0138", ""},
      {Story.MINISTRY_CONTACT_LATIN, "MUP", "Sektor za materijalno-finansijske poslove",
          Story.MINISTRY_CONTACT_EMAIL, "+381 11 555 0190", ""},
      {"Milorad Jeremić", "MUP", "pomoćnik ministra", "", "", ""},
      {Story.VENDOR_PERSON, Story.VENDOR, "regional sales director",
          "chen.liang@huaxing.example", "+86 755 5550 1234", ""},
      {"Dragana Pešić", "Infosistem Plus d.o.o.", "šef montaže, Niš",
          "dragana.pesic@infosistem-plus.example", "+381 18 555 0177", ""}
    };
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(csvField(row[i]));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String csvField(String value) {
    if (value.contains(",") || value.contains("\"")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static String sites() {
    String[] beograd = {"Palata Srbije", "Ušće", "Autokomanda", "Slavija", "Zeleni venac",
        "Vukov spomenik", "Karaburma", "Banjica", "Voždovac", "Zemun Gornji grad",
        "Novi Beograd blok 45", "Bežanijska kosa", "Čukarica", "Banovo brdo", "Rakovica",
        "Mirijevo", "Zvezdara", "Kalemegdan"};
    String[] noviSad = {"Spens", "Liman 4", "Detelinara", "Novo naselje", "Petrovaradin",
        "Železnička stanica", "Telep", "Klisa", "Podbara"};
    String[] nis = {"Tvrđava", "Trg kralja Milana", "Pantelej", "Medijana", "Palilula",
        "Ćele kula", "Durlan", "Aerodrom Konstantin Veliki"};
    if (beograd.length + noviSad.length + nis.length != Story.BASE_STATIONS) {
      throw new IllegalStateException("the site list must have " + Story.BASE_STATIONS
          + " base stations");
    }
    StringBuilder out = new StringBuilder();
    out.append("Lokacije baznih stanica eLTE – ugovor br. ").append(Story.CONTRACT_NUMBER)
        .append('\n').append("Ukupno: ").append(Story.BASE_STATIONS).append(" baznih stanica\n");
    int n = 1;
    n = city(out, "Beograd", beograd, n);
    n = city(out, "Novi Sad", noviSad, n);
    city(out, "Niš", nis, n);
    return out.toString();
  }

  private static int city(StringBuilder out, String name, String[] sites, int first) {
    out.append('\n').append(name).append(" (").append(sites.length).append(")\n");
    int n = first;
    for (String site : sites) {
      out.append(String.format(Locale.ROOT, "%2d. BS-%03d %s\n", n, n, site));
      n++;
    }
    return n;
  }
}
