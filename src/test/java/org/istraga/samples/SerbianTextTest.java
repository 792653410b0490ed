package org.istraga.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Transliteration to Serbian Latin and Serbian number and date formats. */
class SerbianTextTest {

  @Test
  void transliteratesLetterForLetterWithDigraphs() {
    assertEquals("Đorđe Radenković", SerbianTransliterator.toLatin("Ђорђе Раденковић"));
    assertEquals("Ljubiša Džonić i Njegoš", SerbianTransliterator.toLatin("Љубиша Џонић и Његош"));
    assertEquals("LJUBIŠA NJEGOŠ DŽ", SerbianTransliterator.toLatin("ЉУБИША ЊЕГОШ ЏЖ").substring(0,
        "LJUBIŠA NJEGOŠ DŽ".length()));
    assertEquals("Niš, eLTE, GIS, 3.500", SerbianTransliterator.toLatin("Ниш, eLTE, GIS, 3.500"));
    assertEquals("čćšžđ ČĆŠŽĐ", SerbianTransliterator.toLatin("чћшжђ ЧЋШЖЂ"));
  }

  @Test
  void formatsAmountsAndDatesTheSerbianWay() {
    assertEquals("1.234.567,89", SerbianFormat.amount(new BigDecimal("1234567.89")));
    assertEquals("148.657.952,00", SerbianFormat.amount(new BigDecimal("148657952")));
    assertEquals("-16.629,00", SerbianFormat.amount(new BigDecimal("-16629")));
    assertEquals("999,50", SerbianFormat.amount(new BigDecimal("999.5")));
    assertEquals("1,204,000.00", SerbianFormat.amountEnglish(new BigDecimal("1204000")));
    assertEquals("3.500", SerbianFormat.integer(3500));
    assertEquals("14.08.2019.", SerbianFormat.dateNumeric(LocalDate.of(2019, 8, 14)));
    assertEquals("14. августа 2019.", SerbianFormat.dateCyrillic(LocalDate.of(2019, 8, 14)));
    assertEquals("1. јануара 2020.", SerbianFormat.dateCyrillic(LocalDate.of(2020, 1, 1)));
    assertEquals("14. avgusta 2019.", SerbianFormat.dateLatin(LocalDate.of(2019, 8, 14)));
  }
}
