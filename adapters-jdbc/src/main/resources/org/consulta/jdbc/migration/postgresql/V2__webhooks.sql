-- Webhooks: subscriptions and the transactional outbox of deliveries (PostgreSQL). A delivery row is
-- written in the same transaction as its event; relays claim due rows across tenants with
-- SELECT ... FOR UPDATE SKIP LOCKED and a lease (claimed_by, lease_until_us), see docs/architecture.md.

CREATE TABLE ${qualifier}${prefix}webhook (
  tenant_id     VARCHAR(64)  NOT NULL,
  id            UUID NOT NULL,
  active        BOOLEAN NOT NULL,
  secret        VARCHAR(200) NOT NULL,
  created_us    BIGINT       NOT NULL,
  doc           TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE ${qualifier}${prefix}webhook_delivery (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              UUID NOT NULL,
  webhook_id      UUID NOT NULL,
  pos             BIGINT       NOT NULL,
  aggregate_key   VARCHAR(64)  NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  next_attempt_us BIGINT       NOT NULL,
  claimed_by      VARCHAR(128),
  lease_until_us  BIGINT,
  doc             TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}webhook_delivery_list ON ${qualifier}${prefix}webhook_delivery (tenant_id, webhook_id, pos, id);
CREATE INDEX ${prefix}webhook_delivery_order ON ${qualifier}${prefix}webhook_delivery (tenant_id, webhook_id, aggregate_key, status, pos);
CREATE INDEX ${prefix}webhook_delivery_due ON ${qualifier}${prefix}webhook_delivery (next_attempt_us) WHERE status = 'PENDING';
