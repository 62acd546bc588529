package org.consulta.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.contribution.CampaignId;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.moderation.ModerationCaseId;
import org.consulta.core.outcome.DecisionId;
import org.consulta.core.outcome.ResponseId;
import org.consulta.core.outcome.ResultId;
import org.consulta.core.outcome.ThemeId;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.Cursor;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.webhook.DeliveryId;
import org.consulta.core.webhook.WebhookId;
import org.consulta.core.webhook.WebhookSecret;

/**
 * The Jackson module that maps every Consulta value, command and event, for embedders who bring
 * their own {@link com.fasterxml.jackson.databind.ObjectMapper}. {@link ConsultaJson#mapper()}
 * is a mapper with this module and the recommended features already set.
 *
 * <p>What it does, without a single Jackson annotation on a domain type:
 *
 * <ul>
 *   <li>typed ids ({@code ConsultationId}, {@code ParticipantId}, {@code ContributionId}, {@code
 *       ModerationCaseId}, {@code CampaignId}, {@code ThemeId}, {@code ResponseId}, {@code
 *       DecisionId}, {@code ResultId}, {@code TenantId}), {@code IdempotencyKey} and {@code
 *       Cursor} are bare JSON strings, as values
 *       and as map keys; {@code LocalizedText} and {@code Demographics} are plain JSON objects;
 *   <li>{@code Instant} is an ISO-8601 UTC string such as {@code "2026-11-23T05:00:00Z"} and
 *       {@code LocalDate} an ISO date, whatever the mapper's date features say; {@code
 *       BigDecimal} is a JSON number written with its full precision and scale;
 *   <li>an empty {@code Optional}, {@code OptionalInt} or {@code OptionalLong} property is
 *       omitted; a missing or {@code null} property reads back as empty, and a missing or {@code
 *       null} list, set or map as an empty collection, so records' {@code requireNonNull} checks
 *       only fail for properties that are genuinely required;
 *   <li>the sealed hierarchies {@code ConsultaEvent}, {@code Answer}, {@code EligibilityRule}, and
 *       expectations' {@code CommitmentTerms}, {@code ResponseScope} and {@code Evidence}, and
 *       budgeting's {@code Ballot} and {@code BallotRules} ({@code "approval"}, {@code
 *       "cumulative"}, {@code "ordinal"}, {@code "plus_minus"}) carry a leading {@code "type"} property: {@link ConsultaEvent#typeOf(Class)} for events
 *       (e.g. {@code "contribution.submitted"}), the lower-case record name for answers ({@code
 *       "text"}, {@code "choices"}, ...) and its snake case for eligibility rules ({@code
 *       "area_in"}, {@code "minimum_age_band"}, ...). Subtypes are enumerated from {@link
 *       Class#getPermittedSubclasses()}, so a new record cannot be forgotten;
 *   <li>records are written with their components only, in declaration order, and unordered sets
 *       sorted, so the same value always gives the same text.
 * </ul>
 *
 * <p>It registers (as dependencies) Jackson's {@link Jdk8Module} and {@link JavaTimeModule}.
 * It cannot set mapper-wide features: rejecting unknown properties and sorting map keys are
 * settings of the embedder's mapper (see {@link ConsultaJson#mapper()}).
 *
 * <p>Thread-safe: its constructor configures it completely, and Jackson only reads it when it is
 * registered, so one instance may be registered on many mappers. Do not add serializers to it
 * (the inherited {@code add...} methods); register a module of your own instead.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(ConsultaJson.module()).build();
 * }</pre>
 */
