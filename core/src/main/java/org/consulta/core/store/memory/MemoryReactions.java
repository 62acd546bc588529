package org.consulta.core.store.memory;

import java.util.Optional;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.contribution.ReactionRepository;
import org.consulta.core.contribution.Support;
import org.consulta.core.participant.ParticipantId;

/** Reactions of one tenant and the supports each participant gave, inside a {@link MemoryUnitOfWork}. */
final class MemoryReactions implements ReactionRepository {
  private final MemoryUnitOfWork uow;
  private final TenantData data;

  MemoryReactions(MemoryUnitOfWork uow, TenantData data) {
    this.uow = uow;
    this.data = data;
  }

  @Override
  public Optional<Reaction> find(ContributionId contribution, ParticipantId participant) {
    uow.checkOpen();
    return Optional.ofNullable(data.reactions.get(new TenantData.ReactionKey(contribution, participant)));
  }

  @Override
  public void save(ConsultationId consultation, Reaction reaction) {
    uow.checkOpen();
    TenantData.ReactionKey key = new TenantData.ReactionKey(reaction.contribution(), reaction.participant());
    Reaction old = data.reactions.get(key);
    uow.put(data.reactions, key, reaction);
    uow.put(byConsultation(consultation), TenantData.ReactionOrder.of(reaction), reaction);
    adjustSupports(consultation, reaction.participant(), supportDelta(old, reaction));
  }

  @Override
  public boolean delete(ConsultationId consultation, ContributionId contribution, ParticipantId participant) {
    uow.checkOpen();
    Reaction old = uow.remove(data.reactions, new TenantData.ReactionKey(contribution, participant));
    if (old == null) {
      return false;
    }
    uow.remove(byConsultation(consultation), TenantData.ReactionOrder.of(old));
    adjustSupports(consultation, participant, supportDelta(old, null));
    return true;
  }

  private java.util.TreeMap<TenantData.ReactionOrder, Reaction> byConsultation(ConsultationId consultation) {
    java.util.TreeMap<TenantData.ReactionOrder, Reaction> index = data.reactionsByConsultation.get(consultation);
    if (index == null) {
      index = new java.util.TreeMap<>();
      uow.put(data.reactionsByConsultation, consultation, index);
    }
    return index;
  }

  @Override
  public java.util.List<Reaction> reactions(ConsultationId consultation, Optional<Reaction> after, int limit) {
    uow.checkOpen();
    java.util.TreeMap<TenantData.ReactionOrder, Reaction> index = data.reactionsByConsultation.get(consultation);
    java.util.List<Reaction> out = new java.util.ArrayList<>();
    if (index == null) {
      return out;
    }
    for (Reaction r : (after.isPresent() ? index.tailMap(TenantData.ReactionOrder.of(after.get()), false) : index).values()) {
      if (out.size() == limit) {
        break;
      }
      out.add(r);
    }
    return out;
  }

  @Override
  public long supportsGiven(ConsultationId consultation, ParticipantId participant) {
    uow.checkOpen();
    long[] count = data.supportsGiven.get(new TenantData.ReactionKey(consultation, participant));
    return count == null ? 0 : count[0];
  }

  private int supportDelta(Reaction old, Reaction now) {
    return (isSupport(now) ? 1 : 0) - (isSupport(old) ? 1 : 0);
  }

  private boolean isSupport(Reaction r) {
    return r != null && r.support().filter(Support.SUPPORT::equals).isPresent();
  }

  private void adjustSupports(ConsultationId consultation, ParticipantId participant, int delta) {
    if (delta == 0) {
      return;
    }
    long[] count = data.supportsGiven.computeIfAbsent(new TenantData.ReactionKey(consultation, participant), k -> new long[1]);
    count[0] += delta;
    uow.onRollback(() -> count[0] -= delta);
  }
}
