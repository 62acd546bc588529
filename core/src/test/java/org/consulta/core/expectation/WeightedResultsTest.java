package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.FieldType;
import org.consulta.core.consultation.FormField;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ReactionChange;
import org.consulta.core.contribution.Support;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

class WeightedResultsTest {
  private final Fixtures f = new Fixtures();
  private final ExpectationService expectations = f.consulta.expectations();

  private Consultation withSurvey() {
    FormField mode = new FormField("mode", FieldType.SINGLE_CHOICE, LocalizedText.of("en", "How do you travel?"), false, OptionalInt.empty(),
        OptionalInt.empty(), Optional.empty(), Optional.empty(), List.of("bike", "car"), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(),
        Optional.empty());
    return f.open(f.consulta.consultations().create(f.manager, f.consultationDraft()
        .putForms(ContributionKind.IDEA, new ContributionForm(List.of(mode))).build()));
  }

  private void census() {
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("north", 0.5);
    shares.put("south", 0.5);
    shares.put("east", 0.0001);
    // east is almost nobody: the shares still sum to 1 within the published-table tolerance
    expectations.defineReference(f.admin, ReferencePopulation.of("district", shares).withSource("Census"));
  }

  @Test
  void reactionsAndSingleChoiceAnswersAreReportedRawAndWeighted() {
    census();
    Consultation c = withSurvey();
    Contribution proposal = f.submitIdea(c, f.register("east", "30_64"), "Car-free Sundays");
    for (int i = 0; i < 4; i++) {
      Participant north = f.register("north", "30_64");
      f.consulta.contributions().react(f.actor(north), ReactionChange.of(proposal.id(), Support.SUPPORT));
      f.consulta.contributions().submit(f.actor(north), f.idea(c, "I cycle").putAnswers("mode", new Answer.Choices(List.of("bike"))).build());
    }
    Participant south = f.register("south", "30_64");
    f.consulta.contributions().react(f.actor(south), ReactionChange.of(proposal.id(), Support.OPPOSE));
    f.consulta.contributions().submit(f.actor(south), f.idea(c, "I drive").putAnswers("mode", new Answer.Choices(List.of("car"))).build());

    WeightedResults results = expectations.weightedResults(f.visitor, c.id(), List.of("district"), WeightingOptions.defaults());

    assertThat(results.respondents()).isEqualTo(5);
    assertThat(results.excluded()).isZero();
    assertThat(results.source()).contains("Census");
    assertThat(results.emptyCells()).containsExactly("district=east");
    assertThat(results.questions()).hasSize(2);
    WeightedQuestion support = results.questions().get(0);
    assertThat(support.contribution()).contains(proposal.id());
    assertThat(support.answered()).isEqualTo(5);
    assertThat(support.shares()).extracting(WeightedShare::answer).containsExactly("support", "oppose");
    // raw 4 to 1; weighted to a 50/50 population: north 0.5/0.8 = 0.625 each, south 0.5/0.2 = 2.5
    assertThat(support.shares().get(0).rawShare()).isEqualTo(0.8);
    assertThat(support.shares().get(0).weightedShare().getAsDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(support.shares().get(0).marginOfError()).isPresent();
    WeightedQuestion mode = results.questions().get(1);
    assertThat(mode.field()).contains("mode");
    assertThat(mode.shares()).extracting(WeightedShare::answer).containsExactly("bike", "car");
    assertThat(mode.shares().get(1).weightedShare().getAsDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(results.effectiveSampleSize()).isLessThan(5);
  }

  @Test
  void weightingNeedsAReferencePopulationWithTheDimensions() {
    Consultation c = withSurvey();
    assertThatThrownBy(() -> expectations.weightedResults(f.visitor, c.id(), List.of("district"), WeightingOptions.defaults()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("dimensions"));
    census();
    assertThatThrownBy(() -> expectations.weightedResults(f.visitor, c.id(), List.of("age_band"), WeightingOptions.defaults()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.reason())
            .containsExactly("age_band has no reference shares"));
    assertThatThrownBy(() -> expectations.weightedResults(Actor.of(TenantId.of("porto"), "a", Role.ADMIN), c.id(), List.of("district"),
        WeightingOptions.defaults())).isInstanceOf(NotFoundException.class);
  }
}
