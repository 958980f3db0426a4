package dk.payback.cli;

import dk.payback.calc.Analysis;
import dk.payback.calc.FollowUp;
import dk.payback.calc.Track;
import dk.payback.format.OutputFormat;
import dk.payback.load.LoadResult;
import dk.payback.view.Document;
import dk.payback.view.Documents;
import dk.payback.view.TrackWords;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "track",
    mixinStandardHelpOptions = true,
    description = {
      "Follow up: set what each proposal has realised against its plan.",
      "Per year up to the case's realised as_of: planned and realised savings and",
      "costs, the share of the planned savings realised, the shortfall, the cost",
      "overrun, and a forecast of payback and present value on the realised",
      "figures, then the plan.",
      "Proposals without realised figures are listed as not yet followed up."
    },
    footer = {
      "",
      "Examples:  payback track cases",
      "           payback track --fail-below 90 cases      (exit 1 below 90 %%, for CI)",
      "           payback track --as-of 2019 --format html -o opfølgning.html"
    })
final class TrackCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin CasesOption cases;

  @Option(
      names = "--format",
      paramLabel = "text|md|csv|json|html|xlsx",
      converter = FormatConverter.Tables.class,
      completionCandidates = FormatConverter.Tables.class,
      description = "Output format. Default: from the extension of the -o file, else text.")
  OutputFormat format;

  @Mixin DocumentOutput out;

  @Option(
      names = "--as-of",
      paramLabel = "YEAR",
      description = "Look back: compare only the years up to YEAR.")
  Integer asOf;

  @Option(
      names = "--fail-below",
      paramLabel = "PCT",
      description =
          "Exit 1 when a proposal followed up has realised less than PCT %% of its planned savings"
              + " so far, such as 90 or 87,5.")
  String failBelow;

  @Mixin DiscountOptions discount;

  @Mixin LayoutOptions layout;

  @Override
  public Integer call() {
    OutputFile.refuseFolder(spec, "track." + (format == null ? OutputFormat.MD : format).key());
    OutputFormat chosen = out.choose(spec, format, Optional.of(OutputFormat.TEXT), "");
    if (asOf != null && (asOf < 1900 || asOf > 2200)) {
      throw usage("--as-of " + asOf + " is not a year: give one between 1900 and 2200");
    }
    BigDecimal limit = failBelow == null ? null : percent(failBelow);
    OutputFile.refuseCaseFileName(out.output);
    LoadResult loaded = Inputs.load(cases.paths(), spec);
    OutputFile.refuseInput(out.output, loaded);
    Analysis analysis = Analysis.of(loaded.cases());
    Document document =
        Documents.track(analysis, asOf, discount.discounting(), layout.language.lang);
    out.print(spec, chosen, layout.formatOptions(out.output).width(), document);
    return limit == null
        ? ExitCode.OK
        : gate(analysis.followUp(asOf, discount.discounting()), limit);
  }

  /** Each proposal below the limit, one line each on standard error, and the exit code. */
  private int gate(FollowUp followUp, BigDecimal limit) {
    TrackWords w = TrackWords.of(layout.language.lang);
    int code = ExitCode.OK;
    for (Track t : followUp.tracks()) {
      if (t.total().below(limit)) {
        spec.commandLine()
            .getErr()
            .println(w.below(t.proposal().id(), w.percent(t.total().share()), w.percent(limit)));
        code = ExitCode.FINDINGS;
      }
    }
    return code;
  }

  private BigDecimal percent(String text) {
    String s = text.strip();
    s = s.endsWith("%") ? s.substring(0, s.length() - 1).strip() : s;
    try {
      BigDecimal p = new BigDecimal(s.replace(',', '.'));
      if (p.signum() >= 0 && p.compareTo(BigDecimal.valueOf(1000)) <= 0) {
        return p;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw usage("--fail-below '" + text + "' is not a percentage: write it like 90 or 87,5");
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
