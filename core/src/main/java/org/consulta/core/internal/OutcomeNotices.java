package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Operation;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violation;
import org.consulta.core.event.OutcomeEvent;
import org.consulta.core.notification.OutcomeDigest;
import org.consulta.core.outcome.Decision;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.NoticeRun;
import org.consulta.core.outcome.OutcomeRepository;
import org.consulta.core.outcome.PendingNotice;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.Result;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;

/** Sending the queued outcome notices as one digest per consenting participant, for {@link Outcomes}. */
final class OutcomeNotices {
  private static final int MAX_RECIPIENTS = 10_000;

  private final Engine engine;

  OutcomeNotices(Engine engine) {
    this.engine = engine;
  }

  NoticeRun sendNotices(Actor actor, int maxRecipients) {
    return engine.query(actor, tx -> {
      tx.require(Operation.SEND_NOTICES, AccessTarget.tenantWide());
      if (maxRecipients < 1 || maxRecipients > MAX_RECIPIENTS) {
        throw new InvalidInputException(List.of(new Violation("maxRecipients", "1 to " + MAX_RECIPIENTS + ", not " + maxRecipients)));
      }
      OutcomeRepository repo = tx.uow.outcomes();
      List<PendingNotice> pending = repo.lockPendingNotices(maxRecipients);
      Map<ParticipantId, List<PendingNotice>> byRecipient = new LinkedHashMap<>();
      for (PendingNotice n : pending) {
        byRecipient.computeIfAbsent(n.recipient(), k -> new ArrayList<>()).add(n);
      }
      Map<ParticipantId, Participant> participants = tx.uow.participants().findAll(byRecipient.keySet());
      int digests = 0;
      int items = 0;
      int withoutConsent = 0;
      for (Map.Entry<ParticipantId, List<PendingNotice>> e : byRecipient.entrySet()) {
        Participant p = participants.get(e.getKey());
        boolean consented = p != null && p.consents().containsKey(ConsentKind.OUTCOME_CONTACT) && p.consents().get(ConsentKind.OUTCOME_CONTACT).granted();
        if (!consented) {
          withoutConsent++;
          continue;
        }
        List<OutcomeDigest.Item> digest = digestItems(repo, e.getValue());
        tx.notifications.add(new OutcomeDigest(tx.uow.tenant(), e.getKey(), digest, digest.get(digest.size() - 1).at()));
        tx.record(new OutcomeEvent.OutcomeDigestSent(e.getKey(), digest.get(0).consultation(),
            digest.stream().map(i -> new OutcomeEvent.OutcomeDigestSent.Item(i.kind(), i.consultation(), i.contribution(), i.subject())).toList()));
        digests++;
        items += digest.size();
      }
      repo.markNoticesDone(pending, tx.now);
      boolean more = byRecipient.size() == maxRecipients && !repo.lockPendingNotices(1).isEmpty();
      return new NoticeRun(digests, items, withoutConsent, more);
    });
  }

  /** One item per contribution and subject (the newest notice of each), oldest first. */
  private static List<OutcomeDigest.Item> digestItems(OutcomeRepository repo, List<PendingNotice> notices) {
    Map<List<Object>, PendingNotice> newest = new LinkedHashMap<>();
    for (PendingNotice n : notices) {
      newest.merge(List.of(n.contribution(), n.subject()), n, (a, b) -> b.queuedAt().isBefore(a.queuedAt()) ? a : b);
    }
    List<OutcomeDigest.Item> out = new ArrayList<>();
    newest.values().stream().sorted((a, b) -> a.queuedAt().compareTo(b.queuedAt())).forEach(n -> {
      Optional<LocalizedText> title = Optional.empty();
      Optional<String> status = Optional.empty();
      switch (n.kind()) {
        case RESPONDED, RESPONSE_REVISED -> status = repo.response(ResponseId.parse(n.subject())).map(r -> r.status().name());
        case DECISION_RECORDED, DECISION_CHANGED -> title = repo.decision(DecisionId.parse(n.subject())).map(Decision::title);
        case RESULT_CHANGED -> {
          Optional<Result> r = repo.result(ResultId.parse(n.subject()));
          title = r.map(Result::title);
          status = r.map(x -> x.status().name());
        }
        default -> throw new IllegalStateException("unknown notice kind " + n.kind());
      }
      out.add(new OutcomeDigest.Item(n.kind(), n.consultation(), n.contribution(), n.subject(), title, status, n.queuedAt()));
    });
    return out;
  }
}
