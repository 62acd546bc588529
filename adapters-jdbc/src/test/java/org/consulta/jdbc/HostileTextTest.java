package org.consulta.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.consultation.Answer;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionForm;
import org.consulta.core.consultation.ConsultationId;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.FieldType;
import org.consulta.core.consultation.FormFieldBuilder;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.expectation.Participation;
import org.consulta.core.participant.Demographics;
import org.consulta.core.participant.NewParticipantBuilder;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.value.LocalizedText;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text that breaks naive SQL, naive encodings or naive column types comes back byte for byte:
 * quotes, an injection attempt, backslashes, NUL, 4-byte emoji with modifiers and joiners,
 * right-to-left text with direction marks, combining characters, and a 100 KB body; declared
 * demographic values keep it too, as the keys of participation counts.
 */
@DisplayName("Hostile text round-trips byte for byte")
class HostileTextTest {
  private static final String NAME = "consulta_hostile";
  private static final StoresByDatabase STORES = new StoresByDatabase(NAME);

  /** Each at most 80 characters, so it also fits a display name. */
  static final List<String> HOSTILE = List.of(
      "single ' and double \" quotes, and '' doubled ones \"\"",
      "'; DROP TABLE consulta_contribution; --",
      "\"); DELETE FROM consulta_event WHERE ('1'='1",
      "back\\slash \\\\ \\' \\\" \\n \\0 \\x00 C:\\temp\\",
      "nul \u0000 in the middle and at the end \u0000",
      "👩🏽‍🔬🏳️‍🌈 𝄞 🀄 \uD83D\uDE00",
      "\u200Fمرحبا بالعالم\u200E and \u200Fשָׁלוֹם עוֹלָם\u200E \u202Eevil\u202C",
      "combining: e\u0301 a\u0308 o\u0302\u0323 Z\u0351\u0337\u0353 \u1100\u1161\u11A8",
      "percent %s %n %% {0} ${prefix} $$ ? :name @p1",
      "tab\tcr\rlf\nform\fbell\u0007 del\u007F esc\u001B");

  private static JdbcStore store(TestDatabase db) {
    return STORES.store(db);
  }

