package org.istraga.ingest.tika;

import java.io.Serializable;

/**
 * How many bytes the embedded children of one file may expand to before unpacking stops as an
 * archive bomb: {@code max(floorBytes, ratio × fileSize)}. Travels to the forked parser in the
 * parse context; the {@link LimitingUnpackExtractor} enforces it while it reads, so a bomb never
 * gets the chance to fill the disk or the memory.
 *
 * @param fileSize size of the evidence file being parsed
 * @param ratio largest plausible expansion ratio (archives of text rarely exceed 20)
 * @param floorBytes expansion always allowed, whatever the ratio
 */
public record ExpansionBudget(long fileSize, long ratio, long floorBytes) implements Serializable {

  /** Default floor: 64 MiB. */
  public static final long DEFAULT_FLOOR = 64L << 20;

  /** Bytes the children may expand to in total. */
  public long limit() {
    long byRatio = fileSize > Long.MAX_VALUE / Math.max(1, ratio) ? Long.MAX_VALUE : fileSize * ratio;
    return Math.max(floorBytes, byRatio);
  }
}
