package org.consulta.core.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.access.Actor;
import org.consulta.core.access.Role;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.consultation.EligibilityRule;
import org.consulta.core.consultation.Phase;
import org.consulta.core.consultation.PhaseTransition;
import org.consulta.core.contribution.WriteCountingStore.Write;
import org.consulta.core.error.AccessDeniedException;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.InvalidInputException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.StoreException;
import org.consulta.core.error.Violation;
import org.consulta.core.event.ConsultaEvent;
import org.consulta.core.event.RecordedEvent;
import org.consulta.core.participant.Participant;
import org.consulta.core.participant.ParticipantId;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.IdempotencyKey;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContributionBatchTest {
  private final WriteCountingStore store = new WriteCountingStore(new InMemoryStore());
  private final Fixtures f = new Fixtures(store, Consulta.builder());
  private final ContributionService contributions = f.consulta.contributions();
  private Consultation c;
  private Participant p;

  @BeforeEach
  void openConsultation() {
    c = f.openConsultation();
    p = f.register();
  }

  /** A paper idea typed in by staff on behalf of {@code p}. */
  private NewContributionBuilder paper(String body) {
    return f.idea(c, body).channel(Channel.PAPER).onBehalfOf(p.id());
  }

  private List<NewContribution> paperIdeas(int n) {
    return IntStream.range(0, n).mapToObj(i -> paper("form " + i).build()).toList();
  }

  /** Five paper ideas, the fourth (index 3) with a blank body and a bad language tag. */
  private List<NewContribution> oneBadAtIndex3() {
    List<NewContribution> items = new ArrayList<>(paperIdeas(5));
    items.set(3, paper(" ").language("english!").build());
    return items;
  }

  private List<Contribution> stored() {
    return contributions.list(f.admin, ContributionQuery.of(c.id()), PageRequest.first()).items();
  }

  @Test
  void allOrNothingStoresEveryItemAndRecordsOneEventEachWithConsecutivePositions() {
    long before = f.lastPosition();
    store.reset();

    BatchResult result = contributions.submitAll(f.moderator, ContributionBatch.of(paperIdeas(4), BatchMode.ALL_OR_NOTHING));

    assertThat(result.accepted()).isEqualTo(4);
    assertThat(result.rejected()).isZero();
    List<ContributionId> ids = result.items().stream().map(i -> i.contribution().orElseThrow()).toList();
    List<RecordedEvent> events = f.consulta.events().read(f.system, before, 100);
    assertThat(events).extracting(RecordedEvent::position).containsExactly(before + 1, before + 2, before + 3, before + 4);
    assertThat(events).extracting(RecordedEvent::event).allSatisfy(e -> assertThat(e).isInstanceOf(ConsultaEvent.ContributionSubmitted.class));
    assertThat(events).extracting(e -> ((ConsultaEvent.ContributionSubmitted) e.event()).contribution()).containsExactlyElementsOf(ids);
    assertThat(stored()).extracting(Contribution::id).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(stored()).allSatisfy(x -> {
      assertThat(x.author()).contains(p.id());
      assertThat(x.recordedBy()).contains("staff-moderator");
    });
  }

  @Test
  void aBatchIsOneInsertAndOneEventLogWrite() {
    store.reset();

    contributions.submitAll(f.moderator, ContributionBatch.of(paperIdeas(50), BatchMode.SKIP_INVALID));

    assertThat(store.count(Write.INSERT_ALL)).isEqualTo(1);
    assertThat(store.count(Write.INSERT)).isZero();
    assertThat(store.count(Write.APPEND_ALL)).isEqualTo(1);
    assertThat(store.count(Write.APPEND)).isZero();
    assertThat(store.count(Write.UPDATE)).isZero();
  }

  @Test
  void allOrNothingWithOneBadItemStoresNothingAndNamesItsFields() {
    long before = f.lastPosition();
    store.reset();

    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(oneBadAtIndex3(), BatchMode.ALL_OR_NOTHING)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("items[3].body", "items[3].language"));

    assertThat(stored()).isEmpty();
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(contributions.counts(f.visitor, c.id())).isEqualTo(ContributionCounts.none());
    assertThat(store.count(Write.INSERT_ALL) + store.count(Write.APPEND_ALL)).isZero();
  }

  @Test
  void allOrNothingNamesEveryBadItemAtOnce() {
    List<NewContribution> items = new ArrayList<>(paperIdeas(4));
    items.set(0, paper("x").kind(ContributionKind.COMMENT).build());
    items.set(2, paper("x").channel(Channel.PHONE).build());

    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.ALL_OR_NOTHING)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::field)
            .containsExactlyInAnyOrder("items[0].parent", "items[2].channel"));
  }

  @Test
  void allOrNothingReportsAnItemsOtherErrorsAsAViolationOnTheItemWithTheirKind() {
    ParticipantId unknown = ParticipantId.parse("01890a5d-ac96-774b-bcce-b302099a8058");
    Consultation north = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft()
        .eligibility(new EligibilityRule.AreaIn("district", Set.of("north"))).build()));
    Participant south = f.register("south", "30_64");
    List<NewContribution> items = List.of(
        f.idea(north, "ok").channel(Channel.PAPER).onBehalfOf(p.id()).build(),
        f.idea(north, "who?").channel(Channel.PAPER).onBehalfOf(unknown).build(),
        f.idea(north, "not from here").channel(Channel.PAPER).onBehalfOf(south.id()).build());

    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.ALL_OR_NOTHING)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::field).containsExactly("items[1]", "items[2]");
          assertThat(e.violations().get(0).reason()).isEqualTo("not-found: participant " + unknown + " not found");
          assertThat(e.violations().get(1).reason()).startsWith("not-eligible: ");
        });
    assertThat(contributions.counts(f.visitor, north.id()).total()).isZero();
  }

  @Test
  void skipInvalidStoresTheGoodItemsAndReportsEachBadOneByIndex() {
    ParticipantId unknown = ParticipantId.parse("01890a5d-ac96-774b-bcce-b302099a8058");
    List<NewContribution> items = new ArrayList<>(oneBadAtIndex3());
    items.set(1, paper("who?").onBehalfOf(unknown).build());
    long before = f.lastPosition();

    BatchResult result = contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.SKIP_INVALID));

    assertThat(result.accepted()).isEqualTo(3);
    assertThat(result.rejected()).isEqualTo(2);
    assertThat(result.items()).extracting(BatchResult.ItemResult::index).containsExactly(0, 1, 2, 3, 4);
    BatchResult.ItemResult notFound = result.items().get(1);
    assertThat(notFound.contribution()).isEmpty();
    assertThat(notFound.errorKind()).contains("not-found");
    assertThat(notFound.message()).contains("participant " + unknown + " not found");
    assertThat(notFound.violations()).isEmpty();
    BatchResult.ItemResult invalid = result.items().get(3);
    assertThat(invalid.contribution()).isEmpty();
    assertThat(invalid.errorKind()).contains("invalid-input");
    assertThat(invalid.violations()).extracting(Violation::field).containsExactlyInAnyOrder("body", "language");
    assertThat(invalid.message()).isEmpty();
    List<ContributionId> good = List.of(0, 2, 4).stream().map(i -> result.items().get(i).contribution().orElseThrow()).toList();
    assertThat(stored()).extracting(Contribution::id).containsExactlyInAnyOrderElementsOf(good);
    assertThat(f.lastPosition()).isEqualTo(before + 3);
    assertThat(f.consulta.events().read(f.system, before, 10)).extracting(e -> ((ConsultaEvent.ContributionSubmitted) e.event()).contribution())
        .containsExactlyElementsOf(good);
  }

  @Test
  void skipInvalidWithEveryItemBadWritesNothing() {
    long before = f.lastPosition();
    store.reset();

    BatchResult result = contributions.submitAll(f.moderator, ContributionBatch.of(List.of(paper(" ").build()), BatchMode.SKIP_INVALID));

    assertThat(result.accepted()).isZero();
    assertThat(result.rejected()).isEqualTo(1);
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(store.count(Write.INSERT_ALL) + store.count(Write.APPEND_ALL)).isZero();
  }

  @Test
  void rejectionsNeverRepeatTheItemsText() {
    String text = "My neighbour Ana Silva at Rua Augusta 12 keeps parking on the pavement";
    List<NewContribution> items = List.of(paper(text).kind(ContributionKind.COMMENT).language("?").build());

    BatchResult result = contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.SKIP_INVALID));

    assertThat(result.items().get(0).toString()).doesNotContain("Ana", "Augusta");
    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.ALL_OR_NOTHING)))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Ana", "Augusta"));
  }

  @ParameterizedTest
  @EnumSource(BatchMode.class)
  void aConsultationThatIsNotOpenFailsTheWholeBatch(BatchMode mode) {
    f.consulta.consultations().transition(f.manager, PhaseTransition.to(c.id(), Phase.CLOSED));
    long before = f.lastPosition();

    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(paperIdeas(3), mode)))
        .isInstanceOf(ConsultationNotOpenException.class);
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(stored()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(BatchMode.class)
  void anActorWhoMayNotRecordAnItemsChannelFailsTheWholeBatch(BatchMode mode) {
    List<NewContribution> paperAndOnline = List.of(paper("paper").build(), f.idea(c, "online").build());

    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(paperAndOnline, mode)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> contributions.submitAll(f.actor(p), ContributionBatch.of(paperAndOnline, mode)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(stored()).isEmpty();
  }

  @Test
  void aParticipantMaySubmitABatchOfTheirOwnOnlineInput() {
    List<NewContribution> mine = List.of(f.idea(c, "one").build(), f.idea(c, "two").build());

    BatchResult result = contributions.submitAll(f.actor(p), ContributionBatch.of(mine, BatchMode.ALL_OR_NOTHING));

    assertThat(result.accepted()).isEqualTo(2);
    assertThat(contributions.mine(f.actor(p), PageRequest.first()).items()).allSatisfy(x -> {
      assertThat(x.channel()).isEqualTo(Channel.ONLINE);
      assertThat(x.recordedBy()).isEmpty();
    });
  }

  @Test
  void theSystemImportsAnonymousPaperFormsWhereAnyoneMayTakePart() {
    Consultation anyone = f.open(f.consulta.consultations().create(f.manager, f.consultationDraft().eligibility(new EligibilityRule.Anyone()).build()));
    List<NewContribution> forms = List.of(f.idea(anyone, "a").channel(Channel.PAPER).build(), f.idea(anyone, "b").channel(Channel.IN_PERSON).build());

    BatchResult result = contributions.submitAll(f.system, ContributionBatch.of(forms, BatchMode.ALL_OR_NOTHING));

    assertThat(result.accepted()).isEqualTo(2);
    assertThat(contributions.counts(f.visitor, anyone.id()).byChannel()).isEqualTo(Map.of(Channel.PAPER, 1L, Channel.IN_PERSON, 1L));
  }

  @Test
  void countsByKindAndChannelMoveByTheBatch() {
    Contribution proposal = contributions.submit(f.moderator, paper("proposal").kind(ContributionKind.PROPOSAL).build());
    List<NewContribution> items = List.of(
        paper("idea on paper").build(),
        paper("idea in person").channel(Channel.IN_PERSON).build(),
        paper("pro").kind(ContributionKind.ARGUMENT).parent(proposal.id()).side(ArgumentSide.PRO).build(),
        paper("comment").kind(ContributionKind.COMMENT).parent(proposal.id()).channel(Channel.IN_PERSON).build());

    contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.ALL_OR_NOTHING));

    ContributionCounts counts = contributions.counts(f.visitor, c.id());
    assertThat(counts.total()).isEqualTo(5);
    assertThat(counts.byKind()).isEqualTo(Map.of(ContributionKind.PROPOSAL, 1L, ContributionKind.IDEA, 2L,
        ContributionKind.ARGUMENT, 1L, ContributionKind.COMMENT, 1L));
    assertThat(counts.byChannel()).isEqualTo(Map.of(Channel.PAPER, 3L, Channel.IN_PERSON, 2L));
    assertThat(counts.byState()).isEqualTo(Map.of(ContributionState.PUBLISHED, 5L));
  }

  @Test
  void eachParentsReplyCountMovesOnceByTheSumOfItsNewReplies() {
    Contribution a = contributions.submit(f.moderator, paper("a").kind(ContributionKind.PROPOSAL).build());
    Contribution b = contributions.submit(f.moderator, paper("b").kind(ContributionKind.PROPOSAL).build());
    List<NewContribution> replies = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      replies.add(paper("on a " + i).kind(ContributionKind.COMMENT).parent(a.id()).build());
    }
    replies.add(paper("on b").kind(ContributionKind.COMMENT).parent(b.id()).build());
    replies.add(paper("on b, con").kind(ContributionKind.ARGUMENT).side(ArgumentSide.CON).parent(b.id()).build());
    Collections.swap(replies, 1, 3);
    store.reset();

    contributions.submitAll(f.moderator, ContributionBatch.of(replies, BatchMode.ALL_OR_NOTHING));

    Contribution a2 = contributions.get(f.visitor, a.id());
    Contribution b2 = contributions.get(f.visitor, b.id());
    assertThat(a2.replies()).isEqualTo(3);
    assertThat(a2.version()).isEqualTo(a.version() + 1);
    assertThat(b2.replies()).isEqualTo(2);
    assertThat(b2.version()).isEqualTo(b.version() + 1);
    assertThat(store.count(Write.UPDATE)).isEqualTo(2);
  }

  @Test
  void readersWhoAreNotStaffSeeWhoRecordedPaperInputAsStaff() {
    Contribution recorded = contributions.submit(f.moderator, paper("on paper").build());

    assertThat(recorded.recordedBy()).contains(f.moderator.subject());
    assertThat(contributions.get(f.moderator, recorded.id()).recordedBy()).contains(f.moderator.subject());
    assertThat(contributions.get(f.visitor, recorded.id()).recordedBy()).contains(org.consulta.core.access.Actor.PUBLIC_STAFF);
    assertThat(contributions.list(f.visitor, ContributionQuery.of(c.id()), PageRequest.first()).items())
        .filteredOn(x -> x.id().equals(recorded.id())).extracting(Contribution::recordedBy)
        .containsExactly(java.util.Optional.of(org.consulta.core.access.Actor.PUBLIC_STAFF));
  }

  @ParameterizedTest
  @EnumSource(value = Write.class, names = {"INSERT_ALL", "UPDATE", "APPEND_ALL"})
  void aStoreFailureInTheMiddleOfTheBatchsWritesLeavesNoTrace(Write failing) {
    Contribution proposal = contributions.submit(f.moderator, paper("proposal").kind(ContributionKind.PROPOSAL).build());
    Contribution other = contributions.submit(f.moderator, paper("other").kind(ContributionKind.PROPOSAL).build());
    List<NewContribution> items = new ArrayList<>(paperIdeas(6));
    items.add(paper("reply").kind(ContributionKind.COMMENT).parent(proposal.id()).build());
    items.add(paper("reply").kind(ContributionKind.COMMENT).parent(other.id()).build());
    long before = f.lastPosition();
    ContributionCounts counts = contributions.counts(f.visitor, c.id());
    List<Contribution> storedBefore = stored();
    int heard = f.heard.size();

    store.failOn(Optional.of(failing));
    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.SKIP_INVALID)))
        .isInstanceOf(StoreException.class);
    store.failOn(Optional.empty());

    assertThat(stored()).isEqualTo(storedBefore);
    assertThat(contributions.get(f.visitor, proposal.id())).isEqualTo(proposal.publicView());
    assertThat(contributions.get(f.visitor, other.id())).isEqualTo(other.publicView());
    assertThat(contributions.counts(f.visitor, c.id())).isEqualTo(counts);
    assertThat(contributions.mine(f.actor(p), PageRequest.first()).items()).containsExactlyInAnyOrderElementsOf(storedBefore.stream().map(Contribution::publicView).toList());
    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(f.heard).hasSize(heard);

    contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.SKIP_INVALID));
    assertThat(f.consulta.events().read(f.system, before, 100)).extracting(RecordedEvent::position)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, items.size()).mapToObj(i -> before + i).toList());
  }

  @Test
  void repeatingABatchWithItsKeyReturnsTheFirstResultAndWritesNothingMore() {
    ContributionBatch batch = new ContributionBatch(oneBadAtIndex3(), BatchMode.SKIP_INVALID, Optional.of(IdempotencyKey.of("import-1")));
    BatchResult first = contributions.submitAll(f.moderator, batch);
    long position = f.lastPosition();
    ContributionCounts counts = contributions.counts(f.visitor, c.id());
    store.reset();

    BatchResult again = contributions.submitAll(f.moderator, batch);

    assertThat(again).isEqualTo(first);
    assertThat(f.lastPosition()).isEqualTo(position);
    assertThat(contributions.counts(f.visitor, c.id())).isEqualTo(counts);
    assertThat(store.count(Write.INSERT_ALL) + store.count(Write.APPEND_ALL)).isZero();
  }

  @Test
  void theKeyOfADifferentBatchIsAConflict() {
    IdempotencyKey key = IdempotencyKey.of("import-2");
    contributions.submitAll(f.moderator, new ContributionBatch(paperIdeas(2), BatchMode.SKIP_INVALID, Optional.of(key)));

    assertThatThrownBy(() -> contributions.submitAll(f.moderator, new ContributionBatch(paperIdeas(3), BatchMode.SKIP_INVALID, Optional.of(key))))
        .isInstanceOf(ConflictException.class);
    assertThat(contributions.counts(f.visitor, c.id()).total()).isEqualTo(2);
  }

  @Test
  void itemsKeysAreIgnoredInsideABatch() {
    IdempotencyKey key = IdempotencyKey.of("item-key");
    List<NewContribution> twice = List.of(paper("same").idempotencyKey(key).build(), paper("same").idempotencyKey(key).build());

    BatchResult result = contributions.submitAll(f.moderator, ContributionBatch.of(twice, BatchMode.ALL_OR_NOTHING));

    assertThat(result.accepted()).isEqualTo(2);
    assertThat(contributions.submit(f.moderator, paper("same").idempotencyKey(key).build()).id())
        .isNotIn(result.items().get(0).contribution().orElseThrow(), result.items().get(1).contribution().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(BatchMode.class)
  void anotherTenantsConsultationIsNotFoundAndNothingIsWritten(BatchMode mode) {
    TenantId porto = TenantId.of("porto");
    Actor portoStaff = Actor.of(porto, "staff-porto", Role.MODERATOR);
    long before = f.lastPosition();

    assertThatThrownBy(() -> contributions.submitAll(portoStaff, ContributionBatch.of(paperIdeas(2), mode)))
        .isInstanceOf(NotFoundException.class);

    assertThat(f.lastPosition()).isEqualTo(before);
    assertThat(contributions.counts(f.visitor, c.id()).total()).isZero();
    assertThat(f.consulta.events().lastPosition(Actor.system(porto))).isZero();
  }

  @Test
  void oneUnknownConsultationFailsABatchSpanningSeveral() {
    Consultation second = f.openConsultation();
    List<NewContribution> items = List.of(paper("here").build(),
        f.idea(second, "there").channel(Channel.PAPER).onBehalfOf(p.id()).build(),
        f.idea(second, "nowhere").consultation(org.consulta.core.consultation.ConsultationId.parse("01890a5d-ac96-774b-bcce-b302099a8057"))
            .channel(Channel.PAPER).onBehalfOf(p.id()).build());

    assertThatThrownBy(() -> contributions.submitAll(f.moderator, ContributionBatch.of(items, BatchMode.SKIP_INVALID)))
        .isInstanceOf(NotFoundException.class);
    assertThat(contributions.counts(f.visitor, c.id()).total()).isZero();
    assertThat(contributions.counts(f.visitor, second.id()).total()).isZero();
  }

  @Test
  void theBatchLimitIsAClearViolation() {
    List<NewContribution> tooMany = Collections.nCopies(ContributionBatch.MAX_ITEMS + 1, paper("x").build());

    assertThatThrownBy(() -> ContributionBatch.of(tooMany, BatchMode.SKIP_INVALID)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.field()).isEqualTo("items");
          assertThat(v.reason()).contains("1..10000", "10001");
        }));
    assertThatThrownBy(() -> ContributionBatch.of(List.of(), BatchMode.SKIP_INVALID)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aBatchOfTheMaximumSizeIsStored() {
    long before = f.lastPosition();
    store.reset();

    BatchResult result = contributions.submitAll(f.moderator, ContributionBatch.of(paperIdeas(ContributionBatch.MAX_ITEMS), BatchMode.ALL_OR_NOTHING));

    assertThat(result.accepted()).isEqualTo(ContributionBatch.MAX_ITEMS);
    assertThat(contributions.counts(f.visitor, c.id()).total()).isEqualTo(ContributionBatch.MAX_ITEMS);
    assertThat(f.lastPosition()).isEqualTo(before + ContributionBatch.MAX_ITEMS);
    assertThat(store.count(Write.INSERT_ALL)).isEqualTo(1);
    assertThat(store.count(Write.APPEND_ALL)).isEqualTo(1);
  }

  @Test
  void submitAndABatchOfOneJudgeAlike() {
    NewContribution bad = paper(" ").kind(ContributionKind.REPORT).channel(Channel.PHONE).language("english!").side(ArgumentSide.PRO).build();

    Set<String> single = fields(() -> contributions.submit(f.moderator, bad));
    BatchResult batch = contributions.submitAll(f.moderator, ContributionBatch.of(List.of(bad), BatchMode.SKIP_INVALID));

    assertThat(batch.items().get(0).violations()).extracting(Violation::field).containsExactlyInAnyOrderElementsOf(single);
  }

  private static Set<String> fields(Runnable call) {
    try {
      call.run();
      throw new AssertionError("expected invalid input");
    } catch (InvalidInputException e) {
      return Set.copyOf(e.violations().stream().map(Violation::field).toList());
    }
  }
}
