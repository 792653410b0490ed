package org.istraga.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.istraga.IstragaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchlistTest {

  @TempDir Path dir;

  private Watchlist load(String content) throws IOException {
    Path f = dir.resolve("watch.tsv");
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return Watchlist.load(f);
  }

  private static List<String> hits(Watchlist w, String text) {
    return EntityExtractor.standard().withWatchlist(w).extract(text).stream()
        .filter(m -> m.type() == EntityType.WATCHLIST)
        .map(m -> m.value() + "=" + m.raw())
        .collect(Collectors.toList());
  }

  @Test
  void transliterationCaseAndDiacriticsInsensitive() throws IOException {
    Watchlist w = load("\uFEFF# osobe\nĐorđe Petrović\n\nTelekom Nova d.o.o.\tTelekom Nova\tTN Grupa\n");
    assertEquals(2, w.size());
    assertEquals(
        List.of("Đorđe Petrović=Ђорђе Петровић", "Đorđe Petrović=Djordje Petrovic",
            "Đorđe Petrović=DJORDJE PETROVIĆ", "Đorđe Petrović=đorđe petrović"),
        hits(w, "Ђорђе Петровић, Djordje Petrovic, DJORDJE PETROVIĆ i đorđe petrović."));
  }

  @Test
  void aliasesMapToTheCanonicalName() throws IOException {
    Watchlist w = load("Telekom Nova d.o.o.\tTelekom Nova\tTN Grupa\n");
    assertEquals(List.of("Telekom Nova d.o.o.=Телеком Нова", "Telekom Nova d.o.o.=TN grupa",
            "Telekom Nova d.o.o.=Telekom Nova d.o.o"),
        hits(w, "Телеком Нова и TN grupa, kao i Telekom Nova d.o.o."));
  }

  @Test
  void wholeWordsOnly() throws IOException {
    Watchlist w = load("Petar\nNova\n");
    assertEquals(List.of(), hits(w, "Petrović i Novak, Supernova"));
    assertEquals(List.of("Petar=Petar"), hits(w, "Petar Novaković"));
  }

  @Test
  void thousandsOfEntriesStayCorrect() {
    List<Watchlist.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      entries.add(new Watchlist.Entry("Firma " + i + " d.o.o.", List.of("Alias" + i)));
    }
    entries.add(new Watchlist.Entry("Đorđe Petrović", List.of()));
    Watchlist w = Watchlist.of(entries);
    assertEquals(List.of("Firma 4321 d.o.o.=Alias4321", "Đorđe Petrović=Djordje Petrovic"),
        hits(w, "Uplata za Alias4321 od Djordje Petrovic."));
  }

  @Test
  void badInputNamesFileAndLine() throws IOException {
    IstragaException e = assertThrows(IstragaException.class, () -> load("Ok\n\t---\t\n"));
    assertEquals(IstragaException.Kind.USAGE, e.kind());
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("watch.tsv"), e.getMessage());

    Path f = dir.resolve("latin1.tsv");
    Files.write(f, new byte[] {'O', 'k', '\n', 'B', (byte) 0xE9, 'b', '\n'});
    IstragaException enc = assertThrows(IstragaException.class, () -> Watchlist.load(f));
    assertEquals(IstragaException.Kind.USAGE, enc.kind());
    assertTrue(enc.getMessage().contains("line 2") && enc.getMessage().contains("UTF-8"),
        enc.getMessage());

    IstragaException missing =
        assertThrows(IstragaException.class, () -> Watchlist.load(dir.resolve("none.tsv")));
    assertEquals(IstragaException.Kind.NOT_FOUND, missing.kind());
  }
}
