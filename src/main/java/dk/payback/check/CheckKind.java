package dk.payback.check;

/**
 * What a check compares. The key is the stable name in machine formats (JSON, JUnit); it never
 * changes once released.
 */
public enum CheckKind {
  /** A stated "Samlet varig ændring" or "Samlede implementeringsomkostninger" against its lines. */
  SUBTOTAL("subtotal"),
  /** A stated "Samlet økonomisk påvirkning" against all the lines. */
  NET_IMPACT("net_impact"),
  /** A stated "Tilbagebetalingstid" against the payback rule. */
  PAYBACK("payback"),
  /** An overview row's figure against its proposal's computed figure (a transcription error). */
  OVERVIEW_ROW("overview_row"),
  /** An "I ALT" figure against the sum of the printed rows (a printing error in the overview). */
  TOTAL_VS_ROWS("total_vs_rows"),
  /** An "I ALT" figure against the sum of the proposals' computed figures. */
  TOTAL_VS_PROPOSALS("total_vs_proposals"),
  /** An overview row has a case file. */
  ROW_HAS_CASE("row_has_case"),
  /** A case has a row in the overview. */
  CASE_HAS_ROW("case_has_row"),
  /** An ID occurs once among the cases, or once among the overview's rows. */
  UNIQUE_ID("unique_id"),
  /** A case's id equals its file name (cases/HA02.yaml has id HA02). */
  ID_MATCHES_FILE_NAME("id_matches_file_name");

  private final String key;

  CheckKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
