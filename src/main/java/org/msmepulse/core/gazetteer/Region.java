package org.msmepulse.core.gazetteer;

import java.io.Serializable;

/**
 * A place a mention resolves to: a state (district fields null) or a district of a state.
 *
 * @param stateCode ISO 3166-2:IN
 * @param districtCode Local Government Directory district code, null for a state-level place
 */
public record Region(
    String stateCode,
    String stateNameEn,
    String stateNameHi,
    String districtCode,
    String districtNameEn,
    String districtNameHi)
    implements Serializable {
  public boolean isState() {
    return districtCode == null;
  }

  /** The gold-file name of a district: {@code Name|STATE}. */
  public String goldName() {
    return districtNameEn + "|" + stateCode;
  }
}
