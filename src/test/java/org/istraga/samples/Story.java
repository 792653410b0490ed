package org.istraga.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The invented facts the sample leak tells, shared by every document that mentions them. The
 * story is modelled on the Serbian "Safe City" procurement (the Interior Ministry buying an
 * eLTE network and cameras); every person, firm, number and address here is invented, except
 * the Ministry itself as the buyer. Identifiers carry valid check digits computed by
 * {@link Checksums}; network names use the reserved {@code .example} domain and documentation
 * IP ranges.
 *
 * <p>Constants only (immutable values); no behaviour.
 */
final class Story {

  private Story() {}

  /** Central European Summer Time, written as a fixed offset. */
  static final ZoneOffset CEST = ZoneOffset.ofHours(2);

  /** Central European Time (winter), written as a fixed offset. */
  static final ZoneOffset CET = ZoneOffset.ofHours(1);

  // --- The contract ---------------------------------------------------------------------------

  static final String CONTRACT_NUMBER = "404-02-117/2019-06";
  static final String PROCUREMENT_NUMBER = "7614/2019";
  static final String OFFER_NUMBER = "TN-0719/2019";
  static final LocalDate CONTRACT_DATE = LocalDate.of(2019, 8, 14);
  static final LocalDate OFFER_DATE = LocalDate.of(2019, 7, 29);
  static final int DELIVERY_DAYS = 120;
  static final LocalDate DELIVERY_DEADLINE = CONTRACT_DATE.plusDays(DELIVERY_DAYS);
  static final int BASE_STATIONS = 35;
  static final int CAMERAS = 3500;

  // --- Buyer: the Interior Ministry (real institution, invented officials) ---------------------

  static final String BUYER = "Министарство унутрашњих послова Републике Србије";
  static final String BUYER_SHORT = "МУП";
  static final String BUYER_ADDRESS = "Булевар Михајла Пупина 2, 11070 Нови Београд";
  static final String BUYER_SIGNATORY = "Милорад Јеремић";
  static final String BUYER_SIGNATORY_TITLE = "помоћник министра";
  static final String MINISTRY_CONTACT_LATIN = "Nenad Obradović";
  static final String MINISTRY_CONTACT_EMAIL = "nenad.obradovic@mup.example";

  // --- Supplier (invented firm) ---------------------------------------------------------------

  static final String SUPPLIER = "Телеком Нова д.о.о.";
  static final String SUPPLIER_ADDRESS = "Булевар Зорана Ђинђића 64а, 11070 Нови Београд";
  static final String SUPPLIER_PIB = withPibCheck("10943718");
  static final String SUPPLIER_MB = withMbCheck("2153905");
  static final String SUPPLIER_BANK = "160";
  static final String SUPPLIER_ACCOUNT_NUMBER = "0000000418725";
  static final String SUPPLIER_ACCOUNT =
      Checksums.formatAccount(SUPPLIER_BANK, SUPPLIER_ACCOUNT_NUMBER);
  static final String SUPPLIER_IBAN = Checksums.iban("RS", SUPPLIER_ACCOUNT.replace("-", ""));
  static final String SUPPLIER_DIRECTOR = "Ђорђе Раденковић";
  static final String SUPPLIER_DIRECTOR_ASCII = "Djordje Radenkovic";
  static final String SUPPLIER_DIRECTOR_JMBG = withJmbgCheck("010197071012");
  static final String SUPPLIER_DIRECTOR_EMAIL = "djordje.radenkovic@telekomnova.example";
  static final String SALES_LATIN = "Vesna Mirković";
  static final String SALES_EMAIL = "vesna.mirkovic@telekomnova.example";
  static final String SALES_JMBG = withJmbgCheck("151197371503");
  static final String SALES_PHONE = "+381 11 555 0147";

  // --- Subcontractor in Niš (invented firm) ---------------------------------------------------

  static final String SUBCONTRACTOR = "Инфосистем Плус д.о.о.";
  static final String SUBCONTRACTOR_PIB = withPibCheck("11087352");
  static final String SUBCONTRACTOR_MB = withMbCheck("2098431");

  // --- Equipment vendor (invented, Huawei-like) -------------------------------------------------

  static final String VENDOR = "Huaxing Networks Co., Ltd.";
  static final String VENDOR_PERSON = "Chen Liang";

  // --- Money ----------------------------------------------------------------------------------

  /** Net contract price in euros (the price annex's US$ net total at 0.90 EUR per US$). */
  static final BigDecimal EUR_NET = new BigDecimal("1264833.90");

  /** The exchange rate the contract states for 14.08.2019 (invented, close to the real one). */
  static final BigDecimal EUR_RATE = new BigDecimal("117.5316");

  static final BigDecimal USD_TO_EUR = new BigDecimal("0.90");
  static final BigDecimal RSD_NET = EUR_NET.multiply(EUR_RATE).setScale(2, RoundingMode.HALF_UP);
  static final BigDecimal VAT_RATE = new BigDecimal("0.20");
  static final BigDecimal RSD_VAT = RSD_NET.multiply(VAT_RATE).setScale(2, RoundingMode.HALF_UP);
  static final BigDecimal RSD_TOTAL = RSD_NET.add(RSD_VAT);
  static final BigDecimal RSD_ADVANCE =
      RSD_TOTAL.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_UP);
  static final BigDecimal RSD_GUARANTEE =
      RSD_NET.multiply(new BigDecimal("0.10")).setScale(2, RoundingMode.HALF_UP);

  // --- Document dates -------------------------------------------------------------------------

  static final OffsetDateTime CONTRACT_WRITTEN = OffsetDateTime.of(2019, 8, 14, 11, 20, 0, 0, CEST);

  private static String withPibCheck(String firstEight) {
    return firstEight + Checksums.pibCheckDigit(firstEight);
  }

  private static String withMbCheck(String firstSeven) {
    return firstSeven + Checksums.mbCheckDigit(firstSeven);
  }

  private static String withJmbgCheck(String firstTwelve) {
    return firstTwelve + Checksums.jmbgCheckDigit(firstTwelve);
  }
}
