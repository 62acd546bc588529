package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.Fixtures;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.junit.jupiter.api.Test;

/** Representation commitments against the tenant's reference population, with missing and "prefer not to say" answers. */
class RepresentationTest {
  private final Fixtures f = new Fixtures();
  private final ExpectationService expectations = f.consulta.expectations();
  private final Consultation draft = f.consulta.consultations().create(f.manager, f.consultationDraft().build());

  private static Map<String, Double> shares(Object... pairs) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return out;
  }

  private void census() {
    expectations.defineReference(f.admin, ReferencePopulation.of("district", shares("north", 0.5, "south", 0.3, "east", 0.2))
        .withSource("Census 2021"));
  }

  private void contributeFrom(String district) {
    f.submitIdea(draft, f.register(district, "30_64"), "Idea from " + district);
  }

  private Evaluation only() {
    return expectations.evaluate(f.manager, draft.id()).get(0);
  }

  @Test
  void sharesAreJudgedOnceEnoughPeopleDeclaredAndStayWithinTheTolerance() {
    census();
    expectations.declare(f.manager, NewCommitment.of(draft.id(), new CommitmentTerms.Represent("district", 0.1, 4)));
    f.open(draft);
    assertThat(only().status()).isEqualTo(CommitmentStatus.PENDING);
    for (int i = 0; i < 3; i++) {
      contributeFrom("north");
    }
    Participant shy = f.consulta.participants().register(f.visitor, new NewParticipantBuilder()
        .putDemographics("district", Demographics.PREFER_NOT_TO_SAY).build());
    f.submitIdea(draft, shy, "No district said");
    Participant silent = f.consulta.participants().register(f.visitor, new NewParticipantBuilder().putDemographics("age_band", "65_plus").build());
    f.submitIdea(draft, silent, "No district given");
    Evaluation e = only();
    assertThat(e.status()).as("3 declared, 4 needed").isEqualTo(CommitmentStatus.PENDING);
    Evidence.Representation r = (Evidence.Representation) e.evidence();
    assertThat(r.participants()).isEqualTo(5);
    assertThat(r.declared()).isEqualTo(3);
    assertThat(r.preferNotToSay()).isEqualTo(1);

    contributeFrom("south");
    e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.AT_RISK);
    r = (Evidence.Representation) e.evidence();
    assertThat(r.outside()).extracting(GroupShare::value, GroupShare::balance)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("east", GroupShare.Balance.UNDER), org.assertj.core.groups.Tuple.tuple("north",
            GroupShare.Balance.OVER));
    assertThat(e.value()).isEqualTo(0.25);
    assertThat(e.target()).isEqualTo(0.1);

    contributeFrom("north");
    contributeFrom("south");
    contributeFrom("east");
    contributeFrom("east");
    // 4 north, 2 south, 2 east of 8 declared: 50 %, 25 %, 25 % against 50, 30, 20
    assertThat(only().status()).isEqualTo(CommitmentStatus.ON_TRACK);
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(draft.id(), Phase.CLOSED));
    assertThat(only().status()).isEqualTo(CommitmentStatus.MET);
  }

  @Test
  void groupsStillOutsideTheToleranceWhenInputClosesBreachIt() {
    census();
    expectations.declare(f.manager, NewCommitment.of(draft.id(), new CommitmentTerms.Represent("district", 0.05, 1)));
    f.open(draft);
    contributeFrom("north");
    contributeFrom("north");
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(draft.id(), Phase.CLOSED));
    Evaluation e = only();
    assertThat(e.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(((Evidence.Representation) e.evidence()).groups()).extracting(GroupShare::value).containsExactly("north", "south", "east");
  }

  @Test
  void aRepresentationCommitmentNeedsReferenceShares() {
    assertThatThrownBy(() -> expectations.declare(f.manager, NewCommitment.of(draft.id(), new CommitmentTerms.Represent("district", 0.05, 10))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.reason())
            .anySatisfy(reason -> assertThat(reason).contains("defineReference")));
  }

  @Test
  void aReferencePopulationNamesEveryBadDimensionValueAndShare() {
    ReferencePopulation bad = ReferencePopulation.of("district", shares("north", 0.5, "west", 0.3))
        .with("income", shares("high", 1.0));
    assertThatThrownBy(() -> expectations.defineReference(f.admin, bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field())
            .contains("reference.shares.district", "reference.shares.district.west", "reference.shares.income"));
    assertThat(expectations.reference(f.admin)).isEmpty();
    assertThatThrownBy(() -> expectations.defineReference(f.manager, ReferencePopulation.of("district", shares("north", 1.0))))
        .isInstanceOf(AccessDeniedException.class);
    census();
    assertThat(expectations.reference(f.visitor).flatMap(p -> p.source())).isEqualTo(Optional.of("Census 2021"));
  }
}
