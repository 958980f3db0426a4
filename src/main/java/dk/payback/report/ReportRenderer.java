package dk.payback.report;

import dk.payback.view.Lang;

/** One report format: a pure function from the report's content to the file's bytes. */
public interface ReportRenderer {

  byte[] render(Report report, Lang lang);
}
