package org.istraga.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.search.Query;
import org.istraga.IstragaException;
import org.istraga.findings.Citation;
import org.istraga.findings.Findings;
import org.istraga.findings.LineText;
import org.istraga.findings.QueryIds;
import org.istraga.findings.TagNames;
import org.istraga.index.CaseIndex;

/**
 * Which documents an export covers: every match of a query, every document with a tag, the ids
 * listed in a file, or every cited document. {@link #describe()} is what bag-info.txt records.
 */
public final class Selection {

  /** The kind of selection. */
  public enum Kind { QUERY, TAG, IDS, CITATIONS }

  private static final Pattern FULL_ID = Pattern.compile("[0-9a-f]{64}");

  private final Kind kind;
  private final String value;

  private Selection(Kind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  public static Selection query(String q) {
    return new Selection(Kind.QUERY, q);
  }

  public static Selection tag(String t) {
    return new Selection(Kind.TAG, TagNames.clean(t));
  }

  public static Selection idsFile(Path file) {
    return new Selection(Kind.IDS, file.toString());
  }

  public static Selection citations() {
    return new Selection(Kind.CITATIONS, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The query, tag or ids file; null for citations. */
  public String value() {
    return value;
  }

  /** A one-line description, e.g. {@code query "Huaxing AND GIS"}. */
  public String describe() {
    switch (kind) {
      case QUERY:
        return "query " + value;
      case TAG:
        return "tag " + value;
      case IDS:
        return "ids listed in " + Path.of(value).getFileName();
      default:
        return "every cited document";
    }
  }

  /**
   * The Lucene query selecting the documents.
   *
   * @throws IstragaException USAGE for a bad query or ids file line; NOT_FOUND for listed ids not
   *     in the case
   */
  public Query toQuery(CaseIndex index, Findings findings) throws IOException {
    QueryIds q = new QueryIds(findings);
    switch (kind) {
      case QUERY:
        try (CaseIndex.Handle h = index.searcher()) {
          return q.parse(h.searcher(), value);
        }
      case TAG:
        return q.tagQuery(value);
      case IDS:
        return QueryIds.idsQuery(readIds(index, Path.of(value)));
      default:
        Set<String> ids = new LinkedHashSet<>();
        for (Citation c : findings.citations()) {
          ids.add(c.sha256());
        }
        return QueryIds.idsQuery(ids);
    }
  }

  /** The citations an export of these documents carries: those of the selected documents. */
  public List<Citation> citationsOf(Findings findings, Set<String> selectedIds) {
    List<Citation> out = new ArrayList<>();
    for (Citation c : findings.citations()) {
      if (selectedIds.contains(c.sha256())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Reads an ids file: one full id or unique prefix per line; blank lines and lines starting with
   * {@code #} are skipped; anything after the first whitespace, comma or semicolon on a line is
   * ignored (so the output of {@code istraga search --ids} or {@code sha256sum} works, and so does
   * a CSV whose first column is the id, such as an earlier {@code export --format csv}, its {@code
   * id} header line skipped). A byte-order mark (files saved by Windows programs) is ignored.
   */
  static Set<String> readIds(CaseIndex index, Path file) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = (n == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line).strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        String token = t.split("[\\s,;]+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (n == 1 && token.equals("id")) {
          continue; // the header of a CSV export
        }
        if (FULL_ID.matcher(token).matches()) {
          if (index.get(token) == null) {
            missing.add(token);
          } else {
            ids.add(token);
          }
          continue;
        }
        try {
          ids.add(index.resolve(token));
        } catch (IstragaException e) {
          if (e.kind() == IstragaException.Kind.USAGE) {
            throw IstragaException.usage(file + " line " + n + ": '" + LineText.of(token) + "' is not a document id; "
                + "give one full id or unique prefix (4 or more hex characters) per line");
          }
          missing.add(token);
        }
      }
    } catch (NoSuchFileException e) {
      throw IstragaException.notFound("ids file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw IstragaException.usage("ids file " + file + " is not UTF-8 text (saved as UTF-16 'Unicode text'?); "
          + "save it as UTF-8 or plain text and rerun");
    }
    if (!missing.isEmpty()) {
      throw IstragaException.notFound(missing.size() + " id(s) in " + file + " are not in this case (first: "
          + missing.get(0) + "); remove them or check the case");
    }
    return ids;
  }
}
