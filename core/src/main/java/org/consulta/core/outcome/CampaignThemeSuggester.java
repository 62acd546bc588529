package org.consulta.core.outcome;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.moderation.Campaign;
import org.consulta.core.value.LocalizedText;

/**
 * Suggests one theme per moderation campaign (a cluster of identical or lightly edited texts, see
 * {@code moderation.screeners.CampaignScreener}) with at least {@code minimumSize} members,
 * largest first. The title is the start of the seed's public (redacted) text, which staff will usually rewrite.
 */
public final class CampaignThemeSuggester implements ThemeSuggester {
  /** How many characters of the seed's text make the proposed title. */
  static final int TITLE_CHARS = 80;

  private final long minimumSize;
  private final int limit;

  /**
   * @param minimumSize campaigns with fewer members are not suggested (at least 2)
   * @param limit the most suggestions, 1..1,000
   */
  public CampaignThemeSuggester(long minimumSize, int limit) {
    if (minimumSize < 2) {
      throw new IllegalArgumentException("a campaign has at least 2 members; minimumSize " + minimumSize);
    }
    if (limit < 1 || limit > 1_000) {
      throw new IllegalArgumentException("limit is 1..1000, not " + limit);
    }
    this.minimumSize = minimumSize;
    this.limit = limit;
  }

  /** @return campaigns of 5 or more, at most 50 suggestions */
  public static CampaignThemeSuggester standard() {
    return new CampaignThemeSuggester(5, 50);
  }

  @Override
  public String name() {
    return "campaigns";
  }

  @Override
  public List<ThemeSuggestion> suggest(SuggestionSource source) {
    requireNonNull(source, "source");
    List<Campaign> campaigns = new ArrayList<>(source.campaigns(minimumSize, 1_000));
    campaigns.sort((a, b) -> a.size() != b.size() ? Long.compare(b.size(), a.size()) : a.firstAt().compareTo(b.firstAt()));
    List<ThemeSuggestion> out = new ArrayList<>();
    for (Campaign campaign : campaigns.subList(0, Math.min(limit, campaigns.size()))) {
      List<Contribution> members = source.campaignMembers(campaign, ThemeSuggestion.SAMPLE);
      if (members.isEmpty()) {
        continue;
      }
      Contribution seed = members.get(0);
      // the public view: a title must not carry what a screener redacted
      String text = seed.publicView().body().map(String::strip).filter(b -> !b.isEmpty()).orElse("Campaign of " + campaign.size());
      String title = text.length() <= TITLE_CHARS ? text : text.substring(0, TITLE_CHARS).strip() + "…";
      out.add(new ThemeSuggestion(name(), LocalizedText.of(seed.language(), title),
          campaign.size() + " near-identical contributions from " + campaign.firstAt() + " to " + campaign.lastAt(),
          Optional.of(campaign.id()), campaign.size(), members.stream().map(Contribution::id).toList()));
    }
    return out;
  }
}
