-- Webhooks: subscriptions and the transactional outbox of deliveries (MariaDB). A delivery row is
-- written in the same transaction as its event; relays claim due rows across tenants with
-- SELECT ... FOR UPDATE SKIP LOCKED (MariaDB 10.6+) and a lease (claimed_by, lease_until_us), see docs/architecture.md.

CREATE TABLE ${qualifier}${prefix}webhook (
  tenant_id     VARCHAR(64)  NOT NULL,
  id            CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  active        BOOLEAN NOT NULL,
  secret        VARCHAR(200) NOT NULL,
  created_us    BIGINT       NOT NULL,
  doc           LONGTEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE ${qualifier}${prefix}webhook_delivery (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  webhook_id      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  pos             BIGINT       NOT NULL,
  aggregate_key   VARCHAR(64)  NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  next_attempt_us BIGINT       NOT NULL,
  claimed_by      VARCHAR(128),
  lease_until_us  BIGINT,
  doc             LONGTEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX ${prefix}webhook_delivery_list ON ${qualifier}${prefix}webhook_delivery (tenant_id, webhook_id, pos, id);
CREATE INDEX ${prefix}webhook_delivery_order ON ${qualifier}${prefix}webhook_delivery (tenant_id, webhook_id, aggregate_key, status, pos);
CREATE INDEX ${prefix}webhook_delivery_due ON ${qualifier}${prefix}webhook_delivery (status, next_attempt_us);
