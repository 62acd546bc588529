package org.consulta.core.simulation;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.ModerationMode;
import org.consulta.core.consultation.ModerationPolicy;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.consultation.Question;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.Violations;
import org.consulta.core.expectation.CommitmentTerms;
import org.consulta.core.expectation.ReferencePopulation;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.value.LocalizedText;

/**
 * Everything one simulation run needs: the consultation and its commitments, the population,
 * behaviour, institution and campaigns, how long it runs and the seed.
 *
 * <p>The consultation opens on {@code start} (day 0) at 09:00 UTC and closes after {@code
 * openDays}; the run goes on to {@code days} so answers given after closing still count. The
 * consultation's own schedule is replaced by those dates. Commitments are declared while it is a
 * draft, as in production.
 *
 * <pre>{@code
 * Scenario scenario = Scenario.builder()
 *     .name("answer within 5 days")
 *     .population(PopulationSpec.of(20_000, schema, census))
 *     .commitment(CommitmentTerms.respondWithin(ResponseScope.all(), TimeAllowance.workingDays(5)))
 *     .campaign(Campaign.of("posters", CampaignKind.POSTERS, 7, 13, 0.03))
 *     .institution(Institution.defaults().withResponsesPerDay(80).withSession(10, 40))
 *     .days(60).openDays(42)
 *     .build();
 * }</pre>
 *
 * @param name a label for the output
 * @param start the opening day
 * @param days how many days are simulated, at least 1
 * @param openDays how many days the consultation is open, 1 to {@code days}
 * @param consultation the consultation (its schedule is replaced)
 * @param commitments the commitments declared before it opens
 * @param population the residents
 * @param behaviour how they behave
 * @param institution what the institution does
 * @param campaigns the communication campaigns
 * @param seed the random seed: same scenario, same seed, same result
 */
