package dk.payback.view;

import dk.payback.calc.Payback;
import dk.payback.check.CheckKind;
import dk.payback.check.CheckReport;
import dk.payback.check.CheckResult;
import dk.payback.check.Figure;
import dk.payback.check.Status;
import dk.payback.model.ProposalType;
import java.util.List;

/** The words of the findings of {@code check}, and the messages of each check in the language. */
public final class FindingsWords extends Words {

  private FindingsWords(Lang lang) {
    super(lang);
  }

  public static FindingsWords of(Lang lang) {
    return new FindingsWords(lang);
  }

  public String findingsHeading() {
    return t("Kontrol af kildens tal", "Check of the source's figures");
  }

  public String findingsSheet() {
    return t("Kontrol", "Checks");
  }

  public String findingsIntro() {
    return t(
        "Kildens trykte tal sammenholdt med det, linjerne og oversigtens rækker summerer til (som payback check).",
        "The source's printed figures against what the lines and the overview's rows add up to (as payback check).");
  }

  public String findingsOfSource() {
    return t(
        "Kontrollen gælder kildens egne tal, ikke scenariet.",
        "The check is of the source's own figures, not of the scenario.");
  }

  public String location() {
    return t("Sted", "Location");
  }

  public String subject() {
    return t("Emne", "Subject");
  }

  public String figure() {
    return t("Tal", "Figure");
  }

  public String year() {
    return t("År", "Year");
  }

  public String stated() {
    return t("Kilden angiver", "Stated");
  }

  public String computed() {
    return t("Beregnet", "Computed");
  }

  public String difference() {
    return t("Forskel", "Difference");
  }

  public String basis() {
    return t("Grundlag", "Basis");
  }

  public String blank() {
    return t("(tom)", "(blank)");
  }

  /**
   * The count line: "19 forslag i 20 filer, 385 tal sammenholdt: 9 afvigelser i 3 filer, 0
   * advarsler". A run that compared no figure says so, never "alle stemmer".
   */
  public String checkCount(CheckReport c, boolean strict) {
    long findings = c.count(Status.FINDING);
    long figures = c.figuresCompared();
    StringBuilder sb = new StringBuilder();
    sb.append(c.proposals())
        .append(t(" forslag", c.proposals() == 1 ? " proposal" : " proposals"))
        .append(t(" i ", " in "))
        .append(count(c.files(), "fil", "filer", "file", "files"))
        .append(", ")
        .append(figures)
        .append(t(" tal sammenholdt", figures == 1 ? " figure compared" : " figures compared"))
        .append(": ");
    if (findings > 0) {
      sb.append(count(findings, "afvigelse", "afvigelser", "finding", "findings"))
          .append(t(" i ", " in "))
          .append(count(c.filesWithFindings(), "fil", "filer", "file", "files"));
    } else if (figures == 0) {
      sb.append(t("intet tal at sammenholde", "no figure to compare"));
    } else if (strict && !c.warnings().isEmpty()) {
      // The gate fails on the warnings: "alle stemmer" would read as a pass.
      sb.append(t("tallene stemmer", "the figures balance"));
    } else {
      sb.append(t("alle stemmer", "all balance"));
    }
    sb.append(", ")
        .append(count(c.warnings().size(), "advarsel", "advarsler", "warning", "warnings"));
    if (strict && !c.warnings().isEmpty()) {
      sb.append(
          t(
              " (--strict: regnet som afvigelser, så kontrollen fejler)",
              " (--strict: counted as findings, so the check fails)"));
    }
    if (c.tolerance() > 0) {
      sb.append("; ")
          .append(c.count(Status.WITHIN_TOLERANCE))
          .append(t(" inden for tolerancen på ", " within tolerance "))
          .append(c.tolerance());
    }
    return sb.toString();
  }

  private String count(long n, String daOne, String daMany, String enOne, String enMany) {
    return n + " " + (n == 1 ? t(daOne, enOne) : t(daMany, enMany));
  }

  /**
   * The figure a check compares, as the template names it; for a check of ids, what was checked.
   */
  public String checkedFigure(CheckResult r) {
    if (r.kind() == CheckKind.OVERVIEW_ROW && r.figure() != null) {
      String figure = r.figure() == Figure.INVESTMENT ? investment() : savings();
      return figure + t(" i oversigten", " in the overview");
    }
    if (r.figure() != null) {
      return switch (r.figure()) {
        case PERMANENT_TOTAL -> permanentTotal();
        case IMPLEMENTATION_TOTAL -> implementationTotal(ProposalType.INVESTMENT);
        case NET_IMPACT -> netImpact();
        case PAYBACK_YEARS -> paybackHeading();
        case INVESTMENT -> investment();
        case SAVINGS -> savings();
      };
    }
    return switch (r.kind()) {
      case ROW_HAS_CASE -> t("Række i oversigten uden sag", "Overview row without a case");
      case CASE_HAS_ROW -> t("Sag uden række i oversigten", "Case without an overview row");
      case UNIQUE_ID -> t("Id brugt mere end én gang", "Id used more than once");
      case ID_MATCHES_FILE_NAME ->
          t("Id og filnavn er forskellige", "Id differs from the file name");
      default -> r.kind().key();
    };
  }

