-- Consulta core tables (PostgreSQL). Every primary key and index leads with tenant_id so the
-- schema distributes by tenant (Citus: SELECT create_distributed_table('<table>', 'tenant_id')).
-- Instants are BIGINT microseconds since the epoch (UTC); each aggregate's full state is the
-- canonical JSON of its record in "doc"; the other columns are what queries filter and sort on.

CREATE TABLE ${qualifier}${prefix}consultation (
  tenant_id     VARCHAR(64)  NOT NULL,
  id            UUID         NOT NULL,
  version       BIGINT       NOT NULL,
  phase         VARCHAR(32)  NOT NULL,
  created_us    BIGINT       NOT NULL,
  next_move_us  BIGINT,
  doc           TEXT         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}consultation_order ON ${qualifier}${prefix}consultation (tenant_id, created_us, id);
CREATE INDEX ${prefix}consultation_due ON ${qualifier}${prefix}consultation (tenant_id, next_move_us);

CREATE TABLE ${qualifier}${prefix}participant (
  tenant_id     VARCHAR(64)  NOT NULL,
  id            UUID         NOT NULL,
  version       BIGINT       NOT NULL,
  external_ref  VARCHAR(128),
  doc           TEXT         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ${prefix}participant_ref ON ${qualifier}${prefix}participant (tenant_id, external_ref);

CREATE TABLE ${qualifier}${prefix}participant_contact (
  tenant_id      VARCHAR(64) NOT NULL,
  participant_id UUID        NOT NULL,
  doc            TEXT        NOT NULL,
  PRIMARY KEY (tenant_id, participant_id)
);

CREATE TABLE ${qualifier}${prefix}demographic_schema (
  tenant_id     VARCHAR(64)  NOT NULL,
  doc           TEXT         NOT NULL,
  PRIMARY KEY (tenant_id)
);

CREATE TABLE ${qualifier}${prefix}contribution (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              UUID         NOT NULL,
  consultation_id UUID         NOT NULL,
  version         BIGINT       NOT NULL,
  kind            VARCHAR(32)  NOT NULL,
  state           VARCHAR(32)  NOT NULL,
  channel         VARCHAR(16)  NOT NULL,
  category        VARCHAR(100),
  author_id       UUID,
  parent_id       UUID,
  submitted_us    BIGINT       NOT NULL,
  doc             TEXT         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}contribution_order ON ${qualifier}${prefix}contribution (tenant_id, consultation_id, submitted_us, id);
CREATE INDEX ${prefix}contribution_author ON ${qualifier}${prefix}contribution (tenant_id, author_id, submitted_us, id);
CREATE INDEX ${prefix}contribution_parent ON ${qualifier}${prefix}contribution (tenant_id, parent_id, submitted_us, id);

-- Running counts per consultation by kind, channel and state, spread over a few slots so that
-- concurrent writers rarely wait on the same row; readers sum the slots.
CREATE TABLE ${qualifier}${prefix}contribution_count (
  tenant_id       VARCHAR(64)  NOT NULL,
  consultation_id UUID         NOT NULL,
  dimension       VARCHAR(16)  NOT NULL,
  dim_value       VARCHAR(32)  NOT NULL,
  slot            SMALLINT     NOT NULL,
  n               BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id, dimension, dim_value, slot)
);

CREATE TABLE ${qualifier}${prefix}reaction (
  tenant_id       VARCHAR(64)  NOT NULL,
  contribution_id UUID         NOT NULL,
  participant_id  UUID         NOT NULL,
  consultation_id UUID         NOT NULL,
  support         VARCHAR(8),
  stance_millis   INTEGER,
  at_us           BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, contribution_id, participant_id)
);
CREATE INDEX ${prefix}reaction_supports ON ${qualifier}${prefix}reaction (tenant_id, consultation_id, participant_id, support);

CREATE TABLE ${qualifier}${prefix}event (
  tenant_id     VARCHAR(64)  NOT NULL,
  pos           BIGINT       NOT NULL,
  id            UUID         NOT NULL,
  recorded_us   BIGINT       NOT NULL,
  actor         VARCHAR(128) NOT NULL,
  event_type    VARCHAR(64)  NOT NULL,
  doc           TEXT         NOT NULL,
  PRIMARY KEY (tenant_id, pos)
);

-- The last position of each tenant's log; appenders lock this row, which numbers the log without gaps.
CREATE TABLE ${qualifier}${prefix}event_head (
  tenant_id     VARCHAR(64)  NOT NULL,
  last_position BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id)
);

CREATE TABLE ${qualifier}${prefix}idempotency (
  tenant_id     VARCHAR(64)  NOT NULL,
  subject       VARCHAR(128) NOT NULL,
  idem_key      VARCHAR(128) NOT NULL,
  command_type  VARCHAR(200) NOT NULL,
  command       TEXT         NOT NULL,
  result_type   VARCHAR(200) NOT NULL,
  result        TEXT         NOT NULL,
  at_us         BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, subject, idem_key)
);
