-- Expectations (H2): commitments, the ledger their monitoring keeps (tracked items with
-- counters of the settled ones, participation), offline sessions and each tenant's working
-- calendar. Records are their JSON doc plus the columns queries filter and sort on.

-- status and withdrawn_us pick the monitored consultations; declared_us orders a consultation's commitments.
CREATE TABLE ${qualifier}${prefix}commitment (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              CHAR(36)     NOT NULL,
  consultation_id CHAR(36)     NOT NULL,
  version         BIGINT       NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  withdrawn_us    BIGINT,
  declared_us     BIGINT       NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}commitment_order ON ${qualifier}${prefix}commitment (tenant_id, consultation_id, declared_us, id);
CREATE INDEX ${prefix}commitment_monitored ON ${qualifier}${prefix}commitment (tenant_id, status, withdrawn_us, consultation_id);

-- What a deadline commitment waits for. state is OPEN, ON_TIME, LATE or EXCUSED; settled_us is set
-- when it leaves OPEN by an answer. A tally counts open items on the two state-led indexes (due
-- before an instant, at risk by it) and reads the settled ones from tracked_count.
CREATE TABLE ${qualifier}${prefix}tracked_item (
  tenant_id     VARCHAR(64)  NOT NULL,
  commitment_id CHAR(36)     NOT NULL,
  item_id       CHAR(36)     NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  started_us    BIGINT       NOT NULL,
  risk_us       BIGINT       NOT NULL,
  due_us        BIGINT       NOT NULL,
  state         VARCHAR(8)   NOT NULL,
  settled_us    BIGINT,
  PRIMARY KEY (tenant_id, commitment_id, item_id)
);
CREATE INDEX ${prefix}tracked_item_due ON ${qualifier}${prefix}tracked_item (tenant_id, commitment_id, state, due_us, item_id);
CREATE INDEX ${prefix}tracked_item_risk ON ${qualifier}${prefix}tracked_item (tenant_id, commitment_id, state, risk_us);

-- Settled items per commitment and state (ON_TIME, LATE), spread over a few slots like contribution_count.
CREATE TABLE ${qualifier}${prefix}tracked_count (
  tenant_id     VARCHAR(64)  NOT NULL,
  commitment_id CHAR(36)     NOT NULL,
  state         VARCHAR(8)   NOT NULL,
  slot          SMALLINT     NOT NULL,
  n             BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, commitment_id, state, slot)
);

-- The distinct participants who contributed to a consultation.
CREATE TABLE ${qualifier}${prefix}participation (
  tenant_id       VARCHAR(64)  NOT NULL,
  consultation_id CHAR(36)     NOT NULL,
  participant_id  CHAR(36)     NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id, participant_id)
);

-- How many of them declared each value (prefer_not_to_say included) when they first contributed,
-- spread over slots; the row with the empty dimension and value counts the participants themselves
-- (dimension keys are never empty). dim_value is as wide as participant_group's.
CREATE TABLE ${qualifier}${prefix}participation_count (
  tenant_id       VARCHAR(64)  NOT NULL,
  consultation_id CHAR(36)     NOT NULL,
  dimension       VARCHAR(64)  NOT NULL,
  dim_value       VARCHAR(4000) NOT NULL,
  slot            SMALLINT     NOT NULL,
  n               BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id, dimension, dim_value, slot)
);

CREATE TABLE ${qualifier}${prefix}offline_session (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              CHAR(36)     NOT NULL,
  consultation_id CHAR(36)     NOT NULL,
  version         BIGINT       NOT NULL,
  starts_us       BIGINT       NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}offline_session_order ON ${qualifier}${prefix}offline_session (tenant_id, consultation_id, starts_us, id);

CREATE TABLE ${qualifier}${prefix}working_calendar (
  tenant_id       VARCHAR(64)  NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id)
);

-- What participants said they expect of a consultation, and their rating: one row per kind.
CREATE TABLE ${qualifier}${prefix}stated_expectation (
  tenant_id       VARCHAR(64)  NOT NULL,
  consultation_id CHAR(36)     NOT NULL,
  participant_id  CHAR(36)     NOT NULL,
  kind            VARCHAR(16)  NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id, participant_id, kind)
);

-- The participants an outcome digest about a consultation was sent to (the first time).
CREATE TABLE ${qualifier}${prefix}heard (
  tenant_id       VARCHAR(64)  NOT NULL,
  consultation_id CHAR(36)     NOT NULL,
  participant_id  CHAR(36)     NOT NULL,
  at_us           BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id, participant_id)
);

-- The tenant's expectation settings by name (the reference population, the track record's visibility).
CREATE TABLE ${qualifier}${prefix}expectation_setting (
  tenant_id       VARCHAR(64)  NOT NULL,
  name            VARCHAR(32)  NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, name)
);