  /** What the computed figure of a check comes from: "linjernes sum", or the case file of a row. */
  public String checkBasis(CheckResult r) {
    return switch (r.kind()) {
      case SUBTOTAL, NET_IMPACT -> t("linjernes sum", "lines sum");
      case PAYBACK -> t("tilbagebetalingsreglen", "payback rule");
      case OVERVIEW_ROW -> r.basis() == null ? "" : t("sagen ", "the case ") + r.basis();
      case TOTAL_VS_ROWS -> t("rækkernes sum", "rows sum");
      case TOTAL_VS_PROPOSALS -> t("forslagenes sum", "proposals sum");
      default -> "";
    };
  }

  /** One sentence saying what a check compared and how it came out. */
  public String message(CheckResult r) {
    CheckResult.Detail d = r.detail();
    String id = r.subject();
    boolean finding = r.isFinding();
    return switch (r.kind()) {
      case SUBTOTAL, NET_IMPACT, OVERVIEW_ROW, TOTAL_VS_ROWS, TOTAL_VS_PROPOSALS ->
          compared(r)
              + ": "
              + t("kilden angiver ", "stated ")
              + shown(r.stated())
              + t(", beregnet ", ", computed ")
              + shown(r.computed())
              + " ("
              + basisWords(r)
              + ")";
      case PAYBACK ->
          t("tilbagebetalingstid", "payback")
              + ": "
              + t("kilden angiver ", "stated ")
              + years(r.stated())
              + t(", beregnet ", ", computed ")
              + computedPayback(d)
              + " ("
              + basisWords(r)
              + ")";
      case UNIQUE_ID ->
          d.row() == 0
              ? (finding
                  ? t(
                          "id " + id + " er ikke entydigt: også i ",
                          "id " + id + " is not unique: also at ")
                      + String.join(", ", d.others())
                  : t("id " + id + " er entydigt", "id " + id + " is unique"))
              : rowName(d.row(), id)
                  + ": "
                  + (finding
                      ? t(
                              "id " + id + " er ikke entydigt i oversigten: også ",
                              "id " + id + " is not unique in the overview: also ")
                          + String.join(
                              ", ", d.others().stream().map(n -> t("række ", "row ") + n).toList())
                      : t(
                          "id " + id + " er entydigt i oversigten",
                          "id " + id + " is unique in the overview"));
      case ID_MATCHES_FILE_NAME ->
          finding
              ? t(
                  "id "
                      + id
                      + " svarer ikke til filnavnet "
                      + d.file()
                      + ": omdøb filen til "
                      + renamed(id, d.file())
                      + " eller ret id'et",
                  "id "
                      + id
                      + " does not match the file name "
                      + d.file()
                      + ": rename the file to "
                      + renamed(id, d.file())
                      + " or correct the id")
              : t(
                  "id " + id + " svarer til filnavnet " + d.file(),
                  "id " + id + " matches the file name " + d.file());
      case ROW_HAS_CASE ->
          finding
              ? rowName(d.row(), id)
                  + t(
                      " har ingen sag: intet forslag med id "
                          + id
                          + " blandt de kontrollerede filer",
                      " has no case: no proposal with id " + id + " among the files checked")
              : rowName(d.row(), id) + t(" har en sag: ", " has a case: ") + d.file();
      case CASE_HAS_ROW ->
          finding
              ? id + t(" har ingen række i oversigten ", " has no row in the overview ") + d.file()
              : id
                  + t(
                      " har række " + d.row() + " i oversigten ",
                      " has row " + d.row() + " in the overview ")
                  + d.file();
    };
  }

  /** One sentence saying what is worth a look, and what to do about it. */
  public String message(dk.payback.check.Warning w) {
    return switch (w.kind()) {
      case NOTHING_STATED ->
          t(
              w.subject()
                  + " angiver ingen af forslagets tal under stated, så intet af det bliver kontrolleret"
                  + " (skriv "
                  + figures(w)
                  + " under stated, som forslaget trykker dem)",
              w.subject()
                  + " states none of its figures under stated, so none of them is checked"
                  + " (write "
                  + figures(w)
                  + " under stated, as the proposal prints them)");
      case NOT_STATED ->
          t(
              w.subject()
                  + " angiver ikke "
                  + figures(w)
                  + " under stated, så det bliver ikke kontrolleret"
                  + " (skriv det, som forslaget trykker det)",
              w.subject()
                  + " does not state "
                  + figures(w)
                  + " under stated, so it is not checked"
                  + " (write it as the proposal prints it)");
      case NEGATIVE_COST ->
          t(
              w.subject()
                  + ": implementeringsomkostningen '"
                  + w.line()
                  + "' er negativ i "
                  + w.year()
                  + " ("
                  + amount(w.amount())
                  + "): en indtægt blandt omkostningerne er tilladt, men se efter",
              w.subject()
                  + ": the implementation cost '"
                  + w.line()
                  + "' is negative in "
                  + w.year()
                  + " ("
                  + amount(w.amount())
                  + "): an income among the costs is allowed, but worth a look");
    };
  }

