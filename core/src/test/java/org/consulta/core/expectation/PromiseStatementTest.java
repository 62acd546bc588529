package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

class PromiseStatementTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 12);
  private static final CommitmentTerms TEN_WORKING_DAYS = CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(10));
  private static final CommitmentTerms DECIDE = CommitmentTerms.decideBy(DAY);
  private static final CommitmentTerms INFLUENCE = new CommitmentTerms.InfluenceStatement(
      LocalizedText.of("en", "the route of the bike lane.").with("fr", "le tracé de la piste cyclable").with("de", "die Route des Radwegs"),
      Optional.of(LocalizedText.of("en", "the budget").with("fr", "le budget").with("de", "das Budget")),
      LocalizedText.of("en", "the city council").with("fr", "le conseil municipal").with("de", "der Stadtrat"));

  private static Commitment commitment(CommitmentTerms terms) {
    return new Commitment(new CommitmentId(UUID.randomUUID()), TenantId.of("t"), new ConsultationId(UUID.randomUUID()), 1, terms, 0.75,
        CommitmentStatus.PENDING, Instant.EPOCH, Optional.empty(), Optional.empty(), "staff", Instant.EPOCH, Instant.EPOCH);
  }

  private static List<String> sentences(String language, CommitmentTerms... terms) {
    return PromiseStatement.of(List.of(terms).stream().map(PromiseStatementTest::commitment).toList(), language).sentences();
  }

  private static String sentence(String language, CommitmentTerms terms) {
    List<String> all = sentences(language, terms);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  // English, every kind of terms

  @Test
  void answeringEveryContributionCountsWorkingDays() {
    assertThat(sentence("en", TEN_WORKING_DAYS)).isEqualTo("We will answer every contribution within 10 working days.");
  }

  @Test
  void oneWorkingDayIsSingular() {
    assertThat(sentence("en", CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(1))))
        .isEqualTo("We will answer every contribution within 1 working day.");
  }

  @Test
  void calendarDaysAreJustDays() {
    assertThat(sentence("en", CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.calendarDays(20))))
        .isEqualTo("We will answer every contribution within 20 days.");
  }

  @Test
  void moderationIsPromisedInHours() {
    assertThat(sentence("en", CommitmentTerms.moderateWithin(TimeAllowance.hours(24))))
        .isEqualTo("We will review every contribution held for moderation within 24 hours.");
    assertThat(sentence("en", CommitmentTerms.moderateWithin(TimeAllowance.hours(1))))
        .isEqualTo("We will review every contribution held for moderation within 1 hour.");
  }

  @Test
  void kindsAreNamedInDeclarationOrderAndJoinedWithAnd() {
    assertThat(sentence("en", CommitmentTerms.respondWithin(ResponseScope.ofKinds(ContributionKind.REQUEST, ContributionKind.REPORT),
        TimeAllowance.calendarDays(20)))).isEqualTo("We will answer every report and request within 20 days.");
    assertThat(sentence("en", CommitmentTerms.respondWithin(
        ResponseScope.ofKinds(ContributionKind.REQUEST, ContributionKind.IDEA, ContributionKind.SURVEY_RESPONSE), TimeAllowance.workingDays(5))))
        .isEqualTo("We will answer every idea, request and survey response within 5 working days.");
  }

  @Test
  void supportedProposalsCountTheirSupportsWithGrouping() {
    assertThat(sentence("en", CommitmentTerms.respondWithin(ResponseScope.supportedProposals(1_000), TimeAllowance.hours(72))))
        .isEqualTo("We will answer every proposal with at least 1,000 supports within 72 hours.");
  }

  @Test
  void aDecisionDateWithoutAnInfluenceStatementIsImpersonal() {
    assertThat(sentence("en", DECIDE)).isEqualTo("A decision will be taken by March 12, 2027.");
  }

  @Test
  void aDecisionDateNamesTheBodyTheInfluenceStatementNames() {
    assertThat(sentences("en", INFLUENCE, DECIDE)).containsExactly(
        "Your input can change: the route of the bike lane.",
        "It cannot change: the budget.",
        "The city council decides.",
        "The city council will decide by March 12, 2027.");
  }

  @Test
  void anInfluenceStatementWithNothingFixedHasTwoSentences() {
    assertThat(sentences("en", new CommitmentTerms.InfluenceStatement(LocalizedText.of("en", "the design"), Optional.empty(),
        LocalizedText.of("en", "Mayor Rivera")))).containsExactly("Your input can change: the design.", "Mayor Rivera decides.");
  }

  @Test
  void publishingTheReportHasADate() {
    assertThat(sentence("en", CommitmentTerms.publishReportBy(LocalDate.of(2027, 4, 30))))
        .isEqualTo("We will publish what came of your input by April 30, 2027.");
  }

  @Test
  void reachTargetsCountPeopleOrContributions() {
    assertThat(sentence("en", CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 5_000, DAY)))
        .isEqualTo("We aim to hear from 5,000 people by March 12, 2027.");
    assertThat(sentence("en", CommitmentTerms.reach(ReachMetric.CONTRIBUTIONS, 5_000, DAY)))
        .isEqualTo("We aim to receive 5,000 contributions by March 12, 2027.");
    assertThat(sentence("en", CommitmentTerms.reach(ReachMetric.PARTICIPANTS, 1, DAY)))
        .isEqualTo("We aim to hear from 1 person by March 12, 2027.");
  }

  @Test
  void representationGivesTheToleranceInPercentagePoints() {
    assertThat(sentence("en", new CommitmentTerms.Represent("district", 0.05, 200))).isEqualTo(
        "We will check that the people taking part reflect the population by district (within 5 percentage points) and report it.");
    assertThat(sentence("en", new CommitmentTerms.Represent("age", 0.025, 200))).contains("(within 2.5 percentage points)");
    assertThat(sentence("en", new CommitmentTerms.Represent("age", 0.01, 200))).contains("(within 1 percentage point)");
  }

  @Test
  void offlineSessionsNameTheirChannelsAndTheOptionalDate() {
    assertThat(sentence("en", new CommitmentTerms.HoldOfflineSessions(3, Set.of(Channel.PHONE, Channel.IN_PERSON), Optional.of(DAY))))
        .isEqualTo("We will hold at least 3 sessions in person or by phone by March 12, 2027 for people who are not online.");
    assertThat(sentence("en", new CommitmentTerms.HoldOfflineSessions(1, Set.of(Channel.IN_PERSON), Optional.empty())))
        .isEqualTo("We will hold at least 1 session in person for people who are not online.");
  }

  @Test
  void customTermsAreStatedInTheirOwnWords() {
    LocalizedText statement = LocalizedText.of("de", "Wir rufen zurück.").with("en", "We call back every caller within a day.");
    assertThat(sentence("en", new CommitmentTerms.Custom("callback", Map.of(), statement))).isEqualTo("We call back every caller within a day.");
  }

  // French and German

  @Test
  void frenchReadsAsFrench() {
    assertThat(sentences("fr", TEN_WORKING_DAYS, DECIDE)).containsExactly(
        "Nous répondrons à chaque contribution dans un délai de 10 jours ouvrés.",
        "Une décision sera prise au plus tard le 12 mars 2027.");
    assertThat(sentence("fr", CommitmentTerms.respondWithin(ResponseScope.ofKinds(ContributionKind.REQUEST, ContributionKind.REPORT),
        TimeAllowance.workingDays(1)))).isEqualTo("Nous répondrons à chaque signalement et chaque demande dans un délai d’un jour ouvré.");
    assertThat(sentence("fr", new CommitmentTerms.HoldOfflineSessions(3, Set.of(Channel.PHONE, Channel.IN_PERSON), Optional.of(DAY))))
        .isEqualTo("Nous organiserons au moins 3 séances en présentiel ou par téléphone d’ici le 12 mars 2027"
            + " pour les personnes qui n’utilisent pas Internet.");
  }

  @Test
  void germanReadsAsGerman() {
    assertThat(sentences("de", TEN_WORKING_DAYS, DECIDE)).containsExactly(
        "Wir beantworten jeden Beitrag innerhalb von 10 Arbeitstagen.",
        "Eine Entscheidung fällt bis zum 12. März 2027.");
    assertThat(sentence("de", CommitmentTerms.moderateWithin(TimeAllowance.hours(24))))
        .isEqualTo("Wir prüfen jeden zur Moderation zurückgehaltenen Beitrag innerhalb von 24 Stunden.");
    assertThat(sentence("de", CommitmentTerms.publishReportBy(LocalDate.of(2027, 4, 30))))
        .isEqualTo("Wir veröffentlichen bis zum 30. April 2027, was aus Ihren Beiträgen geworden ist.");
  }

  @Test
  void theInfluenceStatementIsTakenInTheStatementsLanguage() {
    assertThat(sentences("fr", INFLUENCE, DECIDE)).containsExactly(
        "Ce que vos contributions peuvent changer\u00A0: le tracé de la piste cyclable.",
        "Ce qu’elles ne peuvent pas changer\u00A0: le budget.",
        "Le conseil municipal décide.",
        "Le conseil municipal décidera au plus tard le 12 mars 2027.");
    assertThat(sentences("de", INFLUENCE, DECIDE)).containsExactly(
        "Ihre Beiträge können Folgendes verändern: die Route des Radwegs.",
        "Nicht verändern können sie: das Budget.",
        "Der Stadtrat entscheidet.",
        "Der Stadtrat entscheidet bis zum 12. März 2027.");
  }

  @Test
  void numbersAreGroupedTheLocalWay() {
    CommitmentTerms supported = CommitmentTerms.respondWithin(ResponseScope.supportedProposals(1_000), TimeAllowance.hours(72));
    String grouped = java.text.NumberFormat.getIntegerInstance(Locale.FRENCH).format(1_000);
    assertThat(grouped).matches("1\\s000|1[\u00A0\u202F]000");
    assertThat(sentence("fr", supported))
        .isEqualTo("Nous répondrons à chaque proposition ayant reçu au moins " + grouped + " soutiens dans un délai de 72 heures.");
    assertThat(sentence("de", supported))
        .isEqualTo("Wir beantworten jeden Vorschlag mit mindestens 1.000 Unterstützungen innerhalb von 72 Stunden.");
    assertThat(sentence("de", new CommitmentTerms.Represent("Bezirk", 0.025, 100))).contains("(auf 2,5 Prozentpunkte genau)");
  }

  @Test
  void theFirstOfAMonthIsWrittenAsFrenchWritesIt() {
    CommitmentTerms first = CommitmentTerms.decideBy(LocalDate.of(2027, 3, 1));
    assertThat(sentence("fr", first)).isEqualTo("Une décision sera prise au plus tard le 1er mars 2027.");
    assertThat(sentence("de", first)).isEqualTo("Eine Entscheidung fällt bis zum 1. März 2027.");
    assertThat(sentence("en", first)).isEqualTo("A decision will be taken by March 1, 2027.");
  }

  // fallbacks, order, withdrawn commitments

  @Test
  void aRegionalTagGetsItsLanguage() {
    PromiseStatement swiss = PromiseStatement.of(List.of(commitment(DECIDE)), "fr-CH");
    assertThat(swiss.language()).isEqualTo("fr");
    assertThat(swiss.text()).isEqualTo("Une décision sera prise au plus tard le 12 mars 2027.");
  }

  @Test
  void aLanguageWithoutBundleGetsEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMAN);
    try {
      PromiseStatement italian = PromiseStatement.of(List.of(commitment(DECIDE)), "it");
      assertThat(italian.language()).isEqualTo("en");
      assertThat(italian.text()).isEqualTo("A decision will be taken by March 12, 2027.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void withdrawnCommitmentsAreLeftOutAndTheOrderIsKept() {
    List<Commitment> commitments = List.of(
        commitment(CommitmentTerms.publishReportBy(DAY)),
        commitment(CommitmentTerms.moderateWithin(TimeAllowance.hours(24))).withdrawn(Instant.EPOCH),
        commitment(TEN_WORKING_DAYS));
    assertThat(PromiseStatement.of(commitments, "en").text()).isEqualTo(
        "We will publish what came of your input by March 12, 2027. We will answer every contribution within 10 working days.");
  }

  @Test
  void aWithdrawnInfluenceStatementNamesNoDecider() {
    List<Commitment> commitments = List.of(commitment(INFLUENCE).withdrawn(Instant.EPOCH), commitment(DECIDE));
    assertThat(PromiseStatement.of(commitments, "en").sentences()).containsExactly("A decision will be taken by March 12, 2027.");
  }

  @Test
  void noCommitmentsPromiseNothing() {
    PromiseStatement none = PromiseStatement.of(List.of(), "de");
    assertThat(none.sentences()).isEmpty();
    assertThat(none.text()).isEmpty();
    assertThat(none.language()).isEqualTo("de");
  }

  @Test
  void aTextMissingTheLanguageFallsBackToItsFirstLanguage() {
    LocalizedText onlyPortuguese = LocalizedText.of("pt", "Faremos chamadas.").with("es", "Haremos llamadas.");
    assertThat(sentence("fr", new CommitmentTerms.Custom("calls", Map.of(), onlyPortuguese))).isEqualTo("Faremos chamadas.");
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> PromiseStatement.of(null, "en")).isInstanceOf(NullPointerException.class).hasMessage("commitments");
    assertThatThrownBy(() -> PromiseStatement.of(List.of(), null)).isInstanceOf(NullPointerException.class).hasMessage("language");
    assertThatThrownBy(() -> PromiseStatement.of(List.of(), "en", null)).isInstanceOf(NullPointerException.class).hasMessage("overrides");
  }

  // the embedder's bundles

  @Test
  void anOverrideRewordsOneKeyAndLeavesTheRest() {
    ListResourceBundle city = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"decide", "The council votes on {0}."}};
      }
    };
    List<Commitment> commitments = List.of(commitment(TEN_WORKING_DAYS), commitment(DECIDE));
    assertThat(PromiseStatement.of(commitments, "en", city).sentences())
        .containsExactly("We will answer every contribution within 10 working days.", "The council votes on March 12, 2027.");
  }

  @Test
  void anOverrideInALanguageWeLackBecomesTheStatementsLanguage() {
    ListResourceBundle italian = new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{"decide", "Una decisione sarà presa entro il {0}."}};
      }

      @Override
      public Locale getLocale() {
        return Locale.ITALIAN;
      }
    };
    PromiseStatement statement = PromiseStatement.of(List.of(commitment(DECIDE)), "it", italian);
    assertThat(statement.language()).isEqualTo("it");
    assertThat(statement.text()).isEqualTo("Una decisione sarà presa entro il 12 marzo 2027.");
  }
}
