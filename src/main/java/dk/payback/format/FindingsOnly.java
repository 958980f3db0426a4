package dk.payback.format;

import dk.payback.view.BudgetView;
import dk.payback.view.DiffView;
import dk.payback.view.Document;
import dk.payback.view.FindingsView;
import dk.payback.view.OverviewView;
import dk.payback.view.ProposalView;
import dk.payback.view.SensitivityView;
import dk.payback.view.TrackView;
import dk.payback.view.View;
import java.util.function.Function;

/**
 * A format with a layout for the findings and for no other view: CI's annotations and test reports.
 */
final class FindingsOnly implements View.Visitor<String> {

  private final String format;
  private final Function<FindingsView, String> layout;

  private FindingsOnly(String format, Function<FindingsView, String> layout) {
    this.format = format;
    this.layout = layout;
  }

  /**
   * The document's findings laid out, one after another; any other view is {@link
   * Format.Unsupported}.
   */
  static String text(Document document, String format, Function<FindingsView, String> layout) {
    return String.join("", document.visit(new FindingsOnly(format, layout)));
  }

  @Override
  public String overview(OverviewView view) {
    throw new Format.Unsupported(format, "overview");
  }

  @Override
  public String budget(BudgetView view) {
    throw new Format.Unsupported(format, "budget");
  }

  @Override
  public String proposal(ProposalView view) {
    throw new Format.Unsupported(format, "proposal");
  }

  @Override
  public String sensitivity(SensitivityView view) {
    throw new Format.Unsupported(format, "sensitivity");
  }

  @Override
  public String diff(DiffView view) {
    throw new Format.Unsupported(format, "diff");
  }

  @Override
  public String track(TrackView view) {
    throw new Format.Unsupported(format, "track");
  }

  @Override
  public String findings(FindingsView view) {
    return layout.apply(view);
  }
}
