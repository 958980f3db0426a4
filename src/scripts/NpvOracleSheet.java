// Writes a LibreOffice Calc spreadsheet (flat ODF, .fods) that computes, with Calc's own NPV
// function,
// the net present value of every case's yearly net impact, for src/scripts/npv-oracle.sh.
//
// Run with the tool's jar on the class path (single-file source launch):
//   java -cp target/payback.jar src/scripts/NpvOracleSheet.java cases out.fods
//
// The yearly amounts come from the tool (the template's arithmetic, which `check` reconciles with
// the
// source); the discounting is Calc's. Calc's NPV discounts its first value by one period, so year 0
// stays outside it: =H2+NPV(rate; I2:...).
import dk.payback.calc.Appraisal;
import dk.payback.calc.CashFlows;
import dk.payback.calc.DiscountRate;
import dk.payback.calc.Discounting;
import dk.payback.calc.Scenario;
import dk.payback.calc.Sensitivity;
import dk.payback.load.CaseLoader;
import dk.payback.load.LoadResult;
import dk.payback.model.Amounts;
import dk.payback.model.Proposal;
import dk.payback.model.ProposalType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class NpvOracleSheet {

  /** One row of the sheet: what is discounted, how, and the amounts from year 0 on. */
  record Row(
      String id,
      String rate,
      int horizon,
      Scenario scenario,
      int baseYear,
      int endYear,
      List<Long> flows) {}

  public static void main(String[] args) throws IOException {
    LoadResult loaded = CaseLoader.load(List.of(Path.of(args[0])));
    if (!loaded.ok()) {
      loaded.errors().forEach(d -> System.err.println(d.format()));
      System.exit(2);
    }
    List<Proposal> proposals =
        loaded.cases().proposals().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    List<Row> rows = new ArrayList<>();
    for (DiscountRate rate : List.of(DiscountRate.MINISTRY_2021, DiscountRate.MINISTRY_2013)) {
      for (int horizon : List.of(Discounting.DEFAULT_HORIZON, 0)) {
        Discounting d = new Discounting(rate, horizon);
        List<Scenario> scenarios =
            rate.equals(DiscountRate.MINISTRY_2021) && horizon == Discounting.DEFAULT_HORIZON
                ? Sensitivity.STANDARD
                : List.of(Scenario.BASE);
        for (Scenario s : scenarios) {
          Map<ProposalType, Map<Integer, Long>> totals = new TreeMap<>();
          for (Proposal p : proposals) {
            Appraisal a = Appraisal.of(p, s, d);
            int end = a.netPresentValue().endYear();
            Amounts flows = CashFlows.of(a.figures(), end);
            rows.add(
                new Row(
                    p.id(),
                    rate.percent().toPlainString(),
                    horizon,
                    s,
                    p.firstYear(),
                    end,
                    List.copyOf(flows.byYear().subMap(p.firstYear(), end + 1).values())));
            flows
                .byYear()
                .forEach(
                    (y, v) -> {
                      if (y <= end)
                        totals
                            .computeIfAbsent(p.type(), t -> new TreeMap<>())
                            .merge(y, v, Math::addExact);
                    });
          }
          totals.forEach(
              (type, byYear) ->
                  rows.add(
                      new Row(
                          "TOTAL-" + type.key(),
                          rate.percent().toPlainString(),
                          horizon,
                          s,
                          ((TreeMap<Integer, Long>) byYear).firstKey(),
                          ((TreeMap<Integer, Long>) byYear).lastKey(),
                          List.copyOf(byYear.values()))));
        }
      }
    }
    Files.writeString(Path.of(args[1]), fods(rows), StandardCharsets.UTF_8);
  }

  static final String[] HEAD = {
    "id",
    "rate_pct",
    "horizon",
    "savings_factor",
    "cost_factor",
    "delay",
    "base_year",
    "end_year",
    "calc_npv",
    "calc_npv_rounded",
    "flows"
  };
  static final int FIRST_FLOW = HEAD.length - 1;

  static String fods(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
          xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
          xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
          xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
          office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
         <office:automatic-styles>
          <number:number-style style:name="N9"><number:number number:decimal-places="9" number:min-integer-digits="1"/></number:number-style>
          <style:style style:name="ce9" style:family="table-cell" style:data-style-name="N9"/>
         </office:automatic-styles>
         <office:body><office:spreadsheet><table:table table:name="npv">
        """);
    sb.append("<table:table-row>");
    for (String h : HEAD) {
      sb.append(text(h));
    }
    sb.append("</table:table-row>\n");
    int r = 2;
    for (Row row : rows) {
      sb.append("<table:table-row>");
      sb.append(text(row.id()));
      sb.append(number(row.rate()));
      sb.append(number(String.valueOf(row.horizon())));
      sb.append(number(row.scenario().savingsFactor().toPlainString()));
      sb.append(number(row.scenario().costFactor().toPlainString()));
      sb.append(number(String.valueOf(row.scenario().delay())));
      sb.append(number(String.valueOf(row.baseYear())));
      sb.append(number(String.valueOf(row.endYear())));
      String first = column(FIRST_FLOW) + r;
      String rest =
          column(FIRST_FLOW + 1) + r + ":." + column(FIRST_FLOW + row.flows().size() - 1) + r;
      sb.append(
          "<table:table-cell table:style-name=\"ce9\" table:formula=\"of:=[."
              + first
              + "]+NPV([.B"
              + r
              + "]/100;[."
              + rest
              + "])\"/>");
      sb.append("<table:table-cell table:formula=\"of:=ROUND([.I" + r + "];0)\"/>");
      for (long v : row.flows()) {
        sb.append(number(String.valueOf(v)));
      }
      sb.append("</table:table-row>\n");
      r++;
    }
    sb.append("</table:table></office:spreadsheet></office:body></office:document>\n");
    return sb.toString();
  }

  static String text(String s) {
    return "<table:table-cell office:value-type=\"string\"><text:p>"
        + s
        + "</text:p></table:table-cell>";
  }

  static String number(String v) {
    return "<table:table-cell office:value-type=\"float\" office:value=\"" + v + "\"/>";
  }

  /** 0 -> A, 25 -> Z, 26 -> AA. */
  static String column(int index) {
    String s = "";
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      s = (char) ('A' + (i - 1) % 26) + s;
    }
    return s;
  }
}
