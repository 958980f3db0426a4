package dk.payback.format;

import dk.payback.view.Document;

/** Not yet ported to the views. */
public final class GithubFormat implements Format.Text {

  public GithubFormat() {}

  @Override
  public String text(Document document) {
    throw new UnsupportedOperationException("GithubFormat: not yet ported");
  }
}
