package org.istraga;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of Istraga and of the libraries whose behaviour shapes a case (recorded in the ledger). */
public final class Version {

  private static final Properties PROPS = load();

  private Version() {}

  /** Istraga's own version, from the Maven build. */
  public static String istraga() {
    return PROPS.getProperty("istraga.version", "dev");
  }

  /** The Apache Tika version doing the extraction. */
  public static String tika() {
    return PROPS.getProperty("tika.version", "unknown");
  }

  /** The Apache Lucene version writing the index. */
  public static String lucene() {
    return org.apache.lucene.util.Version.LATEST.toString();
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/org/istraga/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
