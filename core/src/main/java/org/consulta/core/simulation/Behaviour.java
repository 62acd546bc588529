package org.consulta.core.simulation;

import org.consulta.core.error.Violations;

/**
 * How residents behave, every parameter explicit. Rates are daily probabilities for one aware
 * resident of average propensity ({@code 1}) and neutral trust ({@code 0.5}); each is multiplied by
 * the resident's propensity for the channel, their trust factor {@code 1 + trustEffect * (2 * trust
 * - 1)} and their interest {@code 0.5^(days since last touched / interestHalfLife)}. A resident is
 * touched when they become aware and again whenever one of their contributions gets an answer: an
 * answer renews interest and raises trust, so closing the loop sustains participation where silence
 * lets it peak early and fade.
 *
 * <p>Defaults and where they come from. Participation in city-wide consultations is commonly 1 to 5%
 * of residents (Barcelona's Decidim action plan 2016: about 40,000 participants for 1.6 million
 * residents, Aragón et al. 2017); with the default campaigns of the example scenarios the defaults
 * give 2 to 4%. Votes far outnumber comments (Polis open data: tens of votes per participant for
 * under one comment), hence {@code reactRate} and {@code reactionsPerVisit}. The trust parameters
 * are assumptions, chosen so that one answered contribution roughly offsets one ignored one; no
 * published study gives per-event effects. Every default can be overridden.
 *
 * @param initialAwareness the share of residents aware on day 0, before any campaign, in [0, 1]
 *     (default 0.02)
 * @param wordOfMouth residents a contributor makes aware on the day they contribute, and again on
 *     the day their contribution gets an answer, on average (default 0.6)
 * @param homophily the probability that word of mouth reaches someone with the same value of the
 *     schema's first dimension (default 0.7, neighbours tell neighbours)
 * @param contributeRate daily probability of contributing (default 0.006)
 * @param replyShare the share of contributions that reply to an existing one instead of starting a
 *     new thread (default 0.35)
 * @param proposalShare the share of new threads that are proposals rather than ideas, where the
 *     consultation accepts proposals (default 0.2)
 * @param reactRate daily probability of a visit that reacts to contributions (default 0.02)
 * @param reactionsPerVisit how many contributions one visit reacts to (default 3)
 * @param problematicShare the share of contributions that break a house rule (default 0.03)
 * @param flagRate the probability that a resident who sees a problematic contribution flags it
 *     (default 0.15); others are supported or opposed
 * @param falseFlagRate the probability of flagging a contribution that breaks no rule (default
 *     0.002)
 * @param sessionAttendance the probability that an aware resident without internet comes to an
 *     offline session held that day (default 0.05)
 * @param onlineAtSessions the factor on {@code sessionAttendance} for residents with internet
 *     access (default 0.2)
 * @param interestHalfLife days after which interest halves (default 7)
 * @param trustEffect how strongly trust scales activity, in [0, 1] (default 0.8: trust 0 gives
 *     0.2 times the activity of neutral trust, trust 1 gives 1.8 times)
 * @param patienceDays days a resident waits for an answer before counting their input as ignored,
 *     when no commitment promises a response time (default 21)
 * @param trustGainOnAnswer trust gained when a contribution gets an answer (default 0.06)
 * @param trustLossOnSilence trust lost when a contribution is still unanswered at its due time
 *     (default 0.05)
 * @param trustLossOnBreach further trust lost when that due time was promised by a commitment, and
 *     trust every contributor loses when another commitment (a decision date, a report, sessions,
 *     reach, representation) is breached (default 0.05)
 */
