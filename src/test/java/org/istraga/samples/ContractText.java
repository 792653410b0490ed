package org.istraga.samples;

import static org.istraga.samples.Block.body;
import static org.istraga.samples.Block.centered;
import static org.istraga.samples.Block.heading;
import static org.istraga.samples.Block.paragraph;
import static org.istraga.samples.Block.space;
import static org.istraga.samples.Block.tie;
import static org.istraga.samples.SerbianFormat.amount;
import static org.istraga.samples.SerbianFormat.dateCyrillic;
import static org.istraga.samples.SerbianFormat.dateNumeric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of the eLTE contract between the Ministry (МУП) and Телеком Нова д.о.о., written in
 * Serbian Cyrillic, four pages with page breaks fixed by the author. The Latin twin is this text
 * through {@link SerbianTransliterator}.
 *
 * <p>{@link #phrases()} lists the strings tests may look up (the key facts), in Cyrillic; every
 * one is kept on a single printed line with {@link Block#tie(String)}.
 */
final class ContractText {

  /** The sentence that is printed on page 3 and nowhere else. */
  static final String PAGE3_PHRASE =
      "Изворни код GIS софтвера депонује се код јавног бележника у Нишу";

  static final int PAGE3 = 3;

  private static final String NET = amount(Story.RSD_NET) + " динара";
  private static final String VAT = amount(Story.RSD_VAT) + " динара";
  private static final String TOTAL_RSD = amount(Story.RSD_TOTAL) + " RSD";
  private static final String TOTAL_DINARA = amount(Story.RSD_TOTAL) + " динара";
  private static final String EUR = amount(Story.EUR_NET) + " EUR";
  private static final String ADVANCE = amount(Story.RSD_ADVANCE) + " динара";
  private static final String GUARANTEE = amount(Story.RSD_GUARANTEE) + " динара";
  private static final String RATE = "1 EUR = " + Story.EUR_RATE.toPlainString().replace('.', ',')
      + " динара";
  private static final String UNITS = Story.BASE_STATIONS + " базних станица";
  private static final String UNITS_SHORT = Story.BASE_STATIONS + " јединица";
  private static final String CAMERAS =
      "капацитет за до " + SerbianFormat.integer(Story.CAMERAS) + " камера";
  private static final String PROCUREMENT = "ЈН бр. " + Story.PROCUREMENT_NUMBER;
  private static final String CONTRACT = "Уговор бр. " + Story.CONTRACT_NUMBER;
  private static final String BUYER_NAME = "Министарство унутрашњих послова";

  private ContractText() {}

  /** The facts tests may look up, by stable key, in Cyrillic as printed. */
  static Map<String, String> phrases() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("contractNumber", Story.CONTRACT_NUMBER);
    p.put("contractTitle", CONTRACT);
    p.put("procurement", PROCUREMENT);
    p.put("baseStations", UNITS);
    p.put("units", UNITS_SHORT);
    p.put("cameras", CAMERAS);
    p.put("dateText", dateCyrillic(Story.CONTRACT_DATE));
    p.put("dateNumeric", dateNumeric(Story.CONTRACT_DATE));
    p.put("buyer", BUYER_NAME);
    p.put("buyerShort", Story.BUYER_SHORT);
    p.put("supplier", Story.SUPPLIER);
    p.put("subcontractor", Story.SUBCONTRACTOR);
    p.put("vendor", Story.VENDOR);
    p.put("supplierPib", Story.SUPPLIER_PIB);
    p.put("supplierMb", Story.SUPPLIER_MB);
    p.put("subcontractorPib", Story.SUBCONTRACTOR_PIB);
    p.put("subcontractorMb", Story.SUBCONTRACTOR_MB);
    p.put("account", Story.SUPPLIER_ACCOUNT);
    p.put("iban", Checksums.printIban(Story.SUPPLIER_IBAN));
    p.put("amountNetRsd", NET);
    p.put("amountVatRsd", VAT);
    p.put("amountTotalRsd", TOTAL_RSD);
    p.put("amountTotalDinara", TOTAL_DINARA);
    p.put("amountNetEur", EUR);
    p.put("exchangeRate", RATE);
    p.put("amountAdvance", ADVANCE);
    p.put("amountGuarantee", GUARANTEE);
    p.put("deliveryDeadline", dateNumeric(Story.DELIVERY_DEADLINE));
    p.put("buyerSignatory", Story.BUYER_SIGNATORY);
    p.put("supplierSignatory", Story.SUPPLIER_DIRECTOR);
    p.put("page3Phrase", PAGE3_PHRASE);
    return p;
  }

  /** The four pages in Cyrillic. */
  static List<PageSpec> pages() {
    return List.of(page1(), page2(), page3(), page4());
  }

  private static PageSpec page(int n, List<Block> blocks) {
    return new PageSpec(tie(CONTRACT), "Страна " + n + " од 4", blocks);
  }

  private static PageSpec page1() {
    return page(1, List.of(
        centered(Face.SERIF_BOLD, 12f, "РЕПУБЛИКА СРБИЈА"),
        centered(Face.SERIF_BOLD, 12f, "МИНИСТАРСТВО УНУТРАШЊИХ ПОСЛОВА"),
        centered(Face.SERIF, 11f, "Сектор за материјално-финансијске послове"),
        space(10f),
        paragraph(Face.SERIF, 11f, "Број: " + Story.CONTRACT_NUMBER, 0f),
        paragraph(Face.SERIF, 11f, "Датум: " + dateNumeric(Story.CONTRACT_DATE) + " године", 0f),
        paragraph(Face.SERIF, 11f, "Београд", 0f),
        space(12f),
        centered(Face.SERIF_BOLD, 15f, "УГОВОР"),
        centered(Face.SERIF_BOLD, 12f, "о проширењу eLTE мреже и набавци опреме за систем"
            + " видео-надзора „Сигурни град“"),
        centered(Face.SERIF, 11f, "закључен по спроведеном отвореном поступку јавне набавке "
            + tie(PROCUREMENT)),
        space(6f),
        body("Уговорне стране:"),
        body("1. " + tie(BUYER_NAME) + " Републике Србије (" + Story.BUYER_SHORT + "), "
            + Story.BUYER_ADDRESS + ", које заступа " + Story.BUYER_SIGNATORY_TITLE + " "
            + tie(Story.BUYER_SIGNATORY) + " (у даљем тексту: Наручилац), и"),
        body("2. " + tie(Story.SUPPLIER) + " Београд, " + Story.SUPPLIER_ADDRESS + ", ПИБ: "
            + Story.SUPPLIER_PIB + ", матични број: " + Story.SUPPLIER_MB + ", текући рачун: "
            + Story.SUPPLIER_ACCOUNT + ", IBAN: " + tie(Checksums.printIban(Story.SUPPLIER_IBAN))
            + ", које заступа директор " + tie(Story.SUPPLIER_DIRECTOR)
            + " (у даљем тексту: Добављач),"),
        body("закључиле су дана " + tie(dateCyrillic(Story.CONTRACT_DATE))
            + " године у Београду следећи уговор."),
        heading("Члан 1. Предмет уговора"),
        body("Предмет овог уговора је проширење постојеће eLTE мреже Наручиоца испоруком,"
            + " инсталацијом и пуштањем у рад " + tie(UNITS) + " (" + tie(UNITS_SHORT)
            + ") произвођача " + tie(Story.VENDOR) + ", чиме се обезбеђује " + tie(CAMERAS)
            + " система „Сигурни град“, као и испорука лиценце за GIS софтвер."),
        body("Обим и спецификација испоруке утврђени су понудом Добављача "
            + tie("бр. " + Story.OFFER_NUMBER) + " од " + dateNumeric(Story.OFFER_DATE)
            + " године и Прилогом 1 (спецификација цена), који чине саставни део овог уговора.")));
  }

  private static PageSpec page2() {
    return page(2, List.of(
        heading("Члан 2. Цена"),
        body("Укупна уговорена цена износи " + tie(NET) + " без ПДВ-а. ПДВ по стопи од 20%"
            + " износи " + tie(VAT) + ", тако да укупна цена са ПДВ-ом износи " + tie(TOTAL_RSD)
            + "."),
        body("Уговорена цена, прерачуната по средњем курсу Народне банке Србије на дан "
            + dateNumeric(Story.CONTRACT_DATE) + " године (" + tie(RATE) + "), износи "
            + tie(EUR) + " без ПДВ-а."),
        body("Цене су фиксне и не могу се мењати за време важења уговора."),
        heading("Члан 3. Начин плаћања"),
        body("Наручилац се обавезује да уговорену цену плати на текући рачун Добављача број "
            + Story.SUPPLIER_ACCOUNT + ", и то: аванс од 20% у износу од " + tie(ADVANCE)
            + " у року од 15 дана од дана закључења уговора, а остатак у року од 45 дана од"
            + " дана пријема исправног рачуна и записника о квантитативном и квалитативном"
            + " пријему опреме."),
        heading("Члан 4. Рок и место испоруке"),
        body("Добављач се обавезује да испоруку, инсталацију и пуштање у рад изврши у року од "
            + Story.DELIVERY_DAYS + " дана од дана закључења уговора, а најкасније до "
            + dateNumeric(Story.DELIVERY_DEADLINE) + " године."),
        body("Места испоруке су објекти Наручиоца у Београду, Новом Саду и Нишу, према"
            + " распореду из Прилога 2 овог уговора."),
        heading("Члан 5. Подизвођач"),
        body("Добављач део послова инсталације на локацијама у Нишу поверава подизвођачу "
            + tie(Story.SUBCONTRACTOR) + " Ниш, ПИБ: " + Story.SUBCONTRACTOR_PIB
            + ", матични број: " + Story.SUBCONTRACTOR_MB + ". Добављач у потпуности одговара"
            + " Наручиоцу за извршење уговорених обавеза, без обзира на ангажовање"
            + " подизвођача.")));
  }

  private static PageSpec page3() {
    return page(3, List.of(
        heading("Члан 6. Гарантни рок"),
        body("Гарантни рок за испоручену опрему износи 24 месеца од дана потписивања записника"
            + " о квалитативном пријему. Добављач је дужан да у гарантном року о свом трошку"
            + " отклони сваки недостатак у року од 48 часова од пријаве."),
        heading("Члан 7. Средство финансијског обезбеђења"),
        body("Добављач предаје Наручиоцу бланко сопствену меницу за добро извршење посла у"
            + " износу од " + tie(GUARANTEE) + ", што чини 10% уговорене цене без ПДВ-а, са"
            + " роком важења 30 дана дужим од уговореног рока за испоруку."),
        heading("Члан 8. Поверљивост података"),
        body("Добављач се обавезује да податке о локацијама камера, конфигурацији мреже и"
            + " корисницима система чува као поверљиве и да их не саопштава трећим лицима,"
            + " укључујући и произвођача опреме, без писане сагласности Наручиоца."),
        heading("Члан 9. Изворни код"),
        body(tie(PAGE3_PHRASE) + "."),
        body("Наручилац стиче право приступа депонованом коду ако Добављач престане са радом"
            + " или не отклони недостатак у гарантном року."),
        heading("Члан 10. Уговорна казна"),
        body("Ако Добављач не изврши испоруку у уговореном року, дужан је да плати уговорну"
            + " казну од 0,2% уговорене цене без ПДВ-а за сваки дан закашњења, а највише 10%"
            + " уговорене цене."),
        heading("Члан 11. Виша сила"),
        body("Уговорне стране се ослобађају одговорности за неизвршење обавеза ако је оно"
            + " последица више силе, о чему су дужне да се без одлагања писано обавесте.")));
  }

  private static PageSpec page4() {
    String line = "________________________";
    return page(4, List.of(
        heading("Члан 12. Решавање спорова"),
        body("Уговорне стране ће евентуалне спорове решавати споразумно, а ако то није могуће,"
            + " надлежан је Привредни суд у Београду."),
        heading("Члан 13. Завршне одредбе"),
        body(tie(CONTRACT) + ", укупне вредности " + tie(TOTAL_DINARA) + " са ПДВ-ом, ступа"
            + " на снагу даном потписивања обе уговорне стране."),
        body("Уговор је сачињен у 6 (шест) истоветних примерака, од којих свака уговорна"
            + " страна задржава по 3 (три) примерка."),
        space(40f),
        Block.columns("ЗА НАРУЧИОЦА\n\n\n\n" + line + "\n" + Story.BUYER_SIGNATORY + "\n"
                + Story.BUYER_SIGNATORY_TITLE,
            "ЗА ДОБАВЉАЧА\n\n\n\n" + line + "\n" + Story.SUPPLIER_DIRECTOR + "\nдиректор")));
  }
}
