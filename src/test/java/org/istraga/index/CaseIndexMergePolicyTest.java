package org.istraga.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case index's merge policy on segments of a few megabytes, the size an ingest flushes: where
 * Lucene's default policy keeps them apart in several tiers, the case's merges them down to one
 * tier's worth, so queries pay the per-segment cost fewer times.
 */
class CaseIndexMergePolicyTest {

  /** 30 flushed segments of about 3 MB each (incompressible stored bytes). */
  private static final int FLUSHES = 30;
  private static final int SEGMENT_BYTES = 3 << 20;

  @Test
  void smallFlushedSegmentsAreMergedToOneTier(@TempDir Path dir) throws Exception {
    int caseSegments = segmentsAfterMerges(dir.resolve("case"), CaseIndex.mergePolicy());
    int luceneSegments = segmentsAfterMerges(dir.resolve("default"), halfTiersWithDefaultFloor());

    assertTrue(caseSegments <= CaseIndex.SEGMENTS_PER_TIER,
        "the case's policy left " + caseSegments + " segments of " + FLUSHES + " flushes");
    assertTrue(luceneSegments > caseSegments,
        "the default floor left " + luceneSegments + ", the case's " + caseSegments);
  }

  @Test
  void theFloorDoesNotMergeAnIndexOfFewSegments(@TempDir Path dir) throws Exception {
    try (Directory d = FSDirectory.open(dir)) {
      assertEquals(3, flushAndMerge(d, CaseIndex.mergePolicy(), 3));
    }
  }

  /** The case's policy with Lucene's default floor: what the floor changes. */
  private static TieredMergePolicy halfTiersWithDefaultFloor() {
    TieredMergePolicy p = CaseIndex.mergePolicy();
    p.setFloorSegmentMB(new TieredMergePolicy().getFloorSegmentMB());
    return p;
  }

  private static int segmentsAfterMerges(Path path, MergePolicy policy) throws Exception {
    try (Directory d = FSDirectory.open(path)) {
      return flushAndMerge(d, policy, FLUSHES);
    }
  }

  /** Commits {@code flushes} one-document segments, then lets the policy merge as a finished ingest does. */
  private static int flushAndMerge(Directory d, MergePolicy policy, int flushes) throws Exception {
    IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
    cfg.setMergePolicy(policy);
    Random random = new Random(flushes);
    try (IndexWriter w = new IndexWriter(d, cfg)) {
      for (int i = 0; i < flushes; i++) {
        byte[] bytes = new byte[SEGMENT_BYTES];
        random.nextBytes(bytes);
        Document doc = new Document();
        doc.add(new StoredField("bytes", bytes));
        w.addDocument(doc);
        w.commit(); // merges wait until the end, as they would behind a fast ingest
      }
      do {
        w.maybeMerge();
        ((ConcurrentMergeScheduler) w.getConfig().getMergeScheduler()).sync();
      } while (w.hasPendingMerges());
      w.commit();
    }
    try (DirectoryReader r = DirectoryReader.open(d)) {
      assertEquals(flushes, r.numDocs());
      return r.leaves().size();
    }
  }
}
