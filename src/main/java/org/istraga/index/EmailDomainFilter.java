package org.istraga.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * After each e-mail address token, emits its domain at the same position, so {@code from:x.rs}
 * finds {@code ana@x.rs} while {@code from:ana@x.rs} stays exact. Offsets are those of the address.
 */
final class EmailDomainFilter extends TokenFilter {

  private static final String EMAIL_TYPE = UAX29URLEmailTokenizer.TOKEN_TYPES[UAX29URLEmailTokenizer.EMAIL];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private String pendingDomain;

  EmailDomainFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingDomain != null) {
      term.setEmpty().append(pendingDomain);
      posInc.setPositionIncrement(0);
      type.setType("<DOMAIN>");
      pendingDomain = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (EMAIL_TYPE.equals(type.type())) {
      String t = term.toString();
      int at = t.lastIndexOf('@');
      if (at > 0 && at < t.length() - 1) {
        pendingDomain = t.substring(at + 1);
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingDomain = null;
  }
}
