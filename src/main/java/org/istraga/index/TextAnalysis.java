package org.istraga.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.shingle.FixedShingleFilter;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.util.CloseableThreadLocal;

/**
 * Analyses a document's text once for all its text fields. The index chains of {@code text},
 * {@code exact}, {@code text_pairs}, {@code stem} and {@code stem_sr}/{@code stem_sr_pairs} all
 * start with the same word segmentation, line-end joins, word parts and numbers ({@link
 * Analyzers}); {@code text}, {@code text_pairs} and {@code stem} continue with the same folding,
 * {@code stem_sr} and {@code stem_sr_pairs} with the same Serbian stemming. Run field by field, as
 * the IndexWriter does with an analyzer, a Serbian document's text was segmented five times,
 * folded four times (twice after stemming) and stemmed twice. Here each shared part runs once
 * (segmented once, folded twice, stemmed once), its tokens are kept in a {@link
 * TokenRecording}, and each field plays the recording into only the steps that are its own (the
 * bare-{@code d} twins, the pairs, the English stemmer).
 *
 * <p>The tokens are the very ones the field's analyzer in {@link Analyzers#perField()} gives, term
 * for term, with the same positions, offsets and types: the shared steps are the same filter
 * classes in the same order, and a filter sees only the tokens of its input. (The test
 * {@code TextAnalysisTest} and the digest tool {@code org.istraga.bench.AnalysisDigest} check it.)
 *
 * <p>Use: {@link DocumentMapper} adds the text fields as {@link #field} instances that share one
 * {@link Text}; when the IndexWriter asks such a field for its token stream, the {@code
 * TextAnalysis} of the calling thread analyses that text if it has not yet (the fields of one
 * document are inverted one after the other on one thread). Texts longer than {@link
 * #MAX_SHARED_CHARS} are analysed field by field, as before, so the recordings stay small.
 *
 * <p>One instance per thread (not thread-safe); it keeps its recordings and filter chains for the
 * next document, so a document costs no new arrays once they are large enough (and it holds the
 * last document's text until the next one).
 */
final class TextAnalysis {

  /**
   * Longest text analysed once for all fields; a longer one is analysed per field. The recordings
   * of a text this long take some 20 MB per indexing thread.
   */
  static final int MAX_SHARED_CHARS = 1 << 20;

  /** Which field's tokens a stream gives. */
  enum Kind {
    TEXT, EXACT, PAIRS, STEM_EN, STEM_SR, STEM_SR_PAIRS
  }

  /** The text of one document, shared by its text fields. */
  static final class Text {
    final String value;

    Text(String value) {
      this.value = value;
    }
  }

  private final Analyzer perField = Analyzers.perField();

  /** The words: segmentation, line-end joins, word parts, numbers (the {@code exact} chain). */
  private final TokenRecording words = new TokenRecording();
  /** The words folded. */
  private final TokenRecording folded = new TokenRecording();
  /** The words as Serbian stems with their velar twins, folded. */
  private final TokenRecording stems = new TokenRecording();

  private final TokenRecording.Replay foldInput = new TokenRecording.Replay();
  private final TokenStream foldChain = Analyzers.fold(foldInput);
  private final TokenRecording.Replay stemInput = new TokenRecording.Replay();
  private final TokenStream stemChain = Analyzers.serbianStems(stemInput);

  private final TokenRecording.Replay exactOut = new TokenRecording.Replay();
  private final TokenRecording.Replay textIn = new TokenRecording.Replay();
  private final TokenStream textOut = BareDVariantFilter.twin(textIn);
  private final TokenRecording.Replay pairsIn = new TokenRecording.Replay();
  private final TokenStream pairsOut = shingles(BareDVariantFilter.twin(pairsIn));
  private final TokenRecording.Replay stemEnIn = new TokenRecording.Replay();
  private final TokenStream stemEnOut = new KStemFilter(new EnglishPossessiveFilter(stemEnIn));
  private final TokenRecording.Replay stemSrIn = new TokenRecording.Replay();
  private final TokenStream stemSrOut = BareDVariantFilter.twin(stemSrIn);
  private final TokenRecording.Replay stemSrPairsIn = new TokenRecording.Replay();
  private final TokenStream stemSrPairsOut = shingles(BareDVariantFilter.twin(stemSrPairsIn));

