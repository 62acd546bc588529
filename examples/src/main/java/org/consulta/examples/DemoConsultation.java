package org.consulta.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.FieldType;
import org.consulta.core.consultation.FormFieldBuilder;
import org.consulta.core.consultation.Influence;
import org.consulta.core.consultation.InfluenceLevel;
import org.consulta.core.consultation.NewConsultation;
import org.consulta.core.consultation.NewConsultationBuilder;
import org.consulta.core.consultation.PhaseSchedule;
import org.consulta.core.consultation.Question;
import org.consulta.core.consultation.SupportRules;
import org.consulta.core.participant.DemographicDimension;
import org.consulta.core.participant.DemographicSchema;
import org.consulta.core.value.LocalizedText;

/** The demo's configuration: the tenant's demographic schema and the "Riverside park redesign" consultation. */
final class DemoConsultation {
  static final String AGE_BAND = "age_band";
  static final String DISTRICT = "district";
  static final List<String> AGE_BANDS = List.of("under_16", "16-17", "18-29", "30-44", "45-64", "65_plus");
  static final List<String> DISTRICTS = List.of("riverside", "old_town", "north", "south", "east");
  static final List<String> CATEGORIES = List.of("paths", "lighting", "playground", "riverbank", "facilities");
  static final List<String> ISSUES = List.of("broken_equipment", "litter", "lighting_out", "flooding", "path_damage");
  static final List<String> QUESTIONS = List.of("priorities", "concerns");
  static final int SUPPORT_LIMIT = 10;
  static final int QUALIFICATION_THRESHOLD = 12;
  static final Duration OPEN_FOR = Duration.ofDays(28);

  private DemoConsultation() {}

  static DemographicSchema schema() {
    return new DemographicSchema(List.of(
        new DemographicDimension(AGE_BAND, LocalizedText.of("en", "Your age").with("es", "Su edad"), AGE_BANDS, true),
        new DemographicDimension(DISTRICT, LocalizedText.of("en", "Where you live").with("es", "Dónde vive"), DISTRICTS, false)));
  }

  static NewConsultation definition(Instant opensAt) {
    Instant closesAt = opensAt.plus(OPEN_FOR);
    return new NewConsultationBuilder()
        .title(LocalizedText.of("en", "Riverside park redesign").with("es", "Rediseño del parque ribereño"))
        .summary(LocalizedText.of("en", "The city is redesigning Riverside park and asks residents what it should become.")
            .with("es", "La ciudad rediseña el parque ribereño y pregunta a los vecinos qué debería ser."))
        .purpose(LocalizedText.of("en", "Decide the layout, facilities and priorities of the redesigned park.")
            .with("es", "Decidir el trazado, los equipamientos y las prioridades del nuevo parque."))
        .addQuestions(
            new Question("priorities", LocalizedText.of("en", "What should the redesigned park offer?").with("es", "¿Qué debería ofrecer el parque?")),
            new Question("concerns", LocalizedText.of("en", "What worries you about the park today?").with("es", "¿Qué le preocupa del parque hoy?")))
        .influence(new Influence(InfluenceLevel.CONSULT,
            Optional.of(LocalizedText.of("en", "Layout, facilities, planting and lighting within the approved budget.")),
            Optional.of(LocalizedText.of("en", "The park's boundary, the flood defences and the total budget.")),
            Optional.of(LocalizedText.of("en", "Riverside District Council, on the parks department's advice."))))
        .schedule(new PhaseSchedule(Optional.of(opensAt), Optional.of(closesAt),
            Optional.of(closesAt.plus(Duration.ofDays(60))), Optional.of(closesAt.plus(Duration.ofDays(365)))))
        .addChannels(Channel.ONLINE, Channel.IN_PERSON, Channel.PAPER)
        .eligibility(new EligibilityRule.RegisteredParticipants())
        .addAcceptedKinds(ContributionKind.IDEA, ContributionKind.COMMENT, ContributionKind.PROPOSAL,
            ContributionKind.ARGUMENT, ContributionKind.REPORT)
        .putForms(ContributionKind.REPORT, reportForm())
        .addAllCategories(CATEGORIES)
        .supportRules(new SupportRules(OptionalInt.of(SUPPORT_LIMIT), OptionalInt.of(QUALIFICATION_THRESHOLD), true))
        .build();
  }

  private static ContributionForm reportForm() {
    return new ContributionForm(List.of(
        new FormFieldBuilder().key("issue").type(FieldType.SINGLE_CHOICE)
            .label(LocalizedText.of("en", "What is wrong?")).required(true).addAllOptions(ISSUES).build(),
        new FormFieldBuilder().key("details").type(FieldType.TEXT)
            .label(LocalizedText.of("en", "Details")).required(false).maxLength(500).build(),
        new FormFieldBuilder().key("photo_consent").type(FieldType.CONSENT)
            .label(LocalizedText.of("en", "May we publish your photo?")).required(false).build()));
  }
}
