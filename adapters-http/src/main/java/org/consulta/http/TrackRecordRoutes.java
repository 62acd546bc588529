package org.consulta.http;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.consulta.core.expectation.ExpectationService;
import org.consulta.core.expectation.TrackRecordVisibility;

/**
 * The tenant's track record over its past consultations ({@code GET /v1/track-record}: anyone of
 * the tenant while it is public, staff once it is internal) and who may read it ({@code PUT
 * /v1/track-record/visibility}, admins and the system). Core has no read of the visibility alone;
 * the PUT answers the visibility set.
 */
final class TrackRecordRoutes {
  private TrackRecordRoutes() {}

  /** The body of {@code PUT /v1/track-record/visibility}, and its answer. */
  record VisibilityBody(TrackRecordVisibility visibility) {
    VisibilityBody {
      requireNonNull(visibility, "visibility");
    }
  }

  static void register(Router router, ExpectationService expectations) {
    router.add("GET", "/v1/track-record", x -> x.json(200, expectations.trackRecord(x.actor)));
    router.add("PUT", "/v1/track-record/visibility", x -> {
      VisibilityBody body = Bodies.bind(x, x.body(), VisibilityBody.class, Map.of());
      x.json(200, new VisibilityBody(expectations.setTrackRecordVisibility(x.actor, body.visibility())));
    });
  }
}
