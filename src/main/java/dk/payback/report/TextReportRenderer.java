package dk.payback.report;

import dk.payback.view.Lang;
import java.nio.charset.StandardCharsets;

/** A format that is text, and so may also go to standard output; its bytes are the text in UTF-8. */
public interface TextReportRenderer extends ReportRenderer {

  String text(Report report, Lang lang);

  @Override
  default byte[] render(Report report, Lang lang) {
    return text(report, lang).getBytes(StandardCharsets.UTF_8);
  }
}
