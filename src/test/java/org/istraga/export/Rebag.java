package org.istraga.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.istraga.store.Hashes;

/** Recomputes a bag folder's manifests and Payload-Oxum, as a forger covering an edit would (test helper). */
final class Rebag {

  private Rebag() {}

  static void recomputeManifests(Path bag) throws Exception {
    Map<String, String[]> payload = new TreeMap<>();
    try (Stream<Path> s = Files.walk(bag.resolve("data"))) {
      for (Path p : (Iterable<Path>) s::iterator) {
        if (Files.isRegularFile(p)) {
          byte[] b = Files.readAllBytes(p);
          payload.put(bag.relativize(p).toString(), new String[] {Hashes.sha256(b), sha512(b)});
        }
      }
    }
    long bytes = 0;
    for (String f : payload.keySet()) {
      bytes += Files.size(bag.resolve(f));
    }
    Path info = bag.resolve("bag-info.txt");
    Files.writeString(info, Files.readString(info).replaceFirst("(?m)^Payload-Oxum: .*$",
        "Payload-Oxum: " + bytes + "." + payload.size()));
    Files.writeString(bag.resolve("manifest-sha256.txt"), BagWriter.manifest(payload, 0));
    Files.writeString(bag.resolve("manifest-sha512.txt"), BagWriter.manifest(payload, 1));
    Map<String, String[]> tags = new TreeMap<>();
    for (String f : new String[] {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt"}) {
      byte[] b = Files.readAllBytes(bag.resolve(f));
      tags.put(f, new String[] {Hashes.sha256(b), sha512(b)});
    }
    Files.writeString(bag.resolve("tagmanifest-sha256.txt"), BagWriter.manifest(tags, 0));
    Files.writeString(bag.resolve("tagmanifest-sha512.txt"), BagWriter.manifest(tags, 1));
  }

  private static String sha512(byte[] b) {
    return java.util.HexFormat.of().formatHex(BagWriter.digest("SHA-512").digest(b));
  }
}