public record Scenario(
    String name,
    LocalDate start,
    int days,
    int openDays,
    NewConsultation consultation,
    List<CommitmentTerms> commitments,
    PopulationSpec population,
    Behaviour behaviour,
    Institution institution,
    List<Campaign> campaigns,
    long seed) {
  /** The dimension of the default population. */
  public static final String DISTRICT = "district";
  /** The second dimension of the default population. */
  public static final String AGE_BAND = "age_band";

  public Scenario {
    requireNonNull(name, "name");
    requireNonNull(start, "start");
    requireNonNull(consultation, "consultation");
    commitments = List.copyOf(requireNonNull(commitments, "commitments"));
    requireNonNull(population, "population");
    requireNonNull(behaviour, "behaviour");
    requireNonNull(institution, "institution");
    campaigns = List.copyOf(requireNonNull(campaigns, "campaigns"));
  }

  /** @return a builder holding {@link #defaults()} */
  public static Builder builder() {
    return new Builder(defaults());
  }

  /** @return a builder holding this scenario */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The default scenario: 10,000 residents of a city with four districts and four age bands
   * (shares of a mid-sized European city), the documented default behaviour and institution, no
   * campaign and no commitment, a city consultation open for 42 days taking ideas, proposals and
   * comments online and in person, reactively moderated; 60 days, seed 1.
   *
   * @return the default scenario
   */
  public static Scenario defaults() {
    DemographicSchema schema = new DemographicSchema(List.of(
        new DemographicDimension(DISTRICT, LocalizedText.of("en", "District"), List.of("centre", "north", "south", "east"), false),
        new DemographicDimension(AGE_BAND, LocalizedText.of("en", "Age"), List.of("16-29", "30-44", "45-64", "65_plus"), true)));
    Map<String, Double> districts = new LinkedHashMap<>();
    districts.put("centre", 0.25);
    districts.put("north", 0.30);
    districts.put("south", 0.25);
    districts.put("east", 0.20);
    Map<String, Double> ages = new LinkedHashMap<>();
    ages.put("16-29", 0.22);
    ages.put("30-44", 0.26);
    ages.put("45-64", 0.31);
    ages.put("65_plus", 0.21);
    ReferencePopulation census = ReferencePopulation.of(DISTRICT, districts).with(AGE_BAND, ages).withSource("example city census");
    return new Scenario("default", LocalDate.of(2025, 3, 3), 60, 42, defaultConsultation(), List.of(),
        PopulationSpec.of(10_000, schema, census), Behaviour.defaults(), Institution.defaults(), List.of(), 1);
  }

  /** @return the default consultation: ideas, proposals and comments, online and in person, reactive moderation */
  public static NewConsultation defaultConsultation() {
    return new NewConsultation(
        LocalizedText.of("en", "What should the city do next?"),
        Optional.of(LocalizedText.of("en", "A simulated city-wide consultation.")),
        Optional.empty(),
        LocalizedText.of("en", "Learn what residents want the city to do next."),
        List.of(new Question("priorities", LocalizedText.of("en", "What should the city do next?"))),
        new Influence(InfluenceLevel.CONSULT, Optional.empty(), Optional.empty(), Optional.empty()),
        Optional.empty(),
        java.util.Set.of(Channel.ONLINE, Channel.IN_PERSON),
        Optional.of(new EligibilityRule.RegisteredParticipants()),
        java.util.Set.of(ContributionKind.IDEA, ContributionKind.PROPOSAL, ContributionKind.COMMENT),
        Map.of(),
        List.of(),
        Optional.empty(),
        Optional.of(ModerationPolicy.standard()),
        Optional.empty());
  }

  /** @return the moderation mode the consultation uses */
  public ModerationMode moderationMode() {
    return consultation.moderation().orElse(ModerationPolicy.standard()).mode();
  }

  /**
   * @param day a day of the run
   * @return whether staff work that day
   */
  public boolean isWorkingDay(int day) {
    DayOfWeek w = start.plusDays(day).getDayOfWeek();
    return institution.weekends() || (w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY);
  }

  /**
   * Checks every field and names each bad one.
   *
   * @return this scenario
   * @throws InvalidInputException listing every violation
   */
  public Scenario validate() {
    Violations v = new Violations();
    v.check(!name.isBlank(), "name", "must not be blank");
    v.check(days >= 1 && days <= 3660, "days", "must be between 1 and 3660");
    v.check(openDays >= 1 && openDays <= days, "openDays", "must be between 1 and days");
    population.validate("population", v);
    behaviour.validate("behaviour", v);
    institution.validate("institution", v);
    for (int i = 0; i < campaigns.size(); i++) {
      campaigns.get(i).validate("campaigns[" + i + "]", v);
      population.checkGroups("campaigns[" + i + "].reachBy", campaigns.get(i).reachBy().keySet(), campaigns.get(i).reachBy(), v);
    }
    for (int i = 0; i < institution.sessions().size(); i++) {
      v.check(institution.sessions().get(i).day() < openDays, "institution.sessions[" + i + "].day", "must be while the consultation is open");
    }
    institution.decisionDay().ifPresent(d -> v.check(d >= openDays && d < days, "institution.decisionDay",
        "must be after the consultation closes (openDays) and before the run ends (days)"));
    institution.reportDay().ifPresent(d -> v.check(d >= openDays && d < days
        && d >= institution.decisionDay().orElse(openDays), "institution.reportDay",
        "must be after the consultation closes, at or after the decision, and before the run ends"));
    for (int i = 0; i < commitments.size(); i++) {
      v.check(!(commitments.get(i) instanceof CommitmentTerms.Custom), "commitments[" + i + "]",
          "custom commitments need an evaluator, and a simulation's engine has none");
    }
    v.check(consultation.channels().contains(Channel.ONLINE), "consultation.channels", "must include ONLINE");
    v.check(institution.sessions().isEmpty() || consultation.channels().contains(Channel.IN_PERSON), "consultation.channels",
        "must include IN_PERSON when the institution holds sessions");
    v.check(consultation.acceptedKinds().contains(ContributionKind.IDEA), "consultation.acceptedKinds", "must include IDEA");
    v.throwIfAny();
    return this;
  }

  /** A fluent, mutable builder; {@link #build()} validates. Not thread-safe. */
  public static final class Builder {
    private String name;
    private LocalDate start;
    private int days;
    private int openDays;
    private NewConsultation consultation;
    private final List<CommitmentTerms> commitments;
    private PopulationSpec population;
    private Behaviour behaviour;
    private Institution institution;
    private final List<Campaign> campaigns;
    private long seed;

    private Builder(Scenario s) {
      name = s.name;
      start = s.start;
      days = s.days;
      openDays = s.openDays;
      consultation = s.consultation;
      commitments = new ArrayList<>(s.commitments);
      population = s.population;
      behaviour = s.behaviour;
      institution = s.institution;
      campaigns = new ArrayList<>(s.campaigns);
      seed = s.seed;
    }

    /** @return this builder, with the scenario's label */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /** @return this builder, with the opening day (day 0) */
    public Builder start(LocalDate start) {
      this.start = requireNonNull(start, "start");
      return this;
    }

    /** Sets the simulated days; if the consultation was open for longer, it is now open for all of them. */
    public Builder days(int days) {
      this.days = days;
      if (openDays > days) {
        openDays = days;
      }
      return this;
    }

    /** @return this builder, with how many days the consultation is open (at most {@code days}) */
    public Builder openDays(int openDays) {
      this.openDays = openDays;
      return this;
    }

    /** @return this builder, with the consultation (its schedule is replaced by the run's dates) */
    public Builder consultation(NewConsultation consultation) {
      this.consultation = requireNonNull(consultation, "consultation");
      return this;
    }

    /** Replaces the consultation's moderation mode, keeping the rest of its policy. */
    public Builder moderationMode(ModerationMode mode) {
      consultation = consultation.withModeration(consultation.moderation().orElse(ModerationPolicy.standard()).withMode(mode));
      return this;
    }

    /** @return this builder, with one more commitment, declared before the consultation opens */
    public Builder commitment(CommitmentTerms terms) {
      commitments.add(requireNonNull(terms, "terms"));
      return this;
    }

    /** @return this builder, with these commitments instead of the ones it had */
    public Builder commitments(List<CommitmentTerms> terms) {
      commitments.clear();
      commitments.addAll(terms);
      return this;
    }

    /** @return this builder, with this population */
    public Builder population(PopulationSpec population) {
      this.population = requireNonNull(population, "population");
      return this;
    }

    /** @return this builder, with its population changed, e.g. {@code p -> p.withInitialTrust(0.3)} */
    public Builder population(UnaryOperator<PopulationSpec> change) {
      return population(change.apply(population));
    }

    /** Sets the number of residents, keeping the rest of the population. */
    public Builder residents(int size) {
      return population(population.withSize(size));
    }

    /** @return this builder, with this behaviour */
    public Builder behaviour(Behaviour behaviour) {
      this.behaviour = requireNonNull(behaviour, "behaviour");
      return this;
    }

    /** @return this builder, with its behaviour changed, e.g. {@code b -> b.withWordOfMouth(1)} */
    public Builder behaviour(UnaryOperator<Behaviour> change) {
      return behaviour(change.apply(behaviour));
    }

    /** @return this builder, with this institution */
    public Builder institution(Institution institution) {
      this.institution = requireNonNull(institution, "institution");
      return this;
    }

    /** @return this builder, with its institution changed, e.g. {@code i -> i.withResponsesPerDay(80)} */
    public Builder institution(UnaryOperator<Institution> change) {
      return institution(change.apply(institution));
    }

    /** @return this builder, with one more campaign */
    public Builder campaign(Campaign campaign) {
      campaigns.add(requireNonNull(campaign, "campaign"));
      return this;
    }

    /** @return this builder, with these campaigns instead of the ones it had */
    public Builder campaigns(List<Campaign> all) {
      campaigns.clear();
      campaigns.addAll(all);
      return this;
    }

    /** @return this builder, with the seed of the first run */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** @return an independent copy of this builder */
    public Builder copy() {
      return new Builder(new Scenario(name, start, days, openDays, consultation, commitments, population, behaviour, institution,
          campaigns, seed));
    }

    /**
     * @return the scenario
     * @throws InvalidInputException naming every bad field
     */
    public Scenario build() {
      return new Scenario(name, start, days, openDays, consultation, commitments, population, behaviour, institution, campaigns, seed)
          .validate();
    }
  }
}
