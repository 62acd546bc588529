package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consulta.core.moderation.screeners.Inputs.NO_CONTEXT;
import static org.consulta.core.moderation.screeners.Inputs.body;

import java.util.Map;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.Verdict.Outcome;
import org.junit.jupiter.api.Test;

class LinkSpamScreenerTest {
  private final LinkSpamScreener defaults = LinkSpamScreener.defaults();
  private final LinkSpamScreener blocking = LinkSpamScreener.builder().blockedDomains("casino.example", "Cheap-Pills.example").build();

  private Verdict screen(LinkSpamScreener s, String language, String text) {
    return s.screen(body(language, text), NO_CONTEXT);
  }

  @Test
  void passesContributionsWithAFewLinksInEachLanguage() {
    assertThat(screen(defaults, "en", "See the council's plan at https://city.example.gov/plans/2024 and the map at www.maps.example.org.").outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(screen(defaults, "fr", "Le rapport est sur exemple.fr/rapport, voir aussi p. 12.").outcome()).isEqualTo(Outcome.PASS);
    assertThat(screen(defaults, "de", "Details unter stadt-koeln.de/radwege, z.B. Seite 3.").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void holdsMoreLinksThanTheMaximumCountingBareDomains() {
    String text = "Buy now: http://a.example.com/x, https://b.example.net, www.c.example.org and d-shop.com/deal!";

    Verdict v = screen(defaults, "en", text);

    assertThat(v.outcome()).isEqualTo(Outcome.HOLD);
    assertThat(v.reason()).contains("spam");
    assertThat(v.explanation()).startsWith("4 links (more than 3): body[9, 31), body[33, 54), body[56, 73), body[78, 93)");
  }

  @Test
  void countsLinksAcrossAllFields() {
    Verdict v = defaults.screen(Inputs.texts("en", Map.of("body", "one.com two.com", "answers.more", "three.com four.com")), NO_CONTEXT);

    assertThat(v.outcome()).isEqualTo(Outcome.HOLD);
    assertThat(v.explanation()).startsWith("4 links (more than 3): answers.more[0, 9), answers.more[10, 18), body[0, 7), body[8, 15)");
  }

  @Test
  void rejectsALinkToABlockedDomainOrItsSubdomains() {
    Verdict direct = screen(blocking, "en", "Win big at https://casino.example/bonus today");
    Verdict sub = screen(blocking, "fr", "Gagnez sur WWW.Casino.Example maintenant");
    Verdict mixedCase = screen(blocking, "de", "Billig: shop.cheap-pills.example/kaufen");

    assertThat(direct.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(direct.explanation()).isEqualTo("link to blocked domain casino.example at body[11, 39)");
    assertThat(sub.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(mixedCase.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(direct.score()).isEqualTo(1.0);
  }

  @Test
  void doesNotBlockDomainsThatOnlyEndWithTheSameLetters() {
    assertThat(screen(blocking, "en", "See https://notcasino.example/ and casino.example.org").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void holdsInsteadOfRejectingWhenConfigured() {
    LinkSpamScreener s = LinkSpamScreener.builder().blockedDomains("casino.example").blockedDomainOutcome(Outcome.HOLD).build();

    assertThat(screen(s, "en", "casino.example").outcome()).isEqualTo(Outcome.HOLD);
  }

  @Test
  void doesNotTakeEMailAddressesAbbreviationsOrNumbersForLinks() {
    LinkSpamScreener strict = LinkSpamScreener.builder().maxLinks(0).build();

    for (String text : new String[] {"Write to jane@example.com, e.g. on Monday.", "Version 1.2.3 costs 1.250,00 EUR, i.e. too much.",
        "The plans.It was late. Mr.Smith agreed.", "Le 12.03.2024 à 10h.", "Voir S. 12 bzw. Abs. 3."}) {
      assertThat(screen(strict, "en", text).outcome()).as(text).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void repeatedCharactersRaiseTheScoreWithoutHoldingAlone() {
    String text = "This is a great idea!!!!!!!!!!!! Please do it.";

    Verdict v = screen(defaults, "en", text);

    assertThat(v.outcome()).isEqualTo(Outcome.PASS);
    assertThat(v.score()).isEqualTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.explanation()).isEqualTo("run of 12 repeated characters at body[20, 32)");
  }

  @Test
  void shoutingWithRepeatsIsHeld() {
    String text = "ARRÊTEZ CE PROJET IMMÉDIATEMENT, C'EST UNE HONTE POUR LE QUARTIER !!!!!!!!!!!!!!";

    Verdict v = screen(defaults, "fr", text);

    assertThat(v.outcome()).isEqualTo(Outcome.HOLD);
    assertThat(v.score()).isEqualTo(0.51, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.explanation()).contains("run of 14 repeated characters at body[", "100% capitals in body (");
  }

  @Test
  void shortShoutsAndSpacesAreNotSignals() {
    assertThat(screen(defaults, "de", "JA ZUM RADWEG!").outcome()).isEqualTo(Outcome.PASS);
    assertThat(screen(defaults, "de", "Ja.                    Bitte.").score()).isZero();
  }

  @Test
  void builderRejectsRepeatedAndOutOfRangeOptions() {
    assertThatThrownBy(() -> LinkSpamScreener.builder().maxLinks(2).maxLinks(3)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2");
    assertThatThrownBy(() -> LinkSpamScreener.builder().maxLinks(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinkSpamScreener.builder().shouting(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinkSpamScreener.builder().blockedDomains("not a domain")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LinkSpamScreener.builder().blockedDomains("a.example").blockedDomains("b.example"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LinkSpamScreener.builder().blockedDomainOutcome(Outcome.REDACT)).isInstanceOf(IllegalArgumentException.class);
  }
}