  /** The text the recordings are of; null before the first. */
  private Text wordsOf;
  private Text foldedOf;
  private Text stemsOf;

  private static TokenStream shingles(TokenStream in) {
    return new FixedShingleFilter(in, 2, " ", "");
  }

  /**
   * A field of {@code text}, of {@code kind}, whose token stream comes from the indexing thread's
   * {@code TextAnalysis} in {@code shared}. The field is the one {@code new Field(name, text.value,
   * type)} would be (same name, value and type); only the way its tokens are made differs.
   */
  static Field field(String name, Text text, FieldType type, Kind kind, Shared shared) {
    return text.value.length() > MAX_SHARED_CHARS
        ? new Field(name, text.value, type)
        : new SharedField(name, text, type, kind, shared);
  }

  /**
   * The {@code TextAnalysis} of each thread that indexes through one {@link DocumentMapper}; a
   * thread's instance goes with the thread or with this object, whichever goes first.
   */
  static final class Shared {
    private final CloseableThreadLocal<TextAnalysis> perThread =
        new CloseableThreadLocal<>() {
          @Override
          protected TextAnalysis initialValue() {
            return new TextAnalysis();
          }
        };

    TextAnalysis get() {
      return perThread.get();
    }
  }

  /** A text field whose tokens come from the shared analysis. */
  private static final class SharedField extends Field {
    private final Text text;
    private final Kind kind;
    private final Shared shared;

    SharedField(String name, Text text, FieldType type, Kind kind, Shared shared) {
      super(name, text.value, type);
      this.text = text;
      this.kind = kind;
      this.shared = shared;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      if (analyzer != Analyzers.perField()) {
        return super.tokenStream(analyzer, reuse); // another analyzer: its own chains
      }
      try {
        return shared.get().stream(text, kind);
      } catch (IOException e) {
        throw new UncheckedIOException("analysis of field " + name() + " failed", e);
      }
    }
  }

  /** The token stream of field {@code kind} of {@code text}, to be consumed before the next call. */
  TokenStream stream(Text text, Kind kind) throws IOException {
    switch (kind) {
      case EXACT:
        return play(exactOut, exactOut, words(text));
      case TEXT:
        return play(textIn, textOut, folded(text));
      case PAIRS:
        return play(pairsIn, pairsOut, folded(text));
      case STEM_EN:
        return play(stemEnIn, stemEnOut, folded(text));
      case STEM_SR:
        return play(stemSrIn, stemSrOut, stems(text));
      case STEM_SR_PAIRS:
        return play(stemSrPairsIn, stemSrPairsOut, stems(text));
      default:
        throw new IllegalArgumentException("no shared analysis for " + kind);
    }
  }

  private static TokenStream play(TokenRecording.Replay in, TokenStream out, TokenRecording r) {
    in.play(r);
    return out;
  }

  private TokenRecording words(Text text) throws IOException {
    if (wordsOf != text) {
      wordsOf = null;
      words.record(perField.tokenStream(IndexSchema.EXACT, text.value));
      wordsOf = text;
    }
    return words;
  }

  private TokenRecording folded(Text text) throws IOException {
    if (foldedOf != text) {
      foldedOf = null;
      foldInput.play(words(text));
      folded.record(foldChain);
      foldedOf = text;
    }
    return folded;
  }

  private TokenRecording stems(Text text) throws IOException {
    if (stemsOf != text) {
      stemsOf = null;
      stemInput.play(words(text));
      stems.record(stemChain);
      stemsOf = text;
    }
    return stems;
  }
}
