import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.istraga.Json;
import org.istraga.cases.Case;
import org.istraga.index.CaseIndex;
import org.istraga.index.IndexSchema;

/**
 * Writes every document record of a case as one JSON line, sorted by id: the stored record as
 * the index holds it (metadata, occurrences, page offsets, entity mentions, flags, the forensic
 * report...) with its text added under {@code "text"}. Two ingests of the same files by two
 * builds that should record the same thing must give the same lines once the values that name
 * the run or its time are set aside ({@code scripts/bench/compare-cases} does that).
 *
 * <p>Run from the project root after {@code mvn -q -DskipTests package}:
 * <pre>java -cp 'target/istraga.jar:target/lib/*' scripts/bench/CaseDump.java CASE OUT.jsonl</pre>
 * Memory: every record's JSON is held until the sorted write (meant for test-sized cases).
 */
public class CaseDump {

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: CaseDump CASE OUT.jsonl");
      System.exit(2);
    }
    Case c = Case.open(Path.of(args[0]), IndexSchema.caseSchema());
    TreeMap<String, String> lines = new TreeMap<>();
    try (CaseIndex index = CaseIndex.openReader(c); CaseIndex.Handle h = index.searcher()) {
      h.forEachRecord(r -> {
        ObjectNode n = Json.mapper().valueToTree(r);
        n.put("text", r.text);
        lines.put(r.id, Json.mapper().writeValueAsString(n));
      });
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      lines.values().forEach(out::println);
    }
    System.err.println("case dump: " + lines.size() + " records to " + args[1]);
  }
}
