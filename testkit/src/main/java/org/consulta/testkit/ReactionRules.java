package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.Reaction;
import org.consulta.core.contribution.Support;
import org.consulta.core.participant.Participant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules of {@link org.consulta.core.contribution.ReactionRepository}. */
abstract class ReactionRules extends KitRules {
  ReactionRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  @Test
  @DisplayName("find returns the saved reaction of that participant on that contribution, and nothing for others")
  void saveThenFind() {
    Consultation c = insertedConsultation(a);
    Contribution first = inserted(samples.contribution(c).build());
    Contribution second = inserted(samples.contribution(c).build());
    Participant ana = insertedParticipant(a);
    Participant bo = insertedParticipant(a);
    Reaction support = samples.reaction(first.id(), ana.id(), Support.SUPPORT);
    Reaction stance = samples.stance(second.id(), ana.id(), -250);
    useA(uow -> {
      uow.reactions().save(c.id(), support);
      uow.reactions().save(c.id(), stance);
    });
    useA(uow -> assertThat(uow.reactions().find(first.id(), ana.id())).contains(support));
    useA(uow -> assertThat(uow.reactions().find(second.id(), ana.id())).contains(stance));
    useA(uow -> assertThat(uow.reactions().find(first.id(), bo.id())).isEmpty());
  }

  @Test
  @DisplayName("save replaces the participant's earlier reaction on the same contribution")
  void saveReplaces() {
    Consultation c = insertedConsultation(a);
    Contribution idea = inserted(samples.contribution(c).build());
    Participant ana = insertedParticipant(a);
    Participant bo = insertedParticipant(a);
    Reaction boSupports = samples.reaction(idea.id(), bo.id(), Support.SUPPORT);
    Reaction anaOpposes = samples.reaction(idea.id(), ana.id(), Support.OPPOSE);
    useA(uow -> {
      uow.reactions().save(c.id(), samples.reaction(idea.id(), ana.id(), Support.SUPPORT));
      uow.reactions().save(c.id(), boSupports);
    });
    useA(uow -> uow.reactions().save(c.id(), anaOpposes));
    useA(uow -> assertThat(uow.reactions().find(idea.id(), ana.id())).contains(anaOpposes));
    useA(uow -> assertThat(uow.reactions().find(idea.id(), bo.id())).contains(boSupports));
  }

  @Test
  @DisplayName("reactions lists a consultation's reactions by contribution then participant (unsigned ids), in pages; not other consultations', not deleted ones")
  void reactionsInKeyOrder() {
    Consultation c = insertedConsultation(a);
    Consultation other = insertedConsultation(a);
    List<Contribution> ideas = List.of(inserted(samples.contribution(c).build()), inserted(samples.contribution(c).build()));
    Contribution elsewhere = inserted(samples.contribution(other).build());
    List<Participant> people = List.of(insertedParticipant(a), insertedParticipant(a), insertedParticipant(a));
    List<Reaction> saved = new java.util.ArrayList<>();
    useA(uow -> {
      for (Contribution idea : ideas) {
        for (Participant p : people) {
          Reaction r = samples.reaction(idea.id(), p.id(), Support.SUPPORT);
          uow.reactions().save(c.id(), r);
          saved.add(r);
        }
      }
      uow.reactions().save(other.id(), samples.reaction(elsewhere.id(), people.get(0).id(), Support.OPPOSE));
      uow.reactions().delete(c.id(), ideas.get(1).id(), people.get(2).id());
    });
    saved.removeIf(r -> r.contribution().equals(ideas.get(1).id()) && r.participant().equals(people.get(2).id()));
    java.util.Comparator<java.util.UUID> unsigned = org.consulta.core.value.SortKey.uuidOrder();
    saved.sort(java.util.Comparator.comparing((Reaction r) -> r.contribution().value(), unsigned).thenComparing(r -> r.participant().value(), unsigned));
    List<Reaction> first = inA(uow -> uow.reactions().reactions(c.id(), java.util.Optional.empty(), 3));
    List<Reaction> rest = inA(uow -> uow.reactions().reactions(c.id(), java.util.Optional.of(first.get(2)), 10));
    assertThat(first).containsExactlyElementsOf(saved.subList(0, 3));
    assertThat(rest).containsExactlyElementsOf(saved.subList(3, 5));
    List<Reaction> seenByB = inB(uow -> uow.reactions().reactions(c.id(), java.util.Optional.empty(), 10));
    assertThat(seenByB).isEmpty();
  }

