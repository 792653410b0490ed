package org.istraga.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After each e-mail address token, emits its domain, its local part and the words of the local
 * part at the same position, so {@code from:x.rs} finds {@code ana@x.rs}, and {@code
 * from:ana.petrovic} and {@code from:petrovic} find {@code ana.petrovic@mup.gov.rs} when the
 * header has no display name, while {@code from:ana@x.rs} stays exact. Offsets are those of the
 * address.
 */
final class EmailDomainFilter extends TokenFilter {

  private static final String EMAIL_TYPE = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.EMAIL];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>();

  EmailDomainFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      term.setEmpty().append(pending.poll());
      posInc.setPositionIncrement(0);
      type.setType("<DOMAIN>");
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (EMAIL_TYPE.equals(type.type())) {
      String t = term.toString();
      int at = t.lastIndexOf('@');
      if (at > 0 && at < t.length() - 1) {
        pending.add(t.substring(at + 1));
        String local = t.substring(0, at);
        pending.add(local);
        for (String word : local.split("[._+\\-]+")) {
          if (!word.isEmpty() && !pending.contains(word)) {
            pending.add(word);
          }
        }
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
  }
}