  /** A warning's line, compiler style: where, "advarsel: " (unless --strict), and the message. */
  public String line(dk.payback.check.Warning w, boolean strict) {
    return w.location() + ": " + (strict ? "" : t("advarsel: ", "warning: ")) + message(w);
  }

  /** The figures not stated, as the case file names them: "payback_years" or "a, b and c". */
  private String figures(dk.payback.check.Warning w) {
    List<String> keys = w.notStated().stream().map(Figure::key).toList();
    if (keys.size() == 1) {
      return keys.get(0);
    }
    return String.join(", ", keys.subList(0, keys.size() - 1))
        + t(" og ", " and ")
        + keys.get(keys.size() - 1);
  }

  /** A check's line, compiler style: where, how it came out unless a finding, and the message. */
  public String line(CheckResult r) {
    String status =
        switch (r.status()) {
          case FINDING -> "";
          case PASS -> "ok: ";
          case WITHIN_TOLERANCE -> t("inden for tolerancen: ", "within tolerance: ");
        };
    return r.location() + ": " + status + message(r);
  }

  /**
   * The line that closes a check whose input was invalid: "2 errors in 1 file; nothing was
   * checked"; an error about a folder is in no file ("1 error; ...", "3 errors, 2 in 1 file; ...").
   */
  public String invalid(long errors, long inFiles, long files) {
    return errorCount(errors, inFiles, files)
        + t("; intet blev kontrolleret", "; nothing was checked");
  }

  /**
   * "2 errors in 1 file", "1 error" (in no file) or "3 errors, 2 in 1 file": an error about a path
   * as a whole (an empty folder, a path that does not exist) is in no file.
   *
   * @param inFiles how many of the errors are in a file
   * @param files how many files those are in
   */
  public String errorCount(long errors, long inFiles, long files) {
    String where = t(" i ", " in ") + count(files, "fil", "filer", "file", "files");
    return count(errors, "fejl", "fejl", "error", "errors")
        + (inFiles == 0 ? "" : inFiles == errors ? where : ", " + inFiles + where);
  }

  /**
   * The figure compared, as it leads the message: "net impact 2020", "row 11 BU03 savings 2019".
   */
  private String compared(CheckResult r) {
    String figure =
        switch (r.kind()) {
          // Inside a sentence the template's row name loses the capital it has at the head of its
          // row.
          case SUBTOTAL, NET_IMPACT ->
              lang() == Lang.DA ? lowerFirst(checkedFigure(r)) : r.figure().words();
          default ->
              r.figure() == dk.payback.check.Figure.INVESTMENT
                  ? t("investering", "investment")
                  : t("effektivisering", "savings");
        };
    String year = r.year() == null ? "" : " " + r.year();
    return switch (r.kind()) {
      case OVERVIEW_ROW -> rowName(r.detail().row(), r.subject()) + " " + figure + year;
      case TOTAL_VS_ROWS, TOTAL_VS_PROPOSALS -> r.subject() + " " + figure + year;
      default -> figure + year;
    };
  }

  private String basisWords(CheckResult r) {
    return lang() == Lang.DA ? checkBasis(r) : r.basis();
  }

  private String rowName(int row, String id) {
    return t("række ", "row ") + row + " " + id;
  }

  private String shown(Long value) {
    return value == null
        ? t("intet", "blank")
        : lang() == Lang.DA ? amount(value) : Long.toString(value);
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private String years(Long n) {
    return n == null
        ? ""
        : lang() == Lang.DA ? years(Math.toIntExact(n)) : n + (n == 1 ? " year" : " years");
  }

  private String computedPayback(CheckResult.Detail d) {
    Payback p = d.payback();
    return switch (p.kind()) {
      case YEARS ->
          years((long) p.years())
              + (p.extrapolated()
                  ? t(", ekstrapoleret efter ", ", extrapolated beyond ") + d.lastYear()
                  : "");
      case NONE ->
          t(
              "ingen, besparelserne indhenter ikke investeringen",
              "none, the savings never catch up with the investment");
      case NOT_APPLICABLE -> t("ikke relevant, ingen investering", "not applicable, no investment");
    };
  }

  /** The file name with the ID in place of its stem: XX01.yaml for id XX01 in xx-1.yaml. */
  private static String renamed(String id, String fileName) {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    for (String ext : List.of(".yaml", ".yml")) {
      if (lower.endsWith(ext)) {
        return id + fileName.substring(fileName.length() - ext.length());
      }
    }
    return id;
  }
}
