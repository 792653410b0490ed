package org.istraga.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds entity mentions in text: contact details, phone numbers, IBANs and Serbian bank
 * accounts, PIB / matični broj / JMBG, money, percentages, dates, procurement and contract
 * numbers, CPV codes, organizations, and (optionally) watchlist names — in Serbian Cyrillic,
 * Serbian Latin and English.
 *
 * <p>Build once with {@link #standard()} (optionally {@link #withWatchlist}) and reuse: an
 * instance is immutable and thread-safe, all patterns are compiled up front, and {@link #extract}
 * keeps its state on the calling thread. Cost is linear in the text length (bounded, possessive
 * patterns; a token trie for names); see {@link EntityThroughput} for measured throughput.
 *
 * <p>Overlaps: identifiers, amounts and dates never overlap each other in the result; when two
 * candidates collide the more specific type wins (e-mail over domain, IBAN over account over
 * JMBG/PIB/MB, contract/procurement number over date or phone, money over date over phone...),
 * then the longer one. Organizations and watchlist hits form their own layers and may overlap
 * other types (a firm's name may contain a number; a watchlist name may be an organization).
 */
public final class EntityExtractor {

  private static final Map<EntityType, Integer> PRIORITY = new EnumMap<>(EntityType.class);

  static {
    EntityType[] order = {
      EntityType.EMAIL, EntityType.URL, EntityType.IBAN, EntityType.BANK_ACCOUNT,
      EntityType.CONTRACT_NUMBER, EntityType.PROCUREMENT_NUMBER, EntityType.JMBG, EntityType.CPV,
      EntityType.PIB, EntityType.MB, EntityType.MONEY, EntityType.DATE, EntityType.PERCENT,
      EntityType.PHONE, EntityType.DOMAIN
    };
    for (int i = 0; i < order.length; i++) {
      PRIORITY.put(order[i], order.length - i);
    }
  }

  private final List<Recognizer> recognizers;
  private final Watchlist watchlist;

  private EntityExtractor(List<Recognizer> recognizers, Watchlist watchlist) {
    this.recognizers = List.copyOf(recognizers);
    this.watchlist = watchlist;
  }

  /** An extractor with every built-in recognizer. */
  public static EntityExtractor standard() {
    return new EntityExtractor(
        List.of(
            new ContactRecognizer(),
            new PhoneRecognizer(),
            new AccountRecognizer(),
            new IdNumberRecognizer(),
            new MoneyRecognizer(),
            new ValueObjectRecognizer(),
            new ColumnCurrencyRecognizer(),
            new DelimitedColumnRecognizer(),
            new PercentRecognizer(),
            new DateRecognizer(),
            new ProcurementRecognizer(),
            new FirmRecognizer(),
            new AppositiveFirmNames(),
            new InstitutionRecognizer()),
        null);
  }

  /** A copy of this extractor that also reports {@link EntityType#WATCHLIST} mentions. */
  public EntityExtractor withWatchlist(Watchlist w) {
    return new EntityExtractor(recognizers, Objects.requireNonNull(w, "watchlist"));
  }

  /**
   * All mentions in {@code text}, ordered by start offset (then end, then type). Offsets are
   * char offsets into {@code text}.
   */
  public List<Mention> extract(CharSequence text) {
    return extract(text, List.of());
  }

  /**
   * All mentions in {@code text} as {@link #extract(CharSequence)} finds them, plus the values
   * whose meaning the document's structure gives ({@link FieldValue}): each valid one is a
   * mention, and no identifier, amount or date the recognizers read overlaps it. Fields whose
   * value is not what their kind requires are ignored.
   */
  public List<Mention> extract(CharSequence text, List<FieldValue> fields) {
    if (text == null || text.length() == 0) {
      return List.of();
    }
    String original = text.toString();
    // OCR letters inside numbers (l9.01.2026) are mended char for char, so offsets hold
    TextContext ctx = new TextContext(OcrLookalikes.fold(original));
    List<Mention> candidates = new ArrayList<>();
    for (Recognizer r : recognizers) {
      r.find(ctx, candidates);
    }
    List<Mention> exclusive = new ArrayList<>();
    List<Mention> orgs = new ArrayList<>();
    for (Mention m : candidates) {
      if (m.type() == EntityType.ORG) {
        orgs.add(m);
      } else {
        exclusive.add(m);
      }
    }
    List<FieldValue> values = new ArrayList<>(fields.size());
    List<FieldValue> parties = new ArrayList<>();
    for (FieldValue f : fields) {
      (f.kind() == FieldValue.Kind.ORGANIZATION ? parties : values).add(f);
    }
    addPartyNames(ctx.text, parties, orgs);
    List<Mention> result = new ArrayList<>();
    result.addAll(withFields(ctx.text, resolve(exclusive, true), values));
    result.addAll(OrgCaseMerge.merge(OrgPropagation.propagate(ctx,
        FiscalReceiptNames.withSeller(ctx.text, resolve(orgs, false)))));
    if (watchlist != null) {
      List<Mention> hits = new ArrayList<>();
      watchlist.find(ctx, hits);
      result.addAll(hits);
    }
    if (ctx.text != original) {
      result.replaceAll(m -> m.raw().equals(original.substring(m.start(), m.end())) ? m
          : new Mention(m.type(), m.value(), original.substring(m.start(), m.end()), m.start(),
              m.end(), m.display(), m.number(), m.currency()));
    }
    result.sort(
        Comparator.comparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::type));
    return result;
  }

  /**
   * Adds the parties' names to {@code orgs}, each unless an organization was found in its span.
   * Cost: O((o + p) log o) for o organizations and p names.
   */
  private static void addPartyNames(String text, List<FieldValue> parties, List<Mention> orgs) {
    if (parties.isEmpty()) {
      return;
    }
    List<Mention> found = new ArrayList<>(orgs);
    found.sort(Comparator.comparingInt(Mention::start));
    int[] starts = new int[found.size()];
    int[] maxEnd = new int[found.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = found.get(i).start();
      maxEnd[i] = Math.max(found.get(i).end(), i > 0 ? maxEnd[i - 1] : 0);
    }
    for (FieldValue f : parties) {
      // the organizations starting before the field's end: does one reach into it?
      int i = Arrays.binarySearch(starts, f.end());
      int last = i >= 0 ? i - 1 : -i - 2;
      while (i >= 0 && last >= 0 && starts[last] >= f.end()) {
        last--;
      }
      if (last >= 0 && maxEnd[last] > f.start()) {
        continue;
      }
      f.mention(text).ifPresent(orgs::add);
    }
  }

  /** {@code resolved} without what overlaps a valid field value, plus those values' mentions. */
  private static List<Mention> withFields(String text, List<Mention> resolved, List<FieldValue> fields) {
    if (fields.isEmpty()) {
      return resolved;
    }
    TreeMap<Integer, Mention> amounts = new TreeMap<>();
    for (FieldValue f : fields) {
      f.mention(text).ifPresent(m -> amounts.putIfAbsent(m.start(), m));
    }
    if (amounts.isEmpty()) {
      return resolved;
    }
    List<Mention> out = new ArrayList<>(resolved.size() + amounts.size());
    for (Mention m : resolved) {
      Map.Entry<Integer, Mention> before = amounts.floorEntry(m.end() - 1);
      if (before == null || before.getValue().end() <= m.start()) {
        out.add(m);
      }
    }
    out.addAll(amounts.values());
    return out;
  }

  /** Keeps a non-overlapping subset: higher priority first (if asked), then longer, then earlier. */
  private static List<Mention> resolve(List<Mention> in, boolean byPriority) {
    if (in.size() < 2) {
      return in;
    }
    List<Mention> sorted = new ArrayList<>(in);
    Comparator<Mention> c =
        byPriority
            ? Comparator.comparingInt((Mention m) -> -PRIORITY.getOrDefault(m.type(), 0))
            : Comparator.comparingInt((Mention m) -> 0);
    sorted.sort(c.thenComparingInt(m -> -(m.end() - m.start())).thenComparingInt(Mention::start));
    java.util.TreeMap<Integer, Mention> kept = new java.util.TreeMap<>();
    for (Mention m : sorted) {
      Map.Entry<Integer, Mention> before = kept.floorEntry(m.start());
      if (before != null && before.getValue().end() > m.start()) {
        continue;
      }
      Map.Entry<Integer, Mention> after = kept.ceilingEntry(m.start());
      if (after != null && after.getKey() < m.end()) {
        continue;
      }
      kept.put(m.start(), m);
    }
    return new ArrayList<>(kept.values());
  }
}
