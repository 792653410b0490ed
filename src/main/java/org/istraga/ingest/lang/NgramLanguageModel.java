package org.istraga.ingest.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;

/**
 * The language model that Apache Tika ships for OpenNLP (a maximum-entropy model over character
 * 1- to 3-grams, 100+ languages), applied to a text in one evaluation.
 *
 * <p>Tika's own detector ({@code OpenNLPDetector}) re-evaluates the model every 110 n-grams until
 * two successive answers agree with a clear margin. Texts in languages the model cannot tell
 * apart with confidence (Serbian, Croatian and Bosnian, the common case here) never stop early,
 * so a 2,000-character sample costs some fifty evaluations over a growing set of n-grams. This
 * class prepares the text the way Tika's detector does (web addresses and e-mail addresses
 * removed, everything that is not a letter or an ideograph turned into a space, OpenNLP's
 * social-media and shrink normalizers, lower case) and evaluates the set of
 * its distinct n-grams once: the same model and the same features, the whole sample as evidence.
 *
 * <p>Cost: linear in the sample's length; one evaluation touches each distinct n-gram's weights
 * once (about 1 ms for 2,000 characters once compiled). The model (23 MB in Tika's jar) is read
 * once per process, on first use. Thread-safe and immutable.
 */
final class NgramLanguageModel {

  /** Where Tika 3's {@code tika-langdetect-opennlp} jar keeps the model. */
  static final String RESOURCE = "/opennlp-langdetect-20210413.bin";

  /** Characters given to OpenNLP's normalizers at a time (see {@link #normalizeInPieces}). */
  static final int PIECE = 300;

  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[-_.?&~;+=/#0-9A-Za-z]{10,2000}");
  private static final Pattern MAIL_ADDRESS = Pattern.compile("[-_.0-9A-Za-z]{1,64}@[-_.0-9A-Za-z]{1,255}");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsIdeographic}]+");

  /**
   * OpenNLP's own normalizers that Tika applies after its two own. Its emoji and number
   * normalizers are left out: they replace symbols and digits, which the letters-only step has
   * already turned into spaces.
   */
  private static final CharSequenceNormalizer OPENNLP_NORMALIZERS = new AggregateCharSequenceNormalizer(
      TwitterCharSequenceNormalizer.getInstance(), ShrinkCharSequenceNormalizer.getInstance());

  private final MaxentModel model;

  private NgramLanguageModel(MaxentModel model) {
    this.model = model;
  }

  /** The model of this process, read on first call. */
  static NgramLanguageModel shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final NgramLanguageModel INSTANCE = load();
  }

  private static NgramLanguageModel load() {
    try (InputStream in = NgramLanguageModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the language model " + RESOURCE + " is not on the class path;"
            + " it comes with org.apache.tika:tika-langdetect-opennlp 3.x, check target/lib");
      }
      return new NgramLanguageModel(new LanguageDetectorModel(in).getMaxentModel());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the language model " + RESOURCE, e);
    }
  }

  /** A language code of the model (ISO 639-3, sometimes with a script suffix) and its probability. */
  record Guess(String language, double probability) {}

  /**
   * All languages of the model for {@code text}, most probable first; empty when the text has no
   * letters. The whole text is used: callers bound its length.
   */
  Guess[] score(CharSequence text) {
    String[] grams = ngrams(prepare(text));
    if (grams.length == 0) {
      return new Guess[0];
    }
    float[] ones = new float[grams.length];
    Arrays.fill(ones, 1f);
    double[] p = model.eval(grams, ones);
    Guess[] out = new Guess[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = new Guess(model.getOutcome(i), p[i]);
    }
    Arrays.sort(out, Comparator.comparingDouble(Guess::probability).reversed());
    return out;
  }

  /** The text as the model was trained to read it: letters and ideographs, single spaces, lower case. */
  static String prepare(CharSequence text) {
    String s = text.toString();
    if (s.contains("http")) {
      s = WEB_ADDRESS.matcher(s).replaceAll(" ");
    }
    if (s.indexOf('@') >= 0) { // the address pattern backtracks over every run of letters: only where it can match
      s = MAIL_ADDRESS.matcher(s).replaceAll(" ");
    }
    s = NOT_A_LETTER.matcher(s).replaceAll(" ");
    s = normalizeInPieces(s);
    StringBuilder lower = new StringBuilder(s.length());
    s.codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
    return lower.toString();
  }

  /**
   * OpenNLP's normalizers applied to pieces of at most {@link #PIECE} characters, cut at a space
   * where there is one, as Tika applies them to its 300-character chunks. Whole, a long run such
   * as "hahaha..." drives the social-media normalizer's laughter pattern into a recursion as deep
   * as the run, and 2,000 characters overflow a thread's stack.
   */
  static String normalizeInPieces(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    while (from < s.length()) {
      int to = Math.min(s.length(), from + PIECE);
      if (to < s.length()) {
        int space = s.lastIndexOf(' ', to);
        if (space > from) {
          to = space;
        }
      }
      out.append(OPENNLP_NORMALIZERS.normalize(s.substring(from, to))).append(' ');
      from = to;
    }
    return SPACES.matcher(out).replaceAll(" ").trim();
  }

  /**
   * The distinct character 1-, 2- and 3-grams of {@code prepared} (counted in code points), without
   * the lone space. Each counts once, whatever its frequency, as Tika's detector passes them
   * (weight one for every n-gram, OPENNLP-1261).
   */
  static String[] ngrams(String prepared) {
    int[] cp = prepared.codePoints().toArray();
    Set<String> grams = new HashSet<>(cp.length * 2);
    for (int i = 0; i < cp.length; i++) {
      for (int n = 1; n <= 3 && i + n <= cp.length; n++) {
        if (n == 1 && cp[i] == ' ') {
          continue;
        }
        grams.add(new String(cp, i, n));
      }
    }
    return grams.toArray(new String[0]);
  }
}
