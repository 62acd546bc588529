package org.consulta.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.consulta.core.access.AccessTarget;
import org.consulta.core.access.Operation;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.Phase;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.expectation.CommitmentStatus;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.DeadlineTally;
import org.consulta.core.expectation.Evaluation;
import org.consulta.core.expectation.TrackRecord;
import org.consulta.core.expectation.TrackRecordEntry;
import org.consulta.core.expectation.TrackRecordVisibility;
import org.consulta.core.outcome.Decision;
import org.consulta.core.value.Page;
import org.consulta.core.value.PageRequest;
import org.consulta.core.value.SortKey;

/** The tenant's track record over its past consultations, for {@link Expectations}. */
final class TrackRecords {
  /** The most past consultations a track record covers (the newest). */
  static final int MAX_CONSULTATIONS = 1_000;
  private static final List<Phase> PAST = List.of(Phase.CLOSED, Phase.ANALYSIS, Phase.OUTCOME_PUBLISHED, Phase.ARCHIVED);

  private TrackRecords() {}

  static TrackRecord of(Tx tx) {
    if (tx.uow.expectations().trackRecordVisibility() == TrackRecordVisibility.INTERNAL && !tx.actor.isStaff()) {
      throw new AccessDeniedException("the track record of tenant " + tx.uow.tenant() + " is internal");
    }
    List<Consultation> past = past(tx);
    List<TrackRecordEntry> entries = new ArrayList<>();
    long onTime = 0;
    long judged = 0;
    long decisions = 0;
    long withInput = 0;
    long met = 0;
    long breached = 0;
    for (Consultation c : past) {
      long cOnTime = 0;
      long cJudged = 0;
      long cMet = 0;
      long cBreached = 0;
      for (Evaluation e : Expectations.evaluateAll(tx, c, false)) {
        cMet += e.status() == CommitmentStatus.MET ? 1 : 0;
        cBreached += e.status() == CommitmentStatus.BREACHED ? 1 : 0;
        if (e.terms() instanceof CommitmentTerms.RespondWithin && e.evidence() instanceof DeadlineTally t) {
          cOnTime += t.onTime();
          cJudged += t.onTime() + t.late() + t.overdue();
        }
      }
      long[] d = decisions(tx, c.id());
      entries.add(new TrackRecordEntry(c.id(), c.title(), c.phase(), answers(tx.uow.outcomes().responseTimes(c.id())),
          cJudged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) cOnTime / cJudged), d[0], d[1], cMet, cBreached));
      onTime += cOnTime;
      judged += cJudged;
      decisions += d[0];
      withInput += d[1];
      met += cMet;
      breached += cBreached;
    }
    return new TrackRecord(tx.now, entries, answers(tx.uow.outcomes().responseTimes(past.stream().map(Consultation::id).toList())),
        judged == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / judged), decisions, withInput, met, breached);
  }

  /** @return the newest past consultations, newest first */
  private static List<Consultation> past(Tx tx) {
    List<Consultation> all = new ArrayList<>();
    for (Phase phase : PAST) {
      PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
      while (true) {
        Page<Consultation> p = tx.uow.consultations().list(Optional.of(phase), page);
        all.addAll(p.items());
        if (p.next().isEmpty()) {
          break;
        }
        page = PageRequest.after(p.next().get(), PageRequest.MAX_LIMIT);
      }
    }
    all.sort(Comparator.comparing((Consultation c) -> new SortKey(c.createdAt(), c.id().value())).reversed());
    return all.size() > MAX_CONSULTATIONS ? all.subList(0, MAX_CONSULTATIONS) : all;
  }

  /** @return decisions and decisions with input */
  private static long[] decisions(Tx tx, ConsultationId consultation) {
    long[] out = new long[2];
    Optional<SortKey> after = Optional.empty();
    while (true) {
      List<Decision> page = tx.uow.outcomes().decisions(consultation, after, 500);
      for (Decision d : page) {
        out[0]++;
        out[1] += d.hasInput() ? 1 : 0;
      }
      if (page.size() < 500) {
        return out;
      }
      after = Optional.of(page.get(page.size() - 1).sortKey());
    }
  }

  private static org.consulta.core.expectation.AnswerTimes answers(org.consulta.core.outcome.ResponseTimes t) {
    return new org.consulta.core.expectation.AnswerTimes(t.counted(), t.answered(), t.median(), t.p90());
  }

  static TrackRecordVisibility setVisibility(Tx tx, TrackRecordVisibility visibility) {
    tx.require(Operation.CONFIGURE_EXPECTATIONS, AccessTarget.tenantWide());
    tx.uow.expectations().saveTrackRecordVisibility(visibility);
    tx.record(new org.consulta.core.event.ConsultaEvent.TrackRecordVisibilitySet(visibility));
    return visibility;
  }

}
