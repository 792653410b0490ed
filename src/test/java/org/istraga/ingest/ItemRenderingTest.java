package org.istraga.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class ItemRenderingTest {

  private static Metadata message(String subject, String embeddedPath) {
    Metadata m = new Metadata();
    m.set("dc:subject", subject);
    m.add("Message:To-Display-Name", "Petar Petrović");
    m.add("Message:To-Display-Name", "Ана Анић");
    m.set("Message:From-Name", "Marko Marković");
    m.set("Content-Type", "application/x-tika-pst-mail-item");
    m.set("X-TIKA:embedded_resource_path", embeddedPath);
    m.set("X-TIKA:parse_time_millis", "12");
    m.set("resourceName", subject + ".msg");
    m.set("Content-Length", "0");
    m.set("istraga:page_starts", "0");
    return m;
  }

  @Test
  void renderingIsSortedMetadataThenTextAndIgnoresBookkeeping() {
    String text = "Dostavljamo ponudu.\nS poštovanjem";
    String r = new String(ItemRendering.of(message("Ponuda JN 12/2019", "/Inbox/1.msg"), text), StandardCharsets.UTF_8);
    assertEquals(ItemRendering.HEADER + "\n"
        + "Content-Type: application/x-tika-pst-mail-item\n"
        + "Message:From-Name: Marko Marković\n"
        + "Message:To-Display-Name: Petar Petrović\n"
        + "Message:To-Display-Name: Ана Анић\n"
        + "dc:subject: Ponuda JN 12/2019\n"
        + "\n" + text, r);
  }

  @Test
  void theSameMessageAtTwoPlacesRendersAlikeAndDifferentMessagesDiffer() {
    byte[] a = ItemRendering.of(message("Ponuda", "/Inbox/1.msg"), "tekst");
    byte[] b = ItemRendering.of(message("Ponuda", "/Arhiva/7.msg"), "tekst");
    assertArrayEquals(a, b, "location and parse bookkeeping are not part of the rendering");
    assertFalse(java.util.Arrays.equals(a, ItemRendering.of(message("Ponuda", "/Inbox/1.msg"), "tekst 2")));
    assertFalse(java.util.Arrays.equals(a, ItemRendering.of(message("Ponuda (2)", "/Inbox/1.msg"), "tekst")));
  }

  @Test
  void valuesWithLineBreaksStayOnOneLine() {
    Metadata m = new Metadata();
    m.set("Message:Raw-Header:Received", "from a\r\n\tby b");
    String r = new String(ItemRendering.of(m, ""), StandardCharsets.UTF_8);
    assertTrue(r.contains("Message:Raw-Header:Received: from a\\r\\n\tby b\n"), r);
  }

  @Test
  void onlyItemsWithoutBytesButWithContentNeedARendering() {
    assertTrue(ItemRendering.needed(0, "application/x-tika-pst-mail-item", ""), "a PST message, even without text");
    assertTrue(ItemRendering.needed(0, "application/octet-stream", "text from an open container"));
    assertFalse(ItemRendering.needed(0, "text/plain", ""), "a real empty file stays the empty document");
    assertFalse(ItemRendering.needed(0, "text/plain", "  \n"));
    assertFalse(ItemRendering.needed(12, "application/x-tika-pst-mail-item", "text"), "it has bytes");
  }
}
