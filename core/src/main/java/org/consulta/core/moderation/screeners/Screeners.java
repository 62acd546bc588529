package org.consulta.core.moderation.screeners;

import java.time.Duration;
import java.util.List;
import org.consulta.core.moderation.Screener;

/**
 * The built-in screening pipeline, for {@code Consulta.builder().screeners(Screeners.standard())}.
 *
 * <pre>{@code
 * Consulta consulta = Consulta.builder()
 *     .screeners(Screeners.standard())
 *     .build();
 * }</pre>
 */
public final class Screeners {
  private Screeners() {}

  /**
   * @return in order: {@link PersonalDataScreener#defaults()} (masks e-mail addresses, phone
   *     numbers, IBANs and card numbers), {@link LinkSpamScreener#defaults()}, {@link
   *     FloodingScreener} (the 21st contribution of a participant within an hour is held), {@link
   *     CampaignScreener#standard()} (marks near-identical texts as a campaign). The blocklist is
   *     not in it: its lists are a city's own choice ({@link BlocklistScreener#defaults()} has small
   *     en/fr/de lists to start from).
   */
  public static List<Screener> standard() {
    return List.of(PersonalDataScreener.defaults(), LinkSpamScreener.defaults(), FloodingScreener.of(20, Duration.ofHours(1)),
        CampaignScreener.standard());
  }
}