public final class ConsultaModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module name under which Jackson de-duplicates registrations. */
  public static final String NAME = "org.consulta.core.json.ConsultaModule";

  private final Set<Class<?>> textTypes = new HashSet<>();

  /** Creates the module. Prefer {@link ConsultaJson#module()}. */
  public ConsultaModule() {
    super(NAME, Version.unknownVersion());
    addText(TextValues.of(ConsultationId.class, ConsultationId::toString, ConsultationId::parse));
    addText(TextValues.of(ParticipantId.class, ParticipantId::toString, ParticipantId::parse));
    addText(TextValues.of(ContributionId.class, ContributionId::toString, ContributionId::parse));
    addText(TextValues.of(ModerationCaseId.class, ModerationCaseId::toString, ModerationCaseId::parse));
    addText(TextValues.of(CampaignId.class, CampaignId::toString, CampaignId::parse));
    addText(TextValues.of(ThemeId.class, ThemeId::toString, ThemeId::parse));
    addText(TextValues.of(ResponseId.class, ResponseId::toString, ResponseId::parse));
    addText(TextValues.of(DecisionId.class, DecisionId::toString, DecisionId::parse));
    addText(TextValues.of(ResultId.class, ResultId::toString, ResultId::parse));
    addText(TextValues.of(org.consulta.core.expectation.CommitmentId.class, Object::toString, org.consulta.core.expectation.CommitmentId::parse));
    addText(TextValues.of(org.consulta.core.expectation.OfflineSessionId.class, Object::toString,
        org.consulta.core.expectation.OfflineSessionId::parse));
    addText(TextValues.of(TenantId.class, TenantId::value, TenantId::new));
    addText(TextValues.of(WebhookId.class, WebhookId::toString, WebhookId::parse));
    addText(TextValues.of(DeliveryId.class, DeliveryId::toString, DeliveryId::parse));
    addText(TextValues.of(WebhookSecret.class, WebhookSecret::value, WebhookSecret::new));
    addText(TextValues.of(IdempotencyKey.class, IdempotencyKey::value, IdempotencyKey::new));
    addText(TextValues.of(Cursor.class, Cursor::token, Cursor::new));
    addMap(MapValues.of(LocalizedText.class, LocalizedText::values, LocalizedText::new));
    addMap(MapValues.of(Demographics.class, Demographics::values, Demographics::new));
    addSerializer(Instant.class, new IsoSerializer<>(Instant.class, DateTimeFormatter.ISO_INSTANT::format));
    addSerializer(LocalDate.class, new IsoSerializer<>(LocalDate.class, DateTimeFormatter.ISO_LOCAL_DATE::format));
    polymorphic(ConsultaEvent.class, TypeNames::event);
    polymorphic(Answer.class, TypeNames::answer);
    polymorphic(EligibilityRule.class, TypeNames::rule);
    polymorphic(org.consulta.core.expectation.CommitmentTerms.class, TypeNames::rule);
    polymorphic(org.consulta.core.expectation.ResponseScope.class, TypeNames::rule);
    polymorphic(org.consulta.core.expectation.Evidence.class, TypeNames::rule);
    polymorphic(org.consulta.core.budgeting.Ballot.class, TypeNames::rule);
    polymorphic(org.consulta.core.budgeting.BallotRules.class, TypeNames::rule);
    setSerializerModifier(new CanonicalSerializers(textTypes));
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public Object getTypeId() {
    return NAME;
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    JsonInclude.Value omitAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, null);
    JsonInclude.Value omitEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    context.configOverride(Optional.class).setIncludeAsProperty(omitAbsent);
    // OptionalInt and friends are not "reference types" to Jackson: only NON_EMPTY omits them.
    for (Class<?> type : List.of(OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
      context.configOverride(type).setIncludeAsProperty(omitEmpty);
    }
    JsonSetter.Value nullsAsEmpty = JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY);
    for (Class<?> type : List.of(
        Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class,
        List.class, Set.class, Map.class, Collection.class)) {
      context.configOverride(type).setSetterInfo(nullsAsEmpty);
    }
  }

  private <T> void addText(TextValues<T> codec) {
    textTypes.add(codec.type());
    addSerializer(codec.type(), codec.serializer());
    addDeserializer(codec.type(), codec.deserializer());
    addKeySerializer(codec.type(), codec.keySerializer());
    addKeyDeserializer(codec.type(), codec.keyDeserializer());
  }

  private <T> void addMap(MapValues<T> codec) {
    addSerializer(codec.type(), codec.serializer());
    addDeserializer(codec.type(), codec.deserializer());
  }

  private void polymorphic(Class<?> sealed, Function<Class<?>, String> naming) {
    setMixInAnnotation(sealed, PolymorphicMixin.class);
    registerSubtypes(TypeNames.of(sealed, naming).toArray(new NamedType[0]));
  }

  /** Writes a {@code java.time} value as its ISO-8601 text, never as a number. */
  private static final class IsoSerializer<T> extends StdScalarSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final Function<T, String> format;

    IsoSerializer(Class<T> type, Function<T, String> format) {
      super(type);
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(format.apply(value));
    }
  }
}
