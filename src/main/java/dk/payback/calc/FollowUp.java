package dk.payback.calc;

import dk.payback.calc.Track.TrackYear;
import dk.payback.model.Proposal;
import java.util.List;

/**
 * Proposals after the decision: those followed up, each against its plan, and those not yet.
 *
 * @param tracks the proposals with realised figures, in the overview's order
 * @param notFollowedUp the proposals without realised figures (or none by the year asked for)
 * @param total the followed-up proposals added up, each through its own {@code asOf}; its year is
 *     the latest of them, or 0 where none is followed up
 */
public record FollowUp(List<Track> tracks, List<Proposal> notFollowedUp, TrackYear total) {

  public FollowUp {
    tracks = List.copyOf(tracks);
    notFollowedUp = List.copyOf(notFollowedUp);
  }

  static FollowUp of(List<Track> tracks, List<Proposal> notFollowedUp) {
    TrackYear total = TrackYear.of(0, 0, 0, 0, 0);
    for (Track t : tracks) {
      total = total.plus(t.total());
    }
    return new FollowUp(tracks, notFollowedUp, total);
  }

  public boolean isEmpty() {
    return tracks.isEmpty();
  }
}
