package org.consulta.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.consulta.core.access.TenantId;
import org.consulta.core.participant.Consent;
import org.consulta.core.participant.ConsentKind;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;

/**
 * Builds a valid {@link Participant} for store tests: start from {@link
 * StoreSamples#participant(TenantId)} for a new one, or from {@link #revisionOf(Participant)} for
 * its next version, change what the test is about, then {@link #build()}.
 *
 * <p>Not thread-safe; each call of {@link StoreSamples#participant(TenantId)} returns a new one.
 *
 * <pre>{@code
 * Participant ana = samples.participant(tenant).externalRef("user-1").build();
 * Participant renamed = ParticipantSample.revisionOf(ana).displayName("Ana B.").build(); // version 2
 * }</pre>
 */
public final class ParticipantSample {
  private ParticipantId id;
  private TenantId tenant;
  private long version;
  private Optional<String> displayName;
  private Optional<String> externalRef;
  private Demographics demographics;
  private Map<ConsentKind, Consent> consents;
  private Instant registeredAt;
  private Instant updatedAt;

  private ParticipantSample() {}

  static ParticipantSample fresh(TenantId tenant, ParticipantId id, Instant registeredAt) {
    ParticipantSample s = new ParticipantSample();
    s.id = id;
    s.tenant = tenant;
    s.version = 1;
    s.displayName = Optional.of("Participant " + id.value().getLeastSignificantBits() % 10_000);
    s.externalRef = Optional.empty();
    s.demographics = new Demographics(Map.of("age_band", "16_64", "district", Demographics.PREFER_NOT_TO_SAY));
    Map<ConsentKind, Consent> consents = new EnumMap<>(ConsentKind.class);
    consents.put(ConsentKind.PROCESSING, new Consent(ConsentKind.PROCESSING, true, registeredAt));
    consents.put(ConsentKind.OUTCOME_CONTACT, new Consent(ConsentKind.OUTCOME_CONTACT, false, registeredAt));
    s.consents = consents;
    s.registeredAt = registeredAt;
    s.updatedAt = registeredAt;
    return s;
  }

  /**
   * @param stored a stored participant
   * @return a builder for its next version: same fields, version + 1, updated one second later
   */
  public static ParticipantSample revisionOf(Participant stored) {
    requireNonNull(stored, "stored");
    ParticipantSample s = new ParticipantSample();
    s.id = stored.id();
    s.tenant = stored.tenant();
    s.version = stored.version() + 1;
    s.displayName = stored.displayName();
    s.externalRef = stored.externalRef();
    s.demographics = stored.demographics();
    s.consents = stored.consents();
    s.registeredAt = stored.registeredAt();
    s.updatedAt = stored.updatedAt().plusSeconds(1);
    return s;
  }

  /**
   * @param id the id
   * @return this
   */
  public ParticipantSample id(ParticipantId id) {
    this.id = requireNonNull(id, "id");
    return this;
  }

  /**
   * @param version the version
   * @return this
   */
  public ParticipantSample version(long version) {
    this.version = version;
    return this;
  }

  /**
   * @param displayName the display name
   * @return this
   */
  public ParticipantSample displayName(String displayName) {
    this.displayName = Optional.of(displayName);
    return this;
  }

  /**
   * @param externalRef the embedder's key
   * @return this
   */
  public ParticipantSample externalRef(String externalRef) {
    this.externalRef = Optional.of(externalRef);
    return this;
  }

  /**
   * @param values the declared demographic answers, dimension to option (replacing the defaults)
   * @return this
   */
  public ParticipantSample demographics(Map<String, String> values) {
    this.demographics = new Demographics(values);
    return this;
  }

  /** @return this, with no external ref */
  public ParticipantSample noExternalRef() {
    this.externalRef = Optional.empty();
    return this;
  }

  /** @return the participant */
  public Participant build() {
    return new Participant(id, tenant, version, displayName, externalRef, demographics, consents, registeredAt, updatedAt);
  }
}
