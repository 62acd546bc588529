package org.consulta.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.consulta.core.access.TenantId;
import org.consulta.core.consultation.ConsultationRepository;
import org.consulta.core.contribution.ContributionRepository;
import org.consulta.core.contribution.ReactionRepository;
import org.consulta.core.expectation.ExpectationRepository;
import org.consulta.core.moderation.ModerationRepository;
import org.consulta.core.outcome.OutcomeRepository;
import org.consulta.core.participant.ParticipantRepository;
import org.consulta.core.store.EventLog;
import org.consulta.core.store.IdempotencyRepository;
import org.consulta.core.store.UnitOfWork;
import org.consulta.core.webhook.WebhookRepository;

/** One database transaction bound to one tenant: every statement filters on the tenant id first. */
final class JdbcUnitOfWork implements UnitOfWork {
  final Connection connection;
  final Dialect dialect;
  final Tables tables;
  final Docs docs;
  final TenantId tenant;
  private boolean open = true;

  private final JdbcConsultations consultations;
  private final JdbcParticipants participants;
  private final JdbcContributions contributions;
  private final JdbcReactions reactions;
  private final JdbcEventLog events;
  private final JdbcIdempotency idempotency;
  private final JdbcWebhooks webhooks;
  private final JdbcModeration moderation;
  private final JdbcOutcomes outcomes;
  private final JdbcExpectations expectations;

  JdbcUnitOfWork(Connection connection, Dialect dialect, Tables tables, Docs docs, TenantId tenant) {
    this.connection = connection;
    this.dialect = dialect;
    this.tables = tables;
    this.docs = docs;
    this.tenant = tenant;
    this.consultations = new JdbcConsultations(this);
    this.participants = new JdbcParticipants(this);
    this.contributions = new JdbcContributions(this);
    this.reactions = new JdbcReactions(this);
    this.events = new JdbcEventLog(this);
    this.idempotency = new JdbcIdempotency(this);
    this.webhooks = new JdbcWebhooks(this);
    this.moderation = new JdbcModeration(this);
    this.outcomes = new JdbcOutcomes(this);
    this.expectations = new JdbcExpectations(this);
  }

  void end() {
    open = false;
  }

  /** Prepares a statement whose first parameter is this unit of work's tenant. */
  PreparedStatement prepare(String sql) throws SQLException {
    if (!open) {
      throw new IllegalStateException("this unit of work has ended");
    }
    PreparedStatement ps = connection.prepareStatement(sql);
    ps.setString(1, tenant.value());
    return ps;
  }

  /**
   * Prepares a statement that binds the tenant itself, for the few whose SQL cannot take it first
   * (an {@code INSERT ... SELECT} whose select list binds values before its {@code WHERE}).
   */
  PreparedStatement prepareUnbound(String sql) throws SQLException {
    if (!open) {
      throw new IllegalStateException("this unit of work has ended");
    }
    return connection.prepareStatement(sql);
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public ConsultationRepository consultations() {
    return consultations;
  }

  @Override
  public ParticipantRepository participants() {
    return participants;
  }

  @Override
  public ContributionRepository contributions() {
    return contributions;
  }

  @Override
  public ReactionRepository reactions() {
    return reactions;
  }

  @Override
  public EventLog events() {
    return events;
  }

  @Override
  public IdempotencyRepository idempotency() {
    return idempotency;
  }

  @Override
  public WebhookRepository webhooks() {
    return webhooks;
  }

  @Override
  public ModerationRepository moderation() {
    return moderation;
  }

  @Override
  public OutcomeRepository outcomes() {
    return outcomes;
  }

  @Override
  public ExpectationRepository expectations() {
    return expectations;
  }
}
