package org.istraga.findings;

import org.istraga.IstragaException;

/** Who records a finding: the {@code --user} given, else the system user name. */
public final class UserName {

  private UserName() {}

  /**
   * @param given the {@code --user} value, or null
   * @throws IstragaException USAGE when no name is given and the system has none
   */
  public static String resolve(String given) {
    String u = given != null ? given.strip() : System.getProperty("user.name", "").strip();
    if (u.isEmpty()) {
      throw IstragaException.usage("no user name: give --user NAME (who records this finding)");
    }
    if (u.chars().anyMatch(Character::isISOControl)) {
      throw IstragaException.usage("user name contains control characters; give a plain --user NAME");
    }
    return u;
  }
}
