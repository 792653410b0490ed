package org.istraga.ingest.tika;

import java.nio.file.Path;

/**
 * The parts of a generated tika-config.xml that every forked Tika process of Istraga shares: the
 * file-system fetcher that reads absolute paths (evidence files and blobs of the case's store) and
 * the {@link SpoolEmitter} whose base path is the run's scratch folder; and the escaping of values
 * put into the XML. Used by {@link TikaConfigWriter} (the extraction workers) and the OCR workers'
 * config. Stateless.
 */
public final class PipesConfigXml {

  private PipesConfigXml() {}

  /**
   * The {@code <fetchers>} and {@code <emitters>} elements, indented for a child of
   * {@code <properties>}, each line ending in a newline.
   *
   * @param fetcher the fetcher's name, as fetch keys give it
   * @param emitter the emitter's name, as emit keys give it
   * @param basePath the emitter's base path (made absolute)
   */
  public static String fetcherAndEmitter(String fetcher, String emitter, Path basePath) {
    return """
          <fetchers>
            <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
              <name>%s</name>
              <allowAbsolutePaths>true</allowAbsolutePaths>
            </fetcher>
          </fetchers>
          <emitters>
            <emitter class="org.istraga.ingest.tika.SpoolEmitter">
              <name>%s</name>
              <basePath>%s</basePath>
            </emitter>
          </emitters>
        """.formatted(escape(fetcher), escape(emitter), escape(basePath.toAbsolutePath().toString()));
  }

  /** The value with {@code & < > "} written as XML entities, for element text and attributes. */
  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
