package org.istraga.samples;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes Annex 1, the vendor's price specification (XLSX): line items with list price, discount
 * and net price in US dollars as formulas with cached results, money-formatted cells, a Serbian
 * Latin sheet name and a Cyrillic notes sheet, and author metadata.
 *
 * <p>The figures follow the story as reported: the 35 base stations listed at US$2,800,000 get
 * a one-time 57% discount (US$1,204,000, "about US$1.2 million"); the GIS software listed at
 * US$1,100,000 ends at US$71,371 — 92% off (US$88,000) plus a US$16,629 bundle credit that
 * reconciles the arithmetic. The total list price is over US$3 million.
 *
 * <p>Not thread-safe.
 */
final class PriceAnnexWorkbook {

  static final String PATH = "leak/aneksi/Aneks-1-specifikacija-cena.xlsx";
  static final String SHEET = "Specifikacija cena";
  static final String NOTES_SHEET = "Напомене";
  static final String MONEY_FORMAT = "\"US$\"#,##0.00";
  static final String AUTHOR = Story.VENDOR_PERSON;
  static final String LAST_MODIFIED_BY = Story.SALES_LATIN;
  static final String COMPANY = Story.VENDOR;
  static final LocalDateTime CREATED = LocalDateTime.of(2019, 7, 26, 8, 12, 0);
  static final LocalDateTime MODIFIED = LocalDateTime.of(2019, 7, 29, 15, 40, 0);

  /** One line of the price list; {@code fixedNet} is set only for the bundle credit. */
  record Item(String name, int quantity, BigDecimal unitList, BigDecimal discount,
      BigDecimal fixedNet) {

    BigDecimal list() {
      return unitList.multiply(BigDecimal.valueOf(quantity));
    }

    BigDecimal net() {
      return fixedNet != null ? fixedNet
          : list().multiply(BigDecimal.ONE.subtract(discount)).setScale(2);
    }
  }

  static final List<Item> ITEMS = List.of(
      new Item("eLTE bazna stanica HX-BS3500E (35 jedinica)", Story.BASE_STATIONS,
          new BigDecimal("80000"), new BigDecimal("0.57"), null),
      new Item("GIS softver HX-GeoCity, licenca", 1, new BigDecimal("1100000"),
          new BigDecimal("0.92"), null),
      new Item("Kredit paketa za GIS softver (bundle credit)", 1, BigDecimal.ZERO,
          BigDecimal.ZERO, new BigDecimal("-16629.00")),
      new Item("Instalacija i puštanje u rad", 1, new BigDecimal("180000"),
          new BigDecimal("0.50"), null),
      new Item("Obuka korisnika (10 dana)", 1, new BigDecimal("40000"), BigDecimal.ZERO, null));

