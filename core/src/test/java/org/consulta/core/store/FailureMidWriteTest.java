package org.consulta.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.consulta.core.Consulta;
import org.consulta.core.Fixtures;
import org.consulta.core.consultation.Consultation;
import org.consulta.core.consultation.ContributionKind;
import org.consulta.core.contribution.Contribution;
import org.consulta.core.contribution.ContributionCounts;
import org.consulta.core.contribution.ContributionQuery;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.ForwardingContributionRepository;
import org.consulta.core.error.StoreException;
import org.consulta.core.participant.Participant;
import org.consulta.core.store.memory.InMemoryStore;
import org.consulta.core.value.PageRequest;
import org.junit.jupiter.api.Test;

/** A store that fails in the middle of a command's writes must leave nothing of that command behind. */
class FailureMidWriteTest {
  private final AtomicBoolean failParentUpdate = new AtomicBoolean();
  private final InMemoryStore memory = new InMemoryStore();

  @Test
  void aCommentWhoseParentUpdateFailsLeavesNoTrace() {
    Fixtures g = new Fixtures(ForwardingUnitOfWork.decorate(memory, FailingUnitOfWork::new), Consulta.builder());
    Consultation c = g.openConsultation();
    Participant p = g.register();
    Contribution proposal = g.consulta.contributions().submit(g.actor(p), g.idea(c, "proposal").kind(ContributionKind.PROPOSAL).build());
    long position = g.lastPosition();
    ContributionCounts counts = g.consulta.contributions().counts(g.visitor, c.id());

    failParentUpdate.set(true);
    assertThatThrownBy(() -> g.consulta.contributions().submit(g.actor(p),
        g.idea(c, "reply").kind(ContributionKind.COMMENT).parent(proposal.id()).build())).isInstanceOf(StoreException.class);
    failParentUpdate.set(false);

    assertThat(g.lastPosition()).isEqualTo(position);
    assertThat(g.consulta.contributions().counts(g.visitor, c.id())).isEqualTo(counts);
    assertThat(g.consulta.contributions().get(g.visitor, proposal.id())).isEqualTo(proposal);
    assertThat(g.consulta.contributions().list(g.visitor, ContributionQuery.of(c.id()), PageRequest.first()).items())
        .containsExactly(proposal);
    assertThat(g.consulta.contributions().mine(g.actor(p), PageRequest.first()).items()).containsExactly(proposal);

    Contribution reply = g.consulta.contributions().submit(g.actor(p), g.idea(c, "reply").kind(ContributionKind.COMMENT).parent(proposal.id()).build());
    assertThat(g.consulta.events().read(g.system, position, 10)).singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(position + 1));
    assertThat(g.consulta.contributions().get(g.visitor, proposal.id()).replies()).isEqualTo(1);
    assertThat(reply.parent()).contains(proposal.id());
  }


  private final class FailingUnitOfWork extends ForwardingUnitOfWork {
    private final UnitOfWork uow;

    FailingUnitOfWork(UnitOfWork uow) {
      this.uow = uow;
    }

    @Override
    protected UnitOfWork delegate() {
      return uow;
    }

    @Override
    public ContributionRepository contributions() {
      ContributionRepository real = uow.contributions();
      return new ForwardingContributionRepository() {
        @Override
        protected ContributionRepository delegate() {
          return real;
        }

        @Override
        public void update(Contribution contribution) {
          if (failParentUpdate.get()) {
            throw new StoreException("connection lost");
          }
          real.update(contribution);
        }
      };
    }
  }
}
