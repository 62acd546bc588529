-- Moderation (PostgreSQL): cases with their queue columns, the reason codes they cite, flags,
-- transparency counters, campaigns and the campaign index (LSH band keys of seeds). Reason codes
-- and language subtags are written through Dialect.encodeText, so their widths are twice core's.

CREATE TABLE ${qualifier}${prefix}moderation_case (
  tenant_id        VARCHAR(64)  NOT NULL,
  id               UUID         NOT NULL,
  consultation_id  UUID         NOT NULL,
  contribution_id  UUID         NOT NULL,
  version          BIGINT       NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  in_queue         BOOLEAN      NOT NULL,
  priority_us      BIGINT       NOT NULL,
  language_primary VARCHAR(128) NOT NULL,
  claimed_until_us BIGINT,
  decided_us       BIGINT,
  doc              TEXT         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
-- the queue in priority order, for all consultations and for one
CREATE INDEX ${prefix}moderation_case_queue ON ${qualifier}${prefix}moderation_case (tenant_id, in_queue, priority_us, id);
CREATE INDEX ${prefix}moderation_case_queue_by_consultation ON ${qualifier}${prefix}moderation_case (tenant_id, consultation_id, in_queue, priority_us, id);
-- a contribution's newest case: ids are time-ordered
CREATE INDEX ${prefix}moderation_case_latest ON ${qualifier}${prefix}moderation_case (tenant_id, contribution_id, id);
CREATE INDEX ${prefix}moderation_case_decided ON ${qualifier}${prefix}moderation_case (tenant_id, consultation_id, decided_us);

CREATE TABLE ${qualifier}${prefix}moderation_case_reason (
  tenant_id  VARCHAR(64)  NOT NULL,
  case_id    UUID         NOT NULL,
  reason     VARCHAR(400) NOT NULL,
  PRIMARY KEY (tenant_id, case_id, reason)
);

CREATE TABLE ${qualifier}${prefix}moderation_flag (
  tenant_id       VARCHAR(64)  NOT NULL,
  contribution_id UUID         NOT NULL,
  participant_id  UUID         NOT NULL,
  reason          VARCHAR(400) NOT NULL,
  at_us           BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, contribution_id, participant_id)
);

-- Transparency counters per consultation, UTC day (days since the epoch), metric and reason, spread
-- over a few slots like contribution_count.
CREATE TABLE ${qualifier}${prefix}moderation_count (
  tenant_id       VARCHAR(64)  NOT NULL,
  consultation_id UUID         NOT NULL,
  epoch_day       INTEGER      NOT NULL,
  metric          VARCHAR(16)  NOT NULL,
  reason          VARCHAR(400) NOT NULL,
  slot            SMALLINT     NOT NULL,
  n               BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id, epoch_day, metric, reason, slot)
);

CREATE TABLE ${qualifier}${prefix}campaign (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              UUID         NOT NULL,
  consultation_id UUID         NOT NULL,
  members         BIGINT       NOT NULL,
  first_us        BIGINT       NOT NULL,
  doc             TEXT         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}campaign_order ON ${qualifier}${prefix}campaign (tenant_id, consultation_id, first_us, id);

-- The campaign index: each band key of a consultation points at the first seed registered under it.
CREATE TABLE ${qualifier}${prefix}campaign_band (
  tenant_id       VARCHAR(64)  NOT NULL,
  consultation_id UUID         NOT NULL,
  band_key        BIGINT       NOT NULL,
  seed_id         UUID         NOT NULL,
  PRIMARY KEY (tenant_id, consultation_id, band_key)
);

-- A seed's signature: its MinHash values (4 bytes each) and band keys (8 bytes each), big-endian.
CREATE TABLE ${qualifier}${prefix}campaign_seed (
  tenant_id       VARCHAR(64)  NOT NULL,
  contribution_id UUID         NOT NULL,
  consultation_id UUID         NOT NULL,
  min_hashes      BYTEA        NOT NULL,
  band_keys       BYTEA        NOT NULL,
  PRIMARY KEY (tenant_id, contribution_id)
);
