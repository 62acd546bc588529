package org.consulta.core.store.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.NoticeKind;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.Response;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.Theme;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.outcome.ThemeMembership;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.SortKey;

/** One tenant's outcome tracking data, part of {@link TenantData}; guarded by the tenant lock. */
final class OutcomeData {
  final Map<ThemeId, Theme> themes = new HashMap<>();
  final Map<ConsultationId, TreeMap<SortKey, ThemeId>> themeOrder = new HashMap<>();
  /** Per theme: member contributions by the contribution's sort key. */
  final Map<ThemeId, TreeMap<SortKey, ThemeMembership>> members = new HashMap<>();
  /** Per contribution: its memberships, oldest first. */
  final Map<ContributionId, List<ThemeMembership>> memberships = new HashMap<>();

  final Map<ResponseId, Response> responses = new HashMap<>();
  final Map<ContributionId, ResponseId> responseByContribution = new HashMap<>();
  final Map<ThemeId, ResponseId> responseByTheme = new HashMap<>();
  final Map<ConsultationId, TreeMap<SortKey, ResponseId>> responseOrder = new HashMap<>();

  final Map<DecisionId, Decision> decisions = new HashMap<>();
  final Map<ConsultationId, TreeMap<SortKey, DecisionId>> decisionOrder = new HashMap<>();

  final Map<ResultId, Result> results = new HashMap<>();
  final Map<ConsultationId, TreeMap<SortKey, ResultId>> resultOrder = new HashMap<>();

  /** Waiting notices by recipient (unsigned UUID order), queue time, contribution, kind, subject. */
  final TreeMap<NoticeKey, PendingNotice> notices = new TreeMap<>();

  /** Orders waiting notices as {@code OutcomeRepository#lockPendingNotices} returns them. */
  record NoticeKey(ParticipantId recipient, Instant at, ContributionId contribution, NoticeKind kind, String subject)
      implements Comparable<NoticeKey> {
    private static final Comparator<NoticeKey> ORDER = Comparator.<NoticeKey, java.util.UUID>comparing(k -> k.recipient.value(), SortKey.uuidOrder())
        .thenComparing(NoticeKey::at)
        .thenComparing(k -> k.contribution.value(), SortKey.uuidOrder())
        .thenComparing(k -> k.kind.name())
        .thenComparing(NoticeKey::subject);

    static NoticeKey of(PendingNotice n) {
      return new NoticeKey(n.recipient(), n.queuedAt(), n.contribution(), n.kind(), n.subject());
    }

    @Override
    public int compareTo(NoticeKey o) {
      return ORDER.compare(this, o);
    }
  }

  static <K, V> List<V> page(TreeMap<SortKey, K> order, java.util.Optional<SortKey> after, int limit, Map<K, V> values) {
    List<V> out = new ArrayList<>();
    if (order == null) {
      return out;
    }
    for (K id : (after.isPresent() ? order.tailMap(after.get(), false) : order).values()) {
      if (out.size() == limit) {
        break;
      }
      out.add(values.get(id));
    }
    return out;
  }
}
