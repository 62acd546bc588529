package org.consulta.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionId;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionQueryBuilder;
import org.consulta.core.contribution.ContributionState;
import org.consulta.core.error.ConflictException;
import org.consulta.core.error.NotFoundException;
import org.consulta.core.error.VersionConflictException;
import org.consulta.core.participant.Participant;
import org.consulta.core.value.SortKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules of {@link org.consulta.core.contribution.ContributionRepository}. */
abstract class ContributionRules extends KitRules {
  ContributionRules(StoreCompatibilityKit kit) {
    super(kit);
  }

  /**
   * Ids in ascending unsigned order whose signed order ({@link UUID#compareTo}) differs: the high
   * bit set in the most, then in the least significant half.
   */
  static List<UUID> idsInUnsignedOrder() {
    return List.of(
        new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0001L),
        new UUID(0x0000_0000_0000_7000L, 0xF000_0000_0000_0001L),
        new UUID(0x7FFF_FFFF_FFFF_7FFFL, 0x8000_0000_0000_0001L),
        new UUID(0x8000_0000_0000_7000L, 0x0000_0000_0000_0001L),
        new UUID(0xFFFF_FFFF_FFFF_7FFFL, 0x8000_0000_0000_0001L));
  }

  @Test
  @DisplayName("find returns an inserted contribution equal to the one inserted")
  void insertThenFindRoundTrips() {
    Consultation c = insertedConsultation(a);
    Participant p = insertedParticipant(a);
    Contribution idea = samples.contribution(c).author(p.id()).build();
    Contribution report = samples.contribution(c).kind(ContributionKind.REPORT).category("roads").channel(Channel.PHONE).confidential().build();
    useA(uow -> {
      uow.contributions().insert(idea);
      uow.contributions().insert(report);
    });
    Contribution argument = inserted(samples.contribution(c).kind(ContributionKind.ARGUMENT).parent(idea.id()).build());
    useA(uow -> assertThat(uow.contributions().find(idea.id())).contains(idea));
    useA(uow -> assertThat(uow.contributions().find(report.id())).contains(report));
    useA(uow -> assertThat(uow.contributions().find(argument.id())).contains(argument));
    useA(uow -> assertThat(uow.contributions().find(samples.contributionId())).isEmpty());
  }

  @Test
  @DisplayName("inserting an id that exists is a ConflictException and keeps the stored one")
  void insertDuplicateConflicts() {
    Consultation c = insertedConsultation(a);
    Contribution idea = inserted(samples.contribution(c).build());
    Contribution twin = samples.contribution(c).id(idea.id()).kind(ContributionKind.PROPOSAL).build();
    assertThatThrownBy(() -> useA(uow -> uow.contributions().insert(twin))).isInstanceOf(ConflictException.class);
    useA(uow -> assertThat(uow.contributions().find(idea.id())).contains(idea));
    useA(uow -> assertThat(uow.contributions().counts(c.id()).total()).isEqualTo(1));
  }

  @Test
  @DisplayName("insertAll inserts every contribution")
  void insertAllInsertsEvery() {
    Consultation c = insertedConsultation(a);
    List<Contribution> batch = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      batch.add(samples.contribution(c).build());
    }
    useA(uow -> uow.contributions().insertAll(batch));
    for (Contribution each : batch) {
      useA(uow -> assertThat(uow.contributions().find(each.id())).contains(each));
    }
    useA(uow -> assertThat(uow.contributions().list(ContributionQuery.of(c.id()), Optional.empty(), 10)).containsExactlyElementsOf(batch));
    useA(uow -> assertThat(uow.contributions().counts(c.id()).total()).isEqualTo(5));
  }

  @Test
  @DisplayName("insertAll with an id that exists is a ConflictException")
  void insertAllWithDuplicateConflicts() {
    Consultation c = insertedConsultation(a);
    Contribution existing = inserted(samples.contribution(c).build());
    Contribution fresh = samples.contribution(c).build();
    Contribution twin = samples.contribution(c).id(existing.id()).build();
    assertThatThrownBy(() -> useA(uow -> uow.contributions().insertAll(List.of(fresh, twin)))).isInstanceOf(ConflictException.class);
    useA(uow -> assertThat(uow.contributions().find(existing.id())).contains(existing));
    useA(uow -> assertThat(uow.contributions().find(fresh.id())).isEmpty());
  }

  @Test
  @DisplayName("update at stored version + 1 replaces the stored state")
  void updateAtNextVersion() {
    Consultation c = insertedConsultation(a);
    Contribution idea = inserted(samples.contribution(c).build());
    Contribution v2 = ContributionSample.revisionOf(idea).state(ContributionState.HIDDEN).build();
    useA(uow -> uow.contributions().update(v2));
    useA(uow -> assertThat(uow.contributions().find(idea.id())).contains(v2));
    useA(uow -> assertThat(uow.contributions().list(ContributionQuery.of(c.id()), Optional.empty(), 10)).containsExactly(v2));
  }

  @Test
  @DisplayName("update at any other version is a VersionConflictException and keeps the stored state")
  void updateAtWrongVersionConflicts() {
    Consultation c = insertedConsultation(a);
    Contribution idea = inserted(samples.contribution(c).build());
    Contribution v2 = ContributionSample.revisionOf(idea).state(ContributionState.HIDDEN).build();
    useA(uow -> uow.contributions().update(v2));
    Contribution stale = ContributionSample.revisionOf(idea).state(ContributionState.REJECTED).build();
    Contribution skipping = ContributionSample.revisionOf(v2).version(4).state(ContributionState.REJECTED).build();
    assertThatThrownBy(() -> useA(uow -> uow.contributions().update(stale))).isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> useA(uow -> uow.contributions().update(skipping))).isInstanceOf(VersionConflictException.class);
    useA(uow -> assertThat(uow.contributions().find(idea.id())).contains(v2));
    useA(uow -> assertThat(uow.contributions().counts(c.id()).of(ContributionState.REJECTED)).isZero());
  }

  @Test
  @DisplayName("update of an unknown contribution is a NotFoundException")
  void updateUnknownIsNotFound() {
    Consultation c = insertedConsultation(a);
    Contribution never = ContributionSample.revisionOf(samples.contribution(c).build()).build();
    assertThatThrownBy(() -> useA(uow -> uow.contributions().update(never))).isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("list without filters returns the consultation's contributions, and no other's, by (submittedAt, id)")
  void listAllOfConsultation() {
    Dataset d = dataset();
    assertThat(list(ContributionQuery.of(d.consultation.id()))).containsExactlyElementsOf(d.all());
    assertThat(list(ContributionQuery.of(d.other.id()))).containsExactly(d.elsewhere);
    assertThat(list(ContributionQuery.of(samples.consultationId()))).isEmpty();
  }

  @Test
  @DisplayName("list filtered by kinds returns only those kinds")
  void listByKinds() {
    Dataset d = dataset();
    assertThat(list(query(d).addKinds(ContributionKind.REPORT, ContributionKind.PROPOSAL).build()))
        .containsExactly(d.proposal, d.hiddenReport, d.paperReport);
  }

  @Test
  @DisplayName("list filtered by states returns only those states")
  void listByStates() {
    Dataset d = dataset();
    assertThat(list(query(d).addStates(ContributionState.HIDDEN, ContributionState.REJECTED).build()))
        .containsExactly(d.hiddenReport, d.rejectedArgument);
  }

  @Test
  @DisplayName("list filtered by category returns only that category")
  void listByCategory() {
    Dataset d = dataset();
    assertThat(list(query(d).category("roads").build())).containsExactly(d.proposal, d.hiddenReport);
  }

  @Test
  @DisplayName("list filtered by author returns only that author's, in that consultation")
  void listByAuthor() {
    Dataset d = dataset();
    assertThat(list(query(d).author(d.ana.id()).build())).containsExactly(d.idea, d.hiddenReport, d.rejectedArgument);
  }

  @Test
  @DisplayName("list filtered by parent returns only the replies to it")
  void listByParent() {
    Dataset d = dataset();
    assertThat(list(query(d).parent(d.proposal.id()).build())).containsExactly(d.comment, d.rejectedArgument);
  }

  @Test
  @DisplayName("list filtered by submittedFrom includes contributions submitted exactly then")
  void listBySubmittedFrom() {
    Dataset d = dataset();
    assertThat(list(query(d).submittedFrom(d.hiddenReport.submittedAt()).build()))
        .containsExactly(d.hiddenReport, d.paperReport, d.comment, d.rejectedArgument);
  }

  @Test
  @DisplayName("list filtered by submittedBefore excludes contributions submitted exactly then")
  void listBySubmittedBefore() {
    Dataset d = dataset();
    assertThat(list(query(d).submittedBefore(d.hiddenReport.submittedAt()).build())).containsExactly(d.idea, d.proposal);
  }

  @Test
  @DisplayName("list applies all given filters together")
  void listByCombinedFilters() {
    Dataset d = dataset();
    ContributionQuery q = query(d)
        .submittedFrom(d.proposal.submittedAt())
        .submittedBefore(d.rejectedArgument.submittedAt())
        .author(d.ana.id())
        .addKinds(ContributionKind.REPORT, ContributionKind.ARGUMENT, ContributionKind.IDEA)
        .build();
    assertThat(list(q)).containsExactly(d.hiddenReport);
  }

  @Test
  @DisplayName("list follows updates that change the state")
  void listFollowsStateChanges() {
    Dataset d = dataset();
    useA(uow -> uow.contributions().update(ContributionSample.revisionOf(d.idea).state(ContributionState.HIDDEN).build()));
    assertThat(list(query(d).addStates(ContributionState.HIDDEN).build()))
        .extracting(Contribution::id).containsExactly(d.idea.id(), d.hiddenReport.id());
  }

  @Test
  @DisplayName("list pages by a strictly exclusive 'after' key, up to 'limit' items")
  void listPagesAfterExclusiveKey() {
    Dataset d = dataset();
    List<Contribution> all = d.all();
    ContributionQuery q = ContributionQuery.of(d.consultation.id());
    List<Contribution> seen = new ArrayList<>();
    Optional<SortKey> after = Optional.empty();
    List<Integer> sizes = new ArrayList<>();
    while (true) {
      Optional<SortKey> from = after;
      List<Contribution> page = inA(uow -> uow.contributions().list(q, from, 4));
      sizes.add(page.size());
      if (page.isEmpty()) {
        break;
      }
      seen.addAll(page);
      after = Optional.of(page.get(page.size() - 1).sortKey());
    }
    assertThat(seen).containsExactlyElementsOf(all);
    assertThat(sizes).containsExactly(4, 2, 0);
    useA(uow -> assertThat(uow.contributions().list(q, Optional.of(d.proposal.sortKey()), 1)).containsExactly(d.hiddenReport));
  }

  @Test
  @DisplayName("list's 'after' key need not be an existing contribution's")
  void listAfterArbitraryKey() {
    Dataset d = dataset();
    SortKey between = new SortKey(d.hiddenReport.submittedAt().plusMillis(1), new UUID(0, 0));
    useA(uow -> assertThat(uow.contributions().list(ContributionQuery.of(d.consultation.id()), Optional.of(between), 2))
        .containsExactly(d.paperReport, d.comment));
  }

  @Test
  @DisplayName("list combines 'after' with submittedFrom and submittedBefore, whichever bound is tighter")
  void listCombinesAfterWithTimeRange() {
    Dataset d = dataset();
    ContributionQuery range = query(d).submittedFrom(d.proposal.submittedAt()).submittedBefore(d.rejectedArgument.submittedAt()).build();
    useA(uow -> assertThat(uow.contributions().list(range, Optional.of(d.idea.sortKey()), 10))
        .containsExactly(d.proposal, d.hiddenReport, d.paperReport, d.comment));
    useA(uow -> assertThat(uow.contributions().list(range, Optional.of(d.hiddenReport.sortKey()), 10))
        .containsExactly(d.paperReport, d.comment));
    useA(uow -> assertThat(uow.contributions().list(range, Optional.of(d.comment.sortKey()), 10)).isEmpty());
  }

  @Test
  @DisplayName("list orders contributions submitted at the same instant by id as unsigned 128-bit numbers")
  void listBreaksTiesByUnsignedId() {
    Consultation c = insertedConsultation(a);
    Instant same = StoreSamples.at(500);
    List<Contribution> tied = new ArrayList<>();
    for (UUID id : idsInUnsignedOrder()) {
      tied.add(samples.contribution(c).id(new ContributionId(id)).submittedAt(same).build());
    }
    List<Contribution> insertOrder = new ArrayList<>(tied);
    Collections.reverse(insertOrder);
    useA(uow -> insertOrder.forEach(uow.contributions()::insert));
    ContributionQuery q = ContributionQuery.of(c.id());
    useA(uow -> assertThat(uow.contributions().list(q, Optional.empty(), 10)).containsExactlyElementsOf(tied));
    useA(uow -> assertThat(uow.contributions().list(q, Optional.of(tied.get(1).sortKey()), 2)).containsExactly(tied.get(2), tied.get(3)));
  }

  @Test
  @DisplayName("listByAuthor returns the author's contributions across consultations by (submittedAt, id), paged by 'after'")
  void listByAuthorAcrossConsultations() {
    Dataset d = dataset();
    List<Contribution> anas = List.of(d.idea, d.hiddenReport, d.elsewhere, d.rejectedArgument);
    useA(uow -> assertThat(uow.contributions().listByAuthor(d.ana.id(), Optional.empty(), 10)).containsExactlyElementsOf(anas));
    useA(uow -> assertThat(uow.contributions().listByAuthor(d.ana.id(), Optional.empty(), 2)).containsExactlyElementsOf(anas.subList(0, 2)));
    useA(uow -> assertThat(uow.contributions().listByAuthor(d.ana.id(), Optional.of(d.hiddenReport.sortKey()), 2))
        .containsExactlyElementsOf(anas.subList(2, 4)));
    useA(uow -> assertThat(uow.contributions().listByAuthor(d.ana.id(), Optional.of(d.rejectedArgument.sortKey()), 2)).isEmpty());
    useA(uow -> assertThat(uow.contributions().listByAuthor(d.bo.id(), Optional.empty(), 10)).containsExactly(d.proposal, d.comment));
    useA(uow -> assertThat(uow.contributions().listByAuthor(samples.participantId(), Optional.empty(), 10)).isEmpty());
  }

  @Test
  @DisplayName("counts gives the consultation's totals by kind, channel and state, leaving out zeros")
  void countsByKindChannelAndState() {
    Dataset d = dataset();
    ContributionCounts counts = inA(uow -> uow.contributions().counts(d.consultation.id()));
    assertThat(counts.total()).isEqualTo(6);
    assertThat(counts.byKind()).isEqualTo(Map.of(
        ContributionKind.IDEA, 1L, ContributionKind.PROPOSAL, 1L, ContributionKind.REPORT, 2L,
        ContributionKind.COMMENT, 1L, ContributionKind.ARGUMENT, 1L));
    assertThat(counts.byChannel()).isEqualTo(Map.of(Channel.ONLINE, 4L, Channel.PAPER, 1L, Channel.PHONE, 1L));
    assertThat(counts.byState()).isEqualTo(Map.of(
        ContributionState.PUBLISHED, 4L, ContributionState.HIDDEN, 1L, ContributionState.REJECTED, 1L));
    useA(uow -> assertThat(uow.contributions().counts(d.other.id()).total()).isEqualTo(1));
    useA(uow -> assertThat(uow.contributions().counts(samples.consultationId())).isEqualTo(ContributionCounts.none()));
  }

  @Test
  @DisplayName("an update that changes the state moves one count from the old state to the new one")
  void stateChangeMovesCounts() {
    Dataset d = dataset();
    useA(uow -> {
      uow.contributions().update(ContributionSample.revisionOf(d.idea).state(ContributionState.WITHDRAWN).build());
      uow.contributions().update(ContributionSample.revisionOf(d.hiddenReport).state(ContributionState.PUBLISHED).build());
    });
    ContributionCounts counts = inA(uow -> uow.contributions().counts(d.consultation.id()));
    assertThat(counts.total()).isEqualTo(6);
    assertThat(counts.byState()).isEqualTo(Map.of(
        ContributionState.PUBLISHED, 4L, ContributionState.WITHDRAWN, 1L, ContributionState.REJECTED, 1L));
    assertThat(counts.of(ContributionKind.REPORT)).isEqualTo(2);
    assertThat(counts.of(Channel.ONLINE)).isEqualTo(4);
  }

  private ContributionQueryBuilder query(Dataset d) {
    return new ContributionQueryBuilder().consultation(d.consultation.id());
  }

  private List<Contribution> list(ContributionQuery q) {
    return inA(uow -> uow.contributions().list(q, Optional.empty(), 100));
  }

  /**
   * Six contributions to one consultation, one second apart, plus one by the same author to
   * another consultation, submitted between them.
   */
  private Dataset dataset() {
    Consultation consultation = insertedConsultation(a);
    Consultation other = insertedConsultation(a);
    Participant ana = insertedParticipant(a);
    Participant bo = insertedParticipant(a);
    Contribution idea = samples.contribution(consultation).author(ana.id()).submittedAt(StoreSamples.at(100)).build();
    Contribution proposal = samples.contribution(consultation).kind(ContributionKind.PROPOSAL).author(bo.id())
        .category("roads").submittedAt(StoreSamples.at(101)).build();
    Contribution hiddenReport = samples.contribution(consultation).kind(ContributionKind.REPORT).author(ana.id())
        .category("roads").channel(Channel.PHONE).state(ContributionState.HIDDEN).submittedAt(StoreSamples.at(102)).build();
    Contribution elsewhere = samples.contribution(other).author(ana.id()).submittedAt(StoreSamples.at(102).plusMillis(500)).build();
    Contribution paperReport = samples.contribution(consultation).kind(ContributionKind.REPORT).category("lights")
        .channel(Channel.PAPER).confidential().submittedAt(StoreSamples.at(103)).build();
    Contribution comment = samples.contribution(consultation).kind(ContributionKind.COMMENT).author(bo.id())
        .parent(proposal.id()).submittedAt(StoreSamples.at(104)).build();
    Contribution rejectedArgument = samples.contribution(consultation).kind(ContributionKind.ARGUMENT).author(ana.id())
        .parent(proposal.id()).state(ContributionState.REJECTED).submittedAt(StoreSamples.at(105)).build();
    // inserted out of order, parents first
    useA(uow -> List.of(proposal, paperReport, idea, elsewhere, hiddenReport).forEach(uow.contributions()::insert));
    useA(uow -> uow.contributions().insertAll(List.of(rejectedArgument, comment)));
    return new Dataset(consultation, other, ana, bo, idea, proposal, hiddenReport, paperReport, comment, rejectedArgument, elsewhere);
  }

  private record Dataset(
      Consultation consultation,
      Consultation other,
      Participant ana,
      Participant bo,
      Contribution idea,
      Contribution proposal,
      Contribution hiddenReport,
      Contribution paperReport,
      Contribution comment,
      Contribution rejectedArgument,
      Contribution elsewhere) {
    List<Contribution> all() {
      return List.of(idea, proposal, hiddenReport, paperReport, comment, rejectedArgument);
    }
  }
}
