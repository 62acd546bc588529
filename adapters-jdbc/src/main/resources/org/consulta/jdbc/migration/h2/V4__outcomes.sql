-- Outcomes (H2): themes and their members, responses, decisions and the input that
-- informed them, results and the decisions they carry out, and queued notices for authors. Plus
-- what the outcome aggregates need of existing tables: a contribution's visibility and campaign as
-- columns, and each participant's declared demographic values as rows of participant_group (kept
-- by JdbcParticipants; V4_1 fills all three for rows written before this version).

ALTER TABLE ${qualifier}${prefix}contribution ADD COLUMN visibility VARCHAR(16) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE ${qualifier}${prefix}contribution ADD COLUMN campaign_id CHAR(36);
CREATE INDEX ${prefix}contribution_campaign ON ${qualifier}${prefix}contribution (tenant_id, campaign_id, submitted_us, id);

-- One row per declared value ("prefer not to say" and undeclared dimensions have none).
CREATE TABLE ${qualifier}${prefix}participant_group (
  tenant_id      VARCHAR(64)  NOT NULL,
  participant_id CHAR(36)         NOT NULL,
  dimension      VARCHAR(64)  NOT NULL,
  dim_value      VARCHAR(4000)         NOT NULL,
  PRIMARY KEY (tenant_id, participant_id, dimension)
);

CREATE TABLE ${qualifier}${prefix}theme (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              CHAR(36)         NOT NULL,
  consultation_id CHAR(36)         NOT NULL,
  version         BIGINT       NOT NULL,
  created_us      BIGINT       NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}theme_order ON ${qualifier}${prefix}theme (tenant_id, consultation_id, created_us, id);

-- submitted_us is the member's submission time (which never changes), so members page on this table alone.
CREATE TABLE ${qualifier}${prefix}theme_member (
  tenant_id       VARCHAR(64)  NOT NULL,
  theme_id        CHAR(36)         NOT NULL,
  contribution_id CHAR(36)         NOT NULL,
  consultation_id CHAR(36)         NOT NULL,
  submitted_us    BIGINT       NOT NULL,
  added_by        VARCHAR(128) NOT NULL,
  added_us        BIGINT       NOT NULL,
  PRIMARY KEY (tenant_id, theme_id, contribution_id)
);
CREATE INDEX ${prefix}theme_member_order ON ${qualifier}${prefix}theme_member (tenant_id, theme_id, submitted_us, contribution_id);
CREATE INDEX ${prefix}theme_member_of ON ${qualifier}${prefix}theme_member (tenant_id, contribution_id, added_us, theme_id);
CREATE INDEX ${prefix}theme_member_consultation ON ${qualifier}${prefix}theme_member (tenant_id, consultation_id, theme_id);

-- target_kind is CONTRIBUTION or THEME; one response per target.
CREATE TABLE ${qualifier}${prefix}response (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              CHAR(36)         NOT NULL,
  consultation_id CHAR(36)         NOT NULL,
  target_kind     VARCHAR(16)  NOT NULL,
  target_id       CHAR(36)         NOT NULL,
  version         BIGINT       NOT NULL,
  first_us        BIGINT       NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ${prefix}response_target ON ${qualifier}${prefix}response (tenant_id, target_kind, target_id);
CREATE INDEX ${prefix}response_order ON ${qualifier}${prefix}response (tenant_id, consultation_id, first_us, id);

CREATE TABLE ${qualifier}${prefix}decision (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              CHAR(36)         NOT NULL,
  consultation_id CHAR(36)         NOT NULL,
  version         BIGINT       NOT NULL,
  created_us      BIGINT       NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}decision_order ON ${qualifier}${prefix}decision (tenant_id, consultation_id, created_us, id);

-- The themes (THEME) and contributions (CONTRIBUTION) that informed a decision.
CREATE TABLE ${qualifier}${prefix}decision_input (
  tenant_id   VARCHAR(64)  NOT NULL,
  decision_id CHAR(36)         NOT NULL,
  target_kind VARCHAR(16)  NOT NULL,
  target_id   CHAR(36)         NOT NULL,
  PRIMARY KEY (tenant_id, decision_id, target_kind, target_id)
);
CREATE INDEX ${prefix}decision_input_target ON ${qualifier}${prefix}decision_input (tenant_id, target_kind, target_id, decision_id);

CREATE TABLE ${qualifier}${prefix}result (
  tenant_id       VARCHAR(64)  NOT NULL,
  id              CHAR(36)         NOT NULL,
  consultation_id CHAR(36)         NOT NULL,
  version         BIGINT       NOT NULL,
  created_us      BIGINT       NOT NULL,
  doc             CLOB         NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX ${prefix}result_order ON ${qualifier}${prefix}result (tenant_id, consultation_id, created_us, id);

CREATE TABLE ${qualifier}${prefix}result_decision (
  tenant_id   VARCHAR(64)  NOT NULL,
  result_id   CHAR(36)         NOT NULL,
  decision_id CHAR(36)         NOT NULL,
  PRIMARY KEY (tenant_id, result_id, decision_id)
);
CREATE INDEX ${prefix}result_decision_of ON ${qualifier}${prefix}result_decision (tenant_id, decision_id, result_id);

-- Notices for authors; the key makes an identical notice collapse. done_us is set when sent (or dropped).
CREATE TABLE ${qualifier}${prefix}outcome_notice (
  tenant_id       VARCHAR(64)  NOT NULL,
  recipient_id    CHAR(36)         NOT NULL,
  queued_us       BIGINT       NOT NULL,
  contribution_id CHAR(36)         NOT NULL,
  kind            VARCHAR(32)  NOT NULL,
  subject         VARCHAR(128) NOT NULL,
  consultation_id CHAR(36)         NOT NULL,
  done_us         BIGINT,
  PRIMARY KEY (tenant_id, recipient_id, queued_us, contribution_id, kind, subject)
);
CREATE INDEX ${prefix}outcome_notice_waiting ON ${qualifier}${prefix}outcome_notice (tenant_id, done_us, recipient_id, queued_us);
