package org.istraga.entities;

import java.util.List;

/**
 * Public bodies and other institutions.
 *
 * <ol>
 *   <li>The curated {@link PublicBodyGazetteer} (ministries, agencies, courts, state enterprises
 *       and their acronyms).
 *   <li>Serbian institution heads — Ministarstvo, Agencija, Uprava, Zavod, Fond, Kancelarija,
 *       Komisija, Direkcija, Sekretarijat, Inspektorat, Institut, Savet, Služba, Centar, Sud,
 *       Tužilaštvo, Skupština, Vlada, Opština, Univerzitet, Fakultet, Bolnica, Dom, Škola — in
 *       either script, capitalised or after a capitalised adjective (Republička, Osnovni,
 *       Privredni...), followed by a complement: {@code za} + words (Agencija za borbu protiv
 *       korupcije), {@code u} + a capitalised place (Osnovni sud u Podgorici), genitive words
 *       (Ministarstvo finansija), capitalised words (Opština Zvezdara), or a quoted name (Dom
 *       zdravlja „Dr Simo Milošević“). The head and its
 *       adjectives are put back in the nominative for the value, so "Агенцији за борбу против
 *       корупције" and "Agencija za borbu protiv korupcije" share one value.
 *   <li>English: "Ministry/Department/Agency/Office/Commission/Authority/University/Court/Council
 *       of|for X" and "X University/Council/Bank/Authority/Commission/Agency/Hospital/Foundation/
 *       Association", X being capitalised words, generic leading words (the, local, contracting...)
 *       removed.
 * </ol>
 *
 * <p>This class runs the three in order and keeps the Serbian rules off what the gazetteer
 * matched: {@link PublicBodyGazetteer}, {@link SerbianBodyNames} (with {@link SerbianBodyHeads}
 * and {@link SerbianNameComplement}) and {@link EnglishBodyNames}. Stateless and thread-safe;
 * linear in the text.
 */
final class InstitutionRecognizer implements Recognizer {

  @Override
  public void find(TextContext ctx, List<Mention> out) {
    boolean serbian = isSerbian(ctx);
    int before = out.size();
    PublicBodyGazetteer.get().find(ctx, serbian, out);
    boolean[] covered = new boolean[ctx.tokens().count];
    for (int i = before; i < out.size(); i++) {
      Mention g = out.get(i);
      TextContext.Tokens tok = ctx.tokens();
      for (int k = tok.firstAtOrAfter(g.start()); k < tok.count && tok.start[k] < g.end(); k++) {
        covered[k] = true;
      }
    }
    SerbianBodyNames.find(ctx, covered, out);
    EnglishBodyNames.find(ctx, out);
  }

  /** True if the text reads as Serbian: Cyrillic letters, Serbian diacritics or function words. */
  static boolean isSerbian(TextContext ctx) {
    TextContext.Tokens tok = ctx.tokens();
    int sr = 0;
    int en = 0;
    int n = Math.min(tok.count, 3000);
    for (int i = 0; i < n; i++) {
      char c = ctx.text.charAt(tok.start[i]);
      if (ScriptFolding.isCyrillic(c)) {
        sr++;
        continue;
      }
      String f = tok.folded(i);
      switch (f) {
        case "je", "i", "u", "za", "na", "od", "da", "se", "su", "sa", "iz", "koji", "koja", "ili"
            -> sr++;
        case "the", "and", "of", "to", "in", "is", "for", "that", "with", "by" -> en++;
        default -> {
          // neither
        }
      }
    }
    return sr > en;
  }
}
