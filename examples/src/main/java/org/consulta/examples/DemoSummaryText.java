package org.consulta.examples;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.consulta.core.consultation.PhaseChange;

/** Renders a {@link DemoSummary} as plain text for a terminal. Stateless. */
final class DemoSummaryText {
  private DemoSummaryText() {}

  static String render(DemoSummary s) {
    StringBuilder out = new StringBuilder();
    consultation(out, s);
    participants(out, s.participants());
    contributions(out, s.contributions());
    reactions(out, s.reactions());
    topProposals(out, s);
    moderation(out, s.moderation());
    events(out, s.events());
    return out.toString();
  }

  private static void consultation(StringBuilder out, DemoSummary s) {
    DemoSummary.ConsultationInfo c = s.consultation();
    line(out, "Consulta demo (seed %d, tenant %s)", s.seed(), s.tenant());
    line(out, "");
    line(out, "Consultation   %s [%s]", c.title(), c.phase());
    line(out, "  id           %s", c.id());
    line(out, "  languages    %s", String.join(", ", c.titleLanguages()));
    line(out, "  influence    %s, decided by %s", c.influence(), c.decidedBy());
    line(out, "  channels     %s", c.channels().stream().map(Enum::name).collect(Collectors.joining(", ")));
    line(out, "  schedule     opens %s, closes %s", c.opensAt(), c.closesAt());
    line(out, "Phase history");
    line(out, "  %-22s created in DRAFT by the manager", c.createdAt());
    for (PhaseChange move : c.history()) {
      line(out, "  %-22s %-9s -> %-9s %s", move.at(), move.from(), move.to(),
          move.scheduled() ? "by the clock (scheduled=true)" : "by hand (scheduled=false)");
    }
  }

  private static void participants(StringBuilder out, DemoSummary.ParticipantStats p) {
    line(out, "Participants   %d registered", p.registered());
    p.demographics().forEach((dimension, tally) -> line(out, "  %-12s %s", dimension, joined(tally)));
  }

  private static void contributions(StringBuilder out, DemoSummary.ContributionStats c) {
    line(out, "Contributions  %d total", c.total());
    line(out, "  by kind      %s", joined(c.byKind()));
    line(out, "  by channel   %s", joined(c.byChannel()));
    line(out, "  by state     %s", joined(c.byState()));
  }

  private static void moderation(StringBuilder out, DemoSummary.ModerationStats m) {
    line(out, "Moderation     %s", joined(m.totals()));
    line(out, "  decisions    %d, median time to decision %s, p90 %s; overturn rate %.2f", m.decisions(),
        m.medianTimeToDecision().isEmpty() ? "-" : m.medianTimeToDecision(), m.p90TimeToDecision().isEmpty() ? "-" : m.p90TimeToDecision(),
        m.overturnRate());
  }

  private static void reactions(StringBuilder out, DemoSummary.ReactionStats r) {
    line(out, "Reactions      %d supports, %d opposes, %d stances", r.supports(), r.opposes(), r.stances());
    line(out, "  mean stance  %+.3f", r.meanStance());
    line(out, "  support limit %d per participant, %d supports refused at the limit", r.supportLimit(), r.supportLimitRefusals());
    line(out, "  qualified    %d proposals reached %d supports", r.qualifiedProposals(), r.qualificationThreshold());
  }

  private static void topProposals(StringBuilder out, DemoSummary s) {
    line(out, "Top proposals by supports");
    if (s.topProposals().isEmpty()) {
      line(out, "  (none)");
    }
    for (DemoSummary.TopProposal p : s.topProposals()) {
      line(out, "  %d. %3d supports %3d opposes %3d replies %-9s %s", p.rank(), p.supports(), p.opposes(), p.replies(),
          p.qualified() ? "QUALIFIED" : "", p.text());
    }
  }

  private static void events(StringBuilder out, DemoSummary.EventStats e) {
    line(out, "Event log      %d events", e.total());
    e.byType().forEach((type, count) -> line(out, "  %-28s %6d", type, count));
  }

  private static String joined(Map<?, Long> tally) {
    if (tally.isEmpty()) {
      return "(none)";
    }
    return tally.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