public record Behaviour(
    double initialAwareness,
    double wordOfMouth,
    double homophily,
    double contributeRate,
    double replyShare,
    double proposalShare,
    double reactRate,
    int reactionsPerVisit,
    double problematicShare,
    double flagRate,
    double falseFlagRate,
    double sessionAttendance,
    double onlineAtSessions,
    double interestHalfLife,
    double trustEffect,
    int patienceDays,
    double trustGainOnAnswer,
    double trustLossOnSilence,
    double trustLossOnBreach) {

  /** @return the documented defaults */
  public static Behaviour defaults() {
    return new Behaviour(0.02, 0.6, 0.7, 0.006, 0.35, 0.2, 0.02, 3, 0.03, 0.15, 0.002, 0.05, 0.2, 7, 0.8, 21, 0.06, 0.05, 0.05);
  }

  /** @return a copy with this daily contribution rate */
  public Behaviour withContributeRate(double rate) {
    return new Behaviour(initialAwareness, wordOfMouth, homophily, rate, replyShare, proposalShare, reactRate, reactionsPerVisit,
        problematicShare, flagRate, falseFlagRate, sessionAttendance, onlineAtSessions, interestHalfLife, trustEffect, patienceDays,
        trustGainOnAnswer, trustLossOnSilence, trustLossOnBreach);
  }

  /** @return a copy with this word of mouth */
  public Behaviour withWordOfMouth(double contacts) {
    return new Behaviour(initialAwareness, contacts, homophily, contributeRate, replyShare, proposalShare, reactRate, reactionsPerVisit,
        problematicShare, flagRate, falseFlagRate, sessionAttendance, onlineAtSessions, interestHalfLife, trustEffect, patienceDays,
        trustGainOnAnswer, trustLossOnSilence, trustLossOnBreach);
  }

  /** @return a copy with this initial awareness */
  public Behaviour withInitialAwareness(double share) {
    return new Behaviour(share, wordOfMouth, homophily, contributeRate, replyShare, proposalShare, reactRate, reactionsPerVisit,
        problematicShare, flagRate, falseFlagRate, sessionAttendance, onlineAtSessions, interestHalfLife, trustEffect, patienceDays,
        trustGainOnAnswer, trustLossOnSilence, trustLossOnBreach);
  }

  /** @return a copy with these trust effects of answers, silence and breaches */
  public Behaviour withTrustEffects(double gainOnAnswer, double lossOnSilence, double lossOnBreach) {
    return new Behaviour(initialAwareness, wordOfMouth, homophily, contributeRate, replyShare, proposalShare, reactRate, reactionsPerVisit,
        problematicShare, flagRate, falseFlagRate, sessionAttendance, onlineAtSessions, interestHalfLife, trustEffect, patienceDays,
        gainOnAnswer, lossOnSilence, lossOnBreach);
  }

  /** @return a copy with this patience */
  public Behaviour withPatienceDays(int days) {
    return new Behaviour(initialAwareness, wordOfMouth, homophily, contributeRate, replyShare, proposalShare, reactRate, reactionsPerVisit,
        problematicShare, flagRate, falseFlagRate, sessionAttendance, onlineAtSessions, interestHalfLife, trustEffect, days,
        trustGainOnAnswer, trustLossOnSilence, trustLossOnBreach);
  }

  void validate(String path, Violations v) {
    probability(path + ".initialAwareness", initialAwareness, v);
    v.check(wordOfMouth >= 0 && wordOfMouth <= 100, path + ".wordOfMouth", "must be between 0 and 100");
    probability(path + ".homophily", homophily, v);
    probability(path + ".contributeRate", contributeRate, v);
    probability(path + ".replyShare", replyShare, v);
    probability(path + ".proposalShare", proposalShare, v);
    probability(path + ".reactRate", reactRate, v);
    v.check(reactionsPerVisit >= 0 && reactionsPerVisit <= 100, path + ".reactionsPerVisit", "must be between 0 and 100");
    probability(path + ".problematicShare", problematicShare, v);
    probability(path + ".flagRate", flagRate, v);
    probability(path + ".falseFlagRate", falseFlagRate, v);
    probability(path + ".sessionAttendance", sessionAttendance, v);
    v.check(onlineAtSessions >= 0 && Double.isFinite(onlineAtSessions), path + ".onlineAtSessions", "must be a finite factor of at least 0");
    v.check(interestHalfLife > 0 && Double.isFinite(interestHalfLife), path + ".interestHalfLife", "must be positive");
    probability(path + ".trustEffect", trustEffect, v);
    v.check(patienceDays >= 1, path + ".patienceDays", "must be at least 1");
    probability(path + ".trustGainOnAnswer", trustGainOnAnswer, v);
    probability(path + ".trustLossOnSilence", trustLossOnSilence, v);
    probability(path + ".trustLossOnBreach", trustLossOnBreach, v);
  }

  private static void probability(String field, double value, Violations v) {
    v.check(value >= 0 && value <= 1, field, "must be between 0 and 1");
  }
}