  @AfterAll
  static void close() {
    STORES.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("participants' display names and external refs read back equal, and are found by their ref")
  void participantTextRoundTrips(TestDatabase db) {
    JdbcFixtures f = new JdbcFixtures(store(db));
    for (int i = 0; i < HOSTILE.size(); i++) {
      String text = HOSTILE.get(i);
      String ref = i + text;
      Participant written = f.consulta.participants().register(f.visitor, new NewParticipantBuilder().displayName(text).externalRef(ref)
          .putDemographics("age_band", "30_64").build());
      Participant read = f.consulta.participants().get(f.admin, written.id());
      assertThat(read).isEqualTo(written);
      assertThat(bytes(read.displayName().orElseThrow())).isEqualTo(bytes(text));
      assertThat(f.consulta.participants().findByExternalRef(f.admin, ref)).contains(written);
    }
    assertTablesExist(db);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("contribution bodies, categories and form answers read back equal, and categories filter exactly")
  void contributionTextRoundTrips(TestDatabase db) {
    JdbcFixtures f = new JdbcFixtures(store(db));
    ContributionForm form = new ContributionForm(List.of(new FormFieldBuilder().key("note").type(FieldType.LONG_TEXT)
        .label(LocalizedText.of("en", "Note")).required(true).build()));
    Consultation c = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft()
        .categories(HOSTILE).putForms(ContributionKind.PROPOSAL, form).build()));
    Participant p = f.register();
    Actor author = f.actor(p);
    List<Contribution> written = new ArrayList<>();
    for (String text : HOSTILE) {
      written.add(f.consulta.contributions().submit(author, f.idea(c, text).category(text).build()));
      written.add(f.consulta.contributions().submit(author, f.idea(c, text).kind(ContributionKind.PROPOSAL)
          .putAnswers("note", new Answer.Text(text)).build()));
    }
    for (int i = 0; i < written.size(); i++) {
      Contribution w = written.get(i);
      Contribution read = f.consulta.contributions().get(f.visitor, w.id());
      assertThat(read).isEqualTo(w);
      assertThat(bytes(read.body().orElseThrow())).isEqualTo(bytes(HOSTILE.get(i / 2)));
    }
    for (int i = 0; i < HOSTILE.size(); i++) {
      ContributionQuery byCategory = new ContributionQuery(c.id(), Set.of(), Set.of(), Optional.of(HOSTILE.get(i)), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());
      assertThat(f.consulta.contributions().list(f.visitor, byCategory, PageRequest.first()).items())
          .as("category %d", i).containsExactly(written.get(2 * i));
    }
    assertThat(f.consulta.contributions().list(f.visitor, ContributionQuery.of(c.id()), PageRequest.first(100)).items())
        .containsExactlyElementsOf(written);
    assertTablesExist(db);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("a staff subject of hostile text reads back equal in the event log and keys its idempotent commands")
  void actorSubjectRoundTripsInTheEventLog(TestDatabase db) {
    JdbcFixtures f = new JdbcFixtures(store(db));
    for (String text : HOSTILE) {
      Actor staff = Actor.of(f.tenant, text, Role.MANAGER);
      long before = f.lastPosition();
      Consultation created = f.consulta.consultations().create(staff, f.consultationDraft().idempotencyKey(IdempotencyKey.of("k1")).build());
      assertThat(f.consulta.consultations().create(staff, f.consultationDraft().idempotencyKey(IdempotencyKey.of("k1")).build()))
          .isEqualTo(created);
      assertThat(f.consulta.events().read(f.system, before, 10)).singleElement()
          .satisfies(e -> assertThat(bytes(e.actor())).isEqualTo(bytes(text)));
      assertThat(created.createdBy()).isEqualTo(text);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("a 100 KB body of every hostile text, written through the store port, reads back equal")
  void hugeBodyRoundTripsThroughTheStorePort(TestDatabase db) {
    JdbcStore store = store(db);
    JdbcFixtures f = new JdbcFixtures(store);
    Consultation c = f.openConsultation();
    Contribution template = f.submitIdea(c, f.register(), "template");
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 100_000; i++) {
      big.append(HOSTILE.get(i % HOSTILE.size())).append(' ');
    }
    String body = big.toString();
    Contribution huge = new Contribution(new ContributionId(java.util.UUID.randomUUID()), template.tenant(), template.consultation(), 1,
        template.kind(), template.author(), Optional.of(body), template.answers(), template.language(), template.channel(),
        template.recordedBy(), template.visibility(), template.confidentialTo(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), template.state(), false, template.tally(), 0, java.util.List.of(), Optional.empty(), 0,
        template.submittedAt(), template.updatedAt());
    store.inTransaction(f.tenant, uow -> {
      uow.contributions().insert(huge);
      return null;
    });
    Contribution read = store.inTransaction(f.tenant, uow -> uow.contributions().find(huge.id())).orElseThrow();
    assertThat(read).isEqualTo(huge);
    assertThat(bytes(read.body().orElseThrow())).isEqualTo(bytes(body));
    assertThat(bytes(body).length).isGreaterThan(100_000);
    assertThat(f.consulta.contributions().get(f.visitor, huge.id())).isEqualTo(huge);
    assertTablesExist(db);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.class)
  @DisplayName("declared values of hostile text are counted in a consultation's participation and read back equal")
  void declaredValuesCountInParticipation(TestDatabase db) {
    JdbcStore store = store(db);
    JdbcFixtures f = new JdbcFixtures(store);
    Participant template = f.register();
    ConsultationId consultation = new ConsultationId(java.util.UUID.randomUUID());
    Map<String, Long> expected = new HashMap<>();
    store.inTransaction(f.tenant, uow -> {
      for (String text : HOSTILE) {
        // through the port: the engine would refuse values that are not options of the schema
        Participant p = new Participant(new ParticipantId(java.util.UUID.randomUUID()), f.tenant, 1, Optional.empty(), Optional.empty(),
            new Demographics(Map.of("district", text)), template.consents(), template.registeredAt(), template.updatedAt());
        uow.participants().insert(p);
        assertThat(uow.expectations().addParticipant(consultation, p.id())).isTrue();
        expected.merge(text, 1L, Long::sum);
      }
      return null;
    });
    Participation read = store.inTransaction(f.tenant, uow -> uow.expectations().participation(consultation));
    assertThat(read).isEqualTo(new Participation(HOSTILE.size(), Map.of("district", expected)));
    assertTablesExist(db);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(UTF_8);
  }

  /** The injection attempts were data: every table is still there. */
  private static void assertTablesExist(TestDatabase db) {
    for (String table : List.of("consultation", "participant", "contribution", "reaction", "event", "event_head", "idempotency")) {
      String qualified = (db.schema(NAME) == null ? "" : NAME + ".") + "consulta_" + table;
      try (Connection c = STORES.pool(db).getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + qualified)) {
        assertThat(rs.next()).as(qualified).isTrue();
      } catch (SQLException e) {
        throw new AssertionError("table " + qualified + " is gone on " + db, e);
      }
    }
  }
}
