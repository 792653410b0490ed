package org.istraga.ingest;

import java.util.Locale;

/**
 * Maps a media type to the coarse type group users filter on: pdf, word, spreadsheet,
 * presentation, email, image, archive, text, html, audio, video, other. Pure function.
 */
public final class TypeGroups {

  private TypeGroups() {}

  public static String of(String mediaType) {
    if (mediaType == null) {
      return "other";
    }
    String t = baseType(mediaType);
    if (t.equals("application/pdf")) {
      return "pdf";
    }
    if (t.startsWith("image/")) {
      return "image";
    }
    if (t.startsWith("audio/")) {
      return "audio";
    }
    if (t.startsWith("video/")) {
      return "video";
    }
    if (t.equals("message/rfc822") || t.equals("application/vnd.ms-outlook") || t.equals("application/mbox")
        || t.contains("vnd.ms-outlook-pst") || t.equals("application/x-tika-pst-mail-item")
        || t.equals("message/x-emlx") || t.contains("tnef")) {
      return "email";
    }
    if (t.equals("application/msword") || t.contains("wordprocessingml") || t.contains("opendocument.text")
        || t.equals("application/rtf") || t.equals("text/rtf") || t.contains("ms-word")
        || t.contains("vnd.wordperfect") || t.contains("x-tika-msworks")) {
      return "word";
    }
    if (t.contains("ms-excel") || t.contains("spreadsheetml") || t.contains("opendocument.spreadsheet")
        || t.equals("text/csv") || t.equals("text/tab-separated-values")) {
      return "spreadsheet";
    }
    if (t.contains("ms-powerpoint") || t.contains("presentationml") || t.contains("opendocument.presentation")) {
      return "presentation";
    }
    if (t.equals("application/zip") || t.equals("application/x-7z-compressed") || t.equals("application/x-tar")
        || t.equals("application/gzip") || t.equals("application/x-gzip") || t.equals("application/x-bzip2")
        || t.equals("application/x-xz") || t.equals("application/x-rar-compressed")
        || t.equals("application/vnd.rar") || t.equals("application/x-gtar") || t.equals("application/x-compress")
        || t.equals("application/x-lzma") || t.equals("application/x-cpio") || t.equals("application/java-archive")
        || t.equals("application/x-archive") || t.equals("application/zstd") || t.equals("application/x-bzip")) {
      return "archive";
    }
    if (t.equals("text/html") || t.equals("application/xhtml+xml")
        || t.equals("multipart/related") || t.equals("application/x-mimearchive")) {
      // a web page saved as MHTML (.mht, .mhtml): the page and its images in one MIME file
      return "html";
    }
    if (t.startsWith("text/") || t.equals("application/json") || t.equals("application/xml")
        || t.endsWith("+xml") || t.endsWith("+json")) {
      return "text";
    }
    return "other";
  }

  /** The media type without parameters, lowercased. */
  public static String baseType(String mediaType) {
    int semi = mediaType.indexOf(';');
    return (semi >= 0 ? mediaType.substring(0, semi) : mediaType).trim().toLowerCase(Locale.ROOT);
  }
}
