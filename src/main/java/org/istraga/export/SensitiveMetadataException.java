package org.istraga.export;

import java.util.List;
import org.istraga.IstragaException;

/** A bundle was refused because it would carry sensitive items; {@link #items()} lists them. */
public final class SensitiveMetadataException extends IstragaException {

  private static final long serialVersionUID = 1L;

  private final transient List<SensitiveItem> items;

  SensitiveMetadataException(String message, List<SensitiveItem> items) {
    super(Kind.CHECK_FAILED, message);
    this.items = List.copyOf(items);
  }

  /** The items that blocked the bundle, one per line when printed. */
  public List<SensitiveItem> items() {
    return items;
  }
}
