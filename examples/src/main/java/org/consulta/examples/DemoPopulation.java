package org.consulta.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.consulta.core.Consulta;
import org.consulta.core.access.Actor;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.ParticipantId;

/**
 * Registers the demo's participants with self-declared demographics drawn from the schema (some
 * prefer not to say, some skip a question) and keeps the aggregate counts for the summary.
 * Single-thread.
 */
final class DemoPopulation {
  /** The tally key for a question the participant skipped. */
  static final String NOT_ANSWERED = "not_answered";

  /** Skewed towards working-age adults, like most consultations' turnout. */
  private static final double[] AGE_WEIGHTS = {0.03, 0.04, 0.18, 0.30, 0.29, 0.16};
  private static final double[] DISTRICT_WEIGHTS = {0.35, 0.20, 0.15, 0.15, 0.15};

  private final List<ParticipantId> ids = new ArrayList<>();
  private final Map<String, Map<String, Long>> declared = new LinkedHashMap<>();

  private DemoPopulation() {
    declared.put(DemoConsultation.AGE_BAND, emptyTally(DemoConsultation.AGE_BANDS));
    declared.put(DemoConsultation.DISTRICT, emptyTally(DemoConsultation.DISTRICTS));
  }

  /**
   * Registers {@code count} participants, spread evenly over {@code window} of virtual time (so any
   * count fits before the consultation closes).
   */
  static DemoPopulation register(
      Consulta consulta, Actor registrar, VirtualClock clock, Random random, int count, Duration window) {
    DemoPopulation population = new DemoPopulation();
    Instant from = clock.instant();
    for (int i = 0; i < count; i++) {
      clock.advanceTo(from.plus(window.multipliedBy(i + 1).dividedBy(count + 1)).truncatedTo(ChronoUnit.SECONDS));
      population.registerOne(consulta, registrar, random);
    }
    return population;
  }

  private void registerOne(Consulta consulta, Actor registrar, Random random) {
    NewParticipantBuilder registration = new NewParticipantBuilder().addConsents(ConsentKind.PROCESSING);
    if (random.nextDouble() < 0.4) {
      registration.addConsents(ConsentKind.OUTCOME_CONTACT);
    }
    answer(registration, random, DemoConsultation.AGE_BAND, DemoConsultation.AGE_BANDS, AGE_WEIGHTS);
    answer(registration, random, DemoConsultation.DISTRICT, DemoConsultation.DISTRICTS, DISTRICT_WEIGHTS);
    ids.add(consulta.participants().register(registrar, registration.build()).id());
  }

  private void answer(NewParticipantBuilder registration, Random random, String dimension, List<String> options, double[] weights) {
    double r = random.nextDouble();
    String value;
    if (r < 0.05) {
      value = NOT_ANSWERED;
    } else if (r < 0.15) {
      value = Demographics.PREFER_NOT_TO_SAY;
      registration.putDemographics(dimension, value);
    } else {
      value = options.get(weighted(random, weights));
      registration.putDemographics(dimension, value);
    }
    declared.get(dimension).merge(value, 1L, Long::sum);
  }

  private static int weighted(Random random, double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length - 1; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static Map<String, Long> emptyTally(List<String> options) {
    Map<String, Long> tally = new LinkedHashMap<>();
    options.forEach(o -> tally.put(o, 0L));
    tally.put(Demographics.PREFER_NOT_TO_SAY, 0L);
    tally.put(NOT_ANSWERED, 0L);
    return tally;
  }

  /** @return the registered participants, in registration order */
  List<ParticipantId> ids() {
    return ids;
  }

  /** @return per dimension, in schema order: option (plus prefer-not-to-say and not answered) to count */
  Map<String, Map<String, Long>> declared() {
    return declared;
  }
}
