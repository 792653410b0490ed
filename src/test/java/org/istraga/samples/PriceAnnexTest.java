package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The price annex (XLSX), read with POI: Serbian sheet names, author metadata, money-formatted
 * cells whose cached formula results match the story's figures.
 */
class PriceAnnexTest {

  private final JsonNode annex = CommittedSamples.facts().get("priceAnnex");

  @Test
  void lineItemsCarryListDiscountAndNetAsFormattedMoney() throws Exception {
    try (InputStream in = Files.newInputStream(CommittedSamples.file(annex.get("path").asText()));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertEquals(CommittedSamples.strings(annex.get("sheets")),
          List.of(wb.getSheetName(0), wb.getSheetName(1)));
      XSSFSheet sheet = wb.getSheet(annex.get("sheets").get(0).asText());
      DataFormatter fmt = new DataFormatter(Locale.US);
      int rowIndex = annex.get("firstItemRow").asInt() - 1;
      BigDecimal listSum = BigDecimal.ZERO;
      BigDecimal netSum = BigDecimal.ZERO;
      for (JsonNode item : annex.get("items")) {
        XSSFRow row = sheet.getRow(rowIndex++);
        assertEquals(item.get("name").asText(), row.getCell(1).getStringCellValue());
        XSSFCell list = row.getCell(4);
        XSSFCell net = row.getCell(6);
        assertEquals(CellType.FORMULA, list.getCellType(), "list price is a formula");
        assertEquals(annex.get("moneyFormat").asText(), list.getCellStyle().getDataFormatString());
        assertEquals(annex.get("moneyFormat").asText(), net.getCellStyle().getDataFormatString());
        assertEquals(0, item.get("list").decimalValue().compareTo(
            money(list.getNumericCellValue())), "list price of " + item.get("name"));
        assertEquals(0, item.get("net").decimalValue().compareTo(
            money(net.getNumericCellValue())), "net price of " + item.get("name"));
        assertEquals(item.get("discount").decimalValue().doubleValue(),
            row.getCell(5).getNumericCellValue(), 1e-9);
        assertEquals(item.get("netFormatted").asText(), fmt.formatCellValue(net,
            wb.getCreationHelper().createFormulaEvaluator()));
        listSum = listSum.add(item.get("list").decimalValue());
        netSum = netSum.add(item.get("net").decimalValue());
      }
      XSSFRow total = sheet.getRow(rowIndex);
      assertEquals(0, annex.get("totalList").decimalValue().compareTo(
          money(total.getCell(4).getNumericCellValue())));
      assertEquals(0, annex.get("totalNet").decimalValue().compareTo(
          money(total.getCell(6).getNumericCellValue())));
      assertEquals(0, listSum.compareTo(annex.get("totalList").decimalValue()));
      assertEquals(0, netSum.compareTo(annex.get("totalNet").decimalValue()));
    }
  }

  @Test
  void figuresFollowTheStory() {
    BigDecimal hwList = annex.get("hardwareList").decimalValue();
    BigDecimal hwNet = annex.get("hardwareNet").decimalValue();
    assertEquals(0, hwNet.compareTo(hwList.multiply(new BigDecimal("0.43"))), "57% off");
    assertEquals(0, hwNet.compareTo(new BigDecimal("1204000")));
    assertTrue(annex.get("totalList").decimalValue().compareTo(new BigDecimal("3000000")) > 0,
        "total list price over US$3 million");
    assertEquals(0, annex.get("gisList").decimalValue().compareTo(new BigDecimal("1100000")));
    assertEquals(0, annex.get("gisNet").decimalValue().compareTo(new BigDecimal("71371")));
    BigDecimal gisAfterDiscount = annex.get("gisList").decimalValue()
        .multiply(new BigDecimal("0.08"));
    assertEquals(0, gisAfterDiscount.add(annex.get("bundleCredit").decimalValue())
        .compareTo(annex.get("gisNet").decimalValue()), "92% off plus the bundle credit");
    assertEquals(0, annex.get("totalNet").decimalValue().multiply(new BigDecimal("0.90"))
        .compareTo(annex.get("totalNetEur").decimalValue()), "matches the contract's EUR");
  }

  @Test
  void authorMetadataIsSet() throws Exception {
    try (InputStream in = Files.newInputStream(CommittedSamples.file(annex.get("path").asText()));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      POIXMLProperties props = wb.getProperties();
      assertEquals(annex.get("author").asText(), props.getCoreProperties().getCreator());
      assertEquals(annex.get("lastModifiedBy").asText(),
          props.getCoreProperties().getLastModifiedByUser());
      assertEquals(annex.get("company").asText(),
          props.getExtendedProperties().getUnderlyingProperties().getCompany());
      assertEquals(annex.get("created").asText(),
          props.getCoreProperties().getCreated().toInstant().toString());
      assertEquals(annex.get("modified").asText(),
          props.getCoreProperties().getModified().toInstant().toString());
    }
  }

  private static BigDecimal money(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }
}
