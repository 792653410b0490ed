package org.istraga.ingest.tika;

import java.io.Serializable;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.PasswordProvider;

/**
 * Offers one password to every encrypted document of a parse. Travels to the forked parser inside
 * the parse context, hence serializable; the password never appears in records or logs.
 */
public final class FixedPasswordProvider implements PasswordProvider, Serializable {

  private static final long serialVersionUID = 1L;

  private final String password;

  public FixedPasswordProvider(String password) {
    this.password = password;
  }

  @Override
  public String getPassword(Metadata metadata) {
    return password;
  }
}