  static BigDecimal totalList() {
    return ITEMS.stream().map(Item::list).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  static BigDecimal totalNet() {
    return ITEMS.stream().map(Item::net).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The GIS software's net price after its discount and the bundle credit (US$71,371). */
  static BigDecimal gisNet() {
    return ITEMS.get(1).net().add(ITEMS.get(2).net());
  }

  void write(LeakFiles files, FactSheet facts) throws IOException {
    BigDecimal eur = totalNet().multiply(Story.USD_TO_EUR).setScale(2);
    if (eur.compareTo(Story.EUR_NET) != 0) {
      throw new IllegalStateException("annex net total " + totalNet() + " US$ × "
          + Story.USD_TO_EUR + " = " + eur + " EUR, but the contract says " + Story.EUR_NET);
    }
    byte[] raw;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles st = new Styles(wb);
      XSSFSheet sheet = wb.createSheet(SHEET);
      fillPrices(sheet, st);
      fillNotes(wb.createSheet(NOTES_SHEET), st);
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      setProperties(wb.getProperties());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      raw = out.toByteArray();
    }
    files.write(PATH, DeterministicZip.normalize(raw, MODIFIED.plusHours(2)));
    record(facts);
  }

  private static void fillPrices(XSSFSheet sheet, Styles st) {
    int[] widths = {6, 46, 10, 18, 18, 10, 18};
    for (int i = 0; i < widths.length; i++) {
      sheet.setColumnWidth(i, widths[i] * 256);
    }
    text(sheet.createRow(0), 0, "Aneks 1 ugovora br. " + Story.CONTRACT_NUMBER
        + " – Specifikacija cena (ponuda " + Story.OFFER_NUMBER + ")", st.title);
    text(sheet.createRow(1), 0, "Isporučilac: " + SerbianTransliterator.toLatin(Story.SUPPLIER)
        + " (partner " + Story.VENDOR + "); naručilac: MUP Republike Srbije", st.plain);
    XSSFRow head = sheet.createRow(3);
    String[] headers = {"R.br.", "Stavka", "Količina", "Jedinična lista cena",
        "Lista cena ukupno", "Popust", "Neto cena"};
    for (int i = 0; i < headers.length; i++) {
      text(head, i, headers[i], st.header);
    }
    int first = 5;
    for (int i = 0; i < ITEMS.size(); i++) {
      Item item = ITEMS.get(i);
      int excelRow = first + i;
      XSSFRow row = sheet.createRow(excelRow - 1);
      number(row, 0, i + 1, st.integer);
      text(row, 1, item.name(), st.plain);
      number(row, 2, item.quantity(), st.integer);
      number(row, 3, item.unitList().doubleValue(), st.money);
      formula(row, 4, "C" + excelRow + "*D" + excelRow, st.money);
      number(row, 5, item.discount().doubleValue(), st.percent);
      if (item.fixedNet() != null) {
        number(row, 6, item.fixedNet().doubleValue(), st.money);
      } else {
        formula(row, 6, "E" + excelRow + "*(1-F" + excelRow + ")", st.money);
      }
    }
    int last = first + ITEMS.size() - 1;
    XSSFRow total = sheet.createRow(last);
    text(total, 1, "UKUPNO", st.bold);
    formula(total, 4, "SUM(E" + first + ":E" + last + ")", st.moneyBold);
    formula(total, 5, "1-G" + (last + 1) + "/E" + (last + 1), st.percentBold);
    formula(total, 6, "SUM(G" + first + ":G" + last + ")", st.moneyBold);
    XSSFRow eur = sheet.createRow(last + 2);
    text(eur, 1, "Neto ukupno u EUR (1 US$ = 0,90 EUR)", st.plain);
    XSSFCell eurCell = eur.createCell(6);
    eurCell.setCellFormula("ROUND(G" + (last + 1) + "*0.9,2)");
    eurCell.setCellStyle(st.euro);
  }

  private static void fillNotes(XSSFSheet notes, Styles st) {
    notes.setColumnWidth(0, 100 * 256);
    String[] lines = {
      "Напомене уз спецификацију цена",
      "1. Једнократни попуст од 57% на базне станице важи само уз потписивање уговора до"
          + " 15.08.2019.",
      "2. GIS софтвер: листа US$1,100,000.00, попуст 92% и кредит пакета US$16,629.00, нето"
          + " US$71,371.00.",
      "3. Укупна листа цена " + SerbianFormat.amountEnglish(totalList()) + " US$, нето "
          + SerbianFormat.amountEnglish(totalNet()) + " US$.",
      "4. Капацитет мреже: до " + SerbianFormat.integer(Story.CAMERAS) + " камера система"
          + " „Сигурни град“.",
      "Припремио: " + Story.VENDOR_PERSON + " (" + Story.VENDOR + "); превод и допуне: "
          + Story.SALES_LATIN + " (" + SerbianTransliterator.toLatin(Story.SUPPLIER) + ")."
    };
    for (int i = 0; i < lines.length; i++) {
      text(notes.createRow(i), 0, lines[i], i == 0 ? st.bold : st.plain);
    }
  }

  private static void setProperties(POIXMLProperties props) {
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setCreator(AUTHOR);
    core.setLastModifiedByUser(LAST_MODIFIED_BY);
    core.setTitle("Aneks 1 – Specifikacija cena");
    core.setSubjectProperty("Ponuda " + Story.OFFER_NUMBER + ", eLTE mreža, Sigurni grad");
    core.setCreated(OoxmlDates.date(CREATED));
    core.setModified(OoxmlDates.date(MODIFIED));
    POIXMLProperties.ExtendedProperties ext = props.getExtendedProperties();
    ext.getUnderlyingProperties().setCompany(COMPANY);
    ext.getUnderlyingProperties().setApplication("Microsoft Excel");
    ext.getUnderlyingProperties().setAppVersion("16.0300");
  }

  private static void record(FactSheet facts) {
    DataFormatter fmt = new DataFormatter(Locale.US);
    ObjectNode x = facts.section("priceAnnex");
    x.put("path", PATH);
    ArrayNode sheets = x.putArray("sheets");
    sheets.add(SHEET);
    sheets.add(NOTES_SHEET);
    x.put("author", AUTHOR);
    x.put("lastModifiedBy", LAST_MODIFIED_BY);
    x.put("company", COMPANY);
    x.put("created", OoxmlDates.w3c(CREATED));
    x.put("modified", OoxmlDates.w3c(MODIFIED));
    x.put("moneyFormat", MONEY_FORMAT);
    x.put("currency", "USD");
    x.put("firstItemRow", 5);
    ArrayNode items = x.putArray("items");
    for (Item item : ITEMS) {
      ObjectNode o = items.addObject();
      o.put("name", item.name());
      o.put("quantity", item.quantity());
      o.put("unitList", item.unitList().setScale(2));
      o.put("list", item.list().setScale(2));
      o.put("discount", item.discount());
      o.put("net", item.net());
      o.put("netFormatted", fmt.formatRawCellContents(item.net().doubleValue(), 0, MONEY_FORMAT));
    }
    x.put("totalList", totalList().setScale(2));
    x.put("totalListFormatted",
        fmt.formatRawCellContents(totalList().doubleValue(), 0, MONEY_FORMAT));
    x.put("totalNet", totalNet());
    x.put("totalNetFormatted", fmt.formatRawCellContents(totalNet().doubleValue(), 0,
        MONEY_FORMAT));
    x.put("totalNetEur", Story.EUR_NET);
    x.put("hardwareDiscount", "57%");
    x.put("hardwareList", ITEMS.get(0).list().setScale(2));
    x.put("hardwareNet", ITEMS.get(0).net());
    x.put("gisDiscount", "92%");
    x.put("gisList", ITEMS.get(1).list().setScale(2));
    x.put("gisNet", gisNet());
    x.put("bundleCredit", ITEMS.get(2).net());
  }

  private static void text(XSSFRow row, int col, String value, CellStyle style) {
    XSSFCell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private static void number(XSSFRow row, int col, double value, CellStyle style) {
    XSSFCell c = row.createCell(col);
    c.setCellValue(value);
    c.setCellStyle(style);
  }

  private static void formula(XSSFRow row, int col, String formula, CellStyle style) {
    XSSFCell c = row.createCell(col);
    c.setCellFormula(formula);
    c.setCellStyle(style);
  }

  /** The cell styles of the workbook. */
  private static final class Styles {
    final XSSFCellStyle plain;
    final XSSFCellStyle bold;
    final XSSFCellStyle title;
    final XSSFCellStyle header;
    final XSSFCellStyle integer;
    final XSSFCellStyle money;
    final XSSFCellStyle moneyBold;
    final XSSFCellStyle percent;
    final XSSFCellStyle percentBold;
    final XSSFCellStyle euro;

    Styles(XSSFWorkbook wb) {
      XSSFFont boldFont = wb.createFont();
      boldFont.setBold(true);
      XSSFFont titleFont = wb.createFont();
      titleFont.setBold(true);
      titleFont.setFontHeightInPoints((short) 13);
      short moneyFmt = wb.createDataFormat().getFormat(MONEY_FORMAT);
      short pctFmt = wb.createDataFormat().getFormat("0%");
      short intFmt = wb.createDataFormat().getFormat("0");
      short eurFmt = wb.createDataFormat().getFormat("#,##0.00\\ \"EUR\"");
      plain = wb.createCellStyle();
      bold = wb.createCellStyle();
      bold.setFont(boldFont);
      title = wb.createCellStyle();
      title.setFont(titleFont);
      header = wb.createCellStyle();
      header.setFont(boldFont);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
      integer = wb.createCellStyle();
      integer.setDataFormat(intFmt);
      money = wb.createCellStyle();
      money.setDataFormat(moneyFmt);
      moneyBold = wb.createCellStyle();
      moneyBold.setDataFormat(moneyFmt);
      moneyBold.setFont(boldFont);
      moneyBold.setBorderTop(BorderStyle.THIN);
      percent = wb.createCellStyle();
      percent.setDataFormat(pctFmt);
      percentBold = wb.createCellStyle();
      percentBold.setDataFormat(pctFmt);
      percentBold.setFont(boldFont);
      percentBold.setBorderTop(BorderStyle.THIN);
      euro = wb.createCellStyle();
      euro.setDataFormat(eurFmt);
    }
  }
}