  @Test
  @DisplayName("delete removes the reaction: true when there was one, then false")
  void deleteTrueThenFalse() {
    Consultation c = insertedConsultation(a);
    Contribution idea = inserted(samples.contribution(c).build());
    Participant ana = insertedParticipant(a);
    Participant bo = insertedParticipant(a);
    Reaction boSupports = samples.reaction(idea.id(), bo.id(), Support.SUPPORT);
    useA(uow -> {
      uow.reactions().save(c.id(), samples.reaction(idea.id(), ana.id(), Support.SUPPORT));
      uow.reactions().save(c.id(), boSupports);
    });
    useA(uow -> assertThat(uow.reactions().delete(c.id(), idea.id(), ana.id())).isTrue());
    useA(uow -> assertThat(uow.reactions().find(idea.id(), ana.id())).isEmpty());
    useA(uow -> assertThat(uow.reactions().delete(c.id(), idea.id(), ana.id())).isFalse());
    useA(uow -> assertThat(uow.reactions().find(idea.id(), bo.id())).contains(boSupports));
  }

  @Test
  @DisplayName("supportsGiven counts only the participant's SUPPORT reactions in that consultation")
  void supportsGivenCountsSupportsPerConsultation() {
    Consultation c = insertedConsultation(a);
    Consultation other = insertedConsultation(a);
    List<Contribution> ideas = List.of(
        inserted(samples.contribution(c).build()), inserted(samples.contribution(c).build()),
        inserted(samples.contribution(c).build()), inserted(samples.contribution(c).build()));
    Contribution elsewhere = inserted(samples.contribution(other).build());
    Participant ana = insertedParticipant(a);
    Participant bo = insertedParticipant(a);
    useA(uow -> {
      uow.reactions().save(c.id(), samples.reaction(ideas.get(0).id(), ana.id(), Support.SUPPORT));
      uow.reactions().save(c.id(), samples.reaction(ideas.get(1).id(), ana.id(), Support.SUPPORT));
      uow.reactions().save(c.id(), samples.reaction(ideas.get(2).id(), ana.id(), Support.OPPOSE));
      uow.reactions().save(c.id(), samples.stance(ideas.get(3).id(), ana.id(), 1000));
      uow.reactions().save(other.id(), samples.reaction(elsewhere.id(), ana.id(), Support.SUPPORT));
      uow.reactions().save(c.id(), samples.reaction(ideas.get(0).id(), bo.id(), Support.SUPPORT));
    });
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isEqualTo(2));
    useA(uow -> assertThat(uow.reactions().supportsGiven(other.id(), ana.id())).isEqualTo(1));
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), bo.id())).isEqualTo(1));
    useA(uow -> assertThat(uow.reactions().supportsGiven(other.id(), bo.id())).isZero());
  }

  @Test
  @DisplayName("supportsGiven follows replacements and deletions")
  void supportsGivenFollowsReplaceAndDelete() {
    Consultation c = insertedConsultation(a);
    Contribution first = inserted(samples.contribution(c).build());
    Contribution second = inserted(samples.contribution(c).build());
    Contribution third = inserted(samples.contribution(c).build());
    Participant ana = insertedParticipant(a);
    useA(uow -> {
      uow.reactions().save(c.id(), samples.reaction(first.id(), ana.id(), Support.SUPPORT));
      uow.reactions().save(c.id(), samples.reaction(second.id(), ana.id(), Support.SUPPORT));
      uow.reactions().save(c.id(), samples.reaction(third.id(), ana.id(), Support.OPPOSE));
    });
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isEqualTo(2));
    useA(uow -> uow.reactions().save(c.id(), samples.reaction(first.id(), ana.id(), Support.SUPPORT)));
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isEqualTo(2));
    useA(uow -> uow.reactions().save(c.id(), samples.reaction(first.id(), ana.id(), Support.OPPOSE)));
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isEqualTo(1));
    useA(uow -> uow.reactions().save(c.id(), samples.stance(second.id(), ana.id(), 500)));
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isZero());
    useA(uow -> uow.reactions().save(c.id(), samples.reaction(third.id(), ana.id(), Support.SUPPORT)));
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isEqualTo(1));
    useA(uow -> assertThat(uow.reactions().delete(c.id(), third.id(), ana.id())).isTrue());
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isZero());
    useA(uow -> assertThat(uow.reactions().delete(c.id(), first.id(), ana.id())).isTrue());
    useA(uow -> assertThat(uow.reactions().supportsGiven(c.id(), ana.id())).isZero());
  }
}
