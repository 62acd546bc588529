package org.consulta.jdbc;

import java.util.regex.Pattern;

/** The qualified names of Consulta's tables for one configured schema and prefix. Immutable. */
final class Tables {
  private static final Pattern PREFIX = Pattern.compile("[a-z][a-z0-9_]{0,20}|");
  private static final Pattern SCHEMA = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,62}");

  final String qualifier;
  final String prefix;
  final String consultation;
  final String participant;
  final String contact;
  final String schema;
  final String contribution;
  final String count;
  final String reaction;
  final String event;
  final String eventHead;
  final String idempotency;
  final String webhook;
  final String delivery;
  final String moderationCase;
  final String caseReason;
  final String flag;
  final String moderationCount;
  final String campaign;
  final String campaignBand;
  final String campaignSeed;
  final String participantGroup;
  final String theme;
  final String themeMember;
  final String response;
  final String decision;
  final String decisionInput;
  final String result;
  final String resultDecision;
  final String notice;
  final String commitment;
  final String trackedItem;
  final String trackedCount;
  final String participation;
  final String participationCount;
  final String offlineSession;
  final String workingCalendar;
  final String statedExpectation;
  final String heard;
  final String expectationSetting;

  Tables(String schemaName, String prefix) {
    if (!PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("a table prefix is empty or [a-z][a-z0-9_]{0,20}, was '" + prefix + "'");
    }
    if (schemaName != null && !SCHEMA.matcher(schemaName).matches()) {
      throw new IllegalArgumentException("a schema name is [a-zA-Z_][a-zA-Z0-9_]{0,62}, was '" + schemaName + "'");
    }
    this.qualifier = schemaName == null ? "" : schemaName + ".";
    this.prefix = prefix;
    this.consultation = name("consultation");
    this.participant = name("participant");
    this.contact = name("participant_contact");
    this.schema = name("demographic_schema");
    this.contribution = name("contribution");
    this.count = name("contribution_count");
    this.reaction = name("reaction");
    this.event = name("event");
    this.eventHead = name("event_head");
    this.idempotency = name("idempotency");
    this.webhook = name("webhook");
    this.delivery = name("webhook_delivery");
    this.moderationCase = name("moderation_case");
    this.caseReason = name("moderation_case_reason");
    this.flag = name("moderation_flag");
    this.moderationCount = name("moderation_count");
    this.campaign = name("campaign");
    this.campaignBand = name("campaign_band");
    this.campaignSeed = name("campaign_seed");
    this.participantGroup = name("participant_group");
    this.theme = name("theme");
    this.themeMember = name("theme_member");
    this.response = name("response");
    this.decision = name("decision");
    this.decisionInput = name("decision_input");
    this.result = name("result");
    this.resultDecision = name("result_decision");
    this.notice = name("outcome_notice");
    this.commitment = name("commitment");
    this.trackedItem = name("tracked_item");
    this.trackedCount = name("tracked_count");
    this.participation = name("participation");
    this.participationCount = name("participation_count");
    this.offlineSession = name("offline_session");
    this.workingCalendar = name("working_calendar");
    this.statedExpectation = name("stated_expectation");
    this.heard = name("heard");
    this.expectationSetting = name("expectation_setting");
  }

  private String name(String table) {
    return qualifier + prefix + table;
  }
}
