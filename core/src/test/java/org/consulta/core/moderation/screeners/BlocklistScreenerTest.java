package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consulta.core.moderation.screeners.Inputs.NO_CONTEXT;
import static org.consulta.core.moderation.screeners.Inputs.body;

import java.util.List;
import java.util.Map;
import org.consulta.core.contribution.Redaction;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.Verdict.Outcome;
import org.junit.jupiter.api.Test;

class BlocklistScreenerTest {
  private final BlocklistScreener defaults = BlocklistScreener.defaults();

  private Verdict screen(String language, String text) {
    return defaults.screen(body(language, text), NO_CONTEXT);
  }

  private static TextSpan spanOf(String text, String part) {
    int start = text.indexOf(part);
    return TextSpan.body(start, start + part.length());
  }

  @Test
  void holdsAnEnglishInsultAndSaysWhereItIs() {
    String text = "Honestly, whoever drew this bike lane plan is an idiot and should resign.";

    Verdict v = screen("en", text);

    assertThat(v.outcome()).isEqualTo(Outcome.HOLD);
    assertThat(v.reason()).contains("offensive");
    TextSpan at = spanOf(text, "idiot");
    assertThat(v.explanation()).isEqualTo("blocklisted term (en) at body[" + at.start() + ", " + at.end() + ")").doesNotContain("idiot");
    assertThat(v.score()).isBetween(0.0, 1.0);
  }

  @Test
  void passesOrdinaryContributionsInEachLanguage() {
    assertThat(screen("en", "We need safer crossings near the school in Scunthorpe, and classic trams.").outcome()).isEqualTo(Outcome.PASS);
    assertThat(screen("fr", "Le député a disputé le budget ; la consultation est une bonne idée.").outcome()).isEqualTo(Outcome.PASS);
    assertThat(screen("de", "Die Idiotie dieser Planung ist offensichtlich, aber der Radweg ist gut.").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void matchesWholeWordsOnly() {
    BlocklistScreener s = BlocklistScreener.builder().words("en", "cunt", "ass", "dick", "cock").build();
    String text = "From Scunthorpe, an assassin read classic Dickens with Mr Cockburn; as a passing remark, assess it.";

    assertThat(s.screen(body("en", text), NO_CONTEXT).outcome()).isEqualTo(Outcome.PASS);
    assertThat(s.screen(body("en", "What a dick."), NO_CONTEXT).outcome()).isEqualTo(Outcome.HOLD);
  }

  @Test
  void ignoresCaseAndAccentsInFrench() {
    assertThat(screen("fr", "Le maire est un CONNARD.").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("fr", "Espèce d'encule, va !").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("fr", "Espèce d'ENCULÉ, va !").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("fr", "Quel crétin, ce projet.").outcome()).isEqualTo(Outcome.HOLD);
  }

  @Test
  void matchesAccentsWrittenAsCombiningMarks() {
    String text = "Espèce d'encule\u0301 !";

    Verdict v = screen("fr", text);

    assertThat(v.explanation()).isEqualTo("blocklisted term (fr) at body[9, 16)");
  }

  @Test
  void matchesGermanInsultsInAnyCase() {
    assertThat(screen("de", "Der Planer ist ein ARSCHLOCH, ehrlich.").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("de", "So ein Vollidiot hat das entworfen.").outcome()).isEqualTo(Outcome.HOLD);
  }

  @Test
  void matchesAPhraseAcrossItsWordsAndReportsOneSpan() {
    String text = "Ce promoteur, quel fils   de\npute, franchement.";

    Verdict v = BlocklistScreener.builder().words("fr", "fils de pute").outcome(Outcome.REDACT).build().screen(body("fr", text), NO_CONTEXT);

    int start = text.indexOf("fils");
    int end = text.indexOf("pute") + 4;
    assertThat(v.redactions()).containsExactly(TextSpan.body(start, end));
  }

  @Test
  void seesThroughLeetSpelling() {
    assertThat(screen("en", "You are a 1d10t.").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("en", "You are a !d!0t.").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("en", "What an a$$h0le").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("de", "Du 4rschl0ch!").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("fr", "Quel c0nn4rd").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(BlocklistScreener.builder().words("en", "ass").build().screen(body("en", "kiss my @ss"), NO_CONTEXT).outcome())
        .isEqualTo(Outcome.HOLD);
  }

  @Test
  void seesThroughSpacedOutLetters() {
    for (String text : List.of("you i d i o t", "you i.d.i.o.t!", "you i-d-i-o-t", "you i . d . i . o . t", "you I_D_I_O_T")) {
      assertThat(screen("en", text).outcome()).as(text).isEqualTo(Outcome.HOLD);
    }
  }

  @Test
  void spacedOutLettersMapBackToTheOriginalRange() {
    String text = "a i.d.i.o.t!";

    Verdict v = BlocklistScreener.builder().words("en", "idiot").outcome(Outcome.REDACT).build().screen(body("en", text), NO_CONTEXT);

    assertThat(v.redactions()).containsExactly(TextSpan.body(2, 11));
  }

  @Test
  void seesThroughRepeatedLettersButNotFewerThanTheTermHas() {
    BlocklistScreener s = BlocklistScreener.builder().words("en", "idiot", "ass").build();

    assertThat(s.screen(body("en", "what an idiooooot"), NO_CONTEXT).outcome()).isEqualTo(Outcome.HOLD);
    assertThat(s.screen(body("en", "what an iiidiot"), NO_CONTEXT).outcome()).isEqualTo(Outcome.HOLD);
    assertThat(s.screen(body("en", "kiss my asssss"), NO_CONTEXT).outcome()).isEqualTo(Outcome.HOLD);
    assertThat(s.screen(body("en", "as far as I know"), NO_CONTEXT).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void seesThroughInvisibleCharactersInsideAWord() {
    assertThat(screen("en", "you id\u200Biot").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("en", "you idi\u00ADot").outcome()).isEqualTo(Outcome.HOLD);
  }

  @Test
  void spansAreOffsetsOfTheOriginalTextAfterEmojiAndFoldedLetters() {
    String text = "😀👍🏽 Straße, Œuvre: du CONNARD 🤬";

    Verdict v = BlocklistScreener.builder().words("fr", "connard").outcome(Outcome.REDACT).build().screen(body("fr-CH", text), NO_CONTEXT);

    assertThat(v.redactions()).containsExactly(spanOf(text, "CONNARD"));
    assertThat(Redaction.apply(text, TextSpan.BODY, v.redactions())).isEqualTo("😀👍🏽 Straße, Œuvre: du ███████ 🤬");
  }

  @Test
  void usesTheListOfThePrimaryLanguageOnly() {
    assertThat(screen("en", "Quel connard").outcome()).isEqualTo(Outcome.PASS);
    assertThat(screen("fr-CA", "Quel connard").outcome()).isEqualTo(Outcome.HOLD);
    assertThat(screen("es", "Quel connard").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void appliesTheEveryLanguageListToAllLanguages() {
    BlocklistScreener s = BlocklistScreener.builder().words("en", "idiot").everyLanguage("bozo").build();

    Verdict v = s.screen(body("es", "Eres un bozo"), NO_CONTEXT);

    assertThat(v.explanation()).isEqualTo("blocklisted term (all) at body[8, 12)");
    assertThat(s.screen(body("en", "you bozo and idiot"), NO_CONTEXT).explanation()).contains("(all) at body[4, 8)", "(en) at body[13, 18)");
  }

  @Test
  void screensEveryTextField() {
    Verdict v = defaults.screen(Inputs.texts("en", Map.of("body", "A fine idea.", "answers.why", "Because the mayor is a moron.")), NO_CONTEXT);

    assertThat(v.explanation()).isEqualTo("blocklisted term (en) at answers.why[23, 28)");
  }

  @Test
  void rejectsOrRedactsWhenConfigured() {
    String text = "Stupid idiot plan";
    Verdict rejected = BlocklistScreener.builder().words("en", "idiot").outcome(Outcome.REJECT).reason("incivility").build()
        .screen(body("en", text), NO_CONTEXT);
    Verdict redacted = BlocklistScreener.builder().words("en", "idiot").outcome(Outcome.REDACT).build().screen(body("en", text), NO_CONTEXT);

    assertThat(rejected.outcome()).isEqualTo(Outcome.REJECT);
    assertThat(rejected.reason()).contains("incivility");
    assertThat(Redaction.apply(text, TextSpan.BODY, redacted.redactions())).isEqualTo("Stupid █████ plan");
  }

  @Test
  void builderRejectsRepeatedAndConflictingOptions() {
    assertThatThrownBy(() -> BlocklistScreener.builder().words("en", "a1").words("EN", "b")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("en");
    assertThatThrownBy(() -> BlocklistScreener.builder().outcome(Outcome.HOLD).outcome(Outcome.REJECT))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("HOLD");
    assertThatThrownBy(() -> BlocklistScreener.builder().outcome(Outcome.PASS)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlocklistScreener.builder().words("en-GB", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlocklistScreener.builder().words("en", " -- ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BlocklistScreener.builder().build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> BlocklistScreener.builder().defaultLists().defaultLists()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPhraseThatFailsDoesNotHideAWordSharingItsFirstWord() {
    BlocklistScreener s = BlocklistScreener.builder().words("en", "ass hole", "ass").outcome(Outcome.REDACT).build();

    assertThat(s.screen(body("en", "@ss then"), NO_CONTEXT).redactions()).containsExactly(TextSpan.body(0, 3));
    assertThat(s.screen(body("en", "a s s h o l e the"), NO_CONTEXT).redactions()).containsExactly(TextSpan.body(0, 13));
  }

  @Test
  void addsExplicitWordsToTheDefaultLists() {
    BlocklistScreener s = BlocklistScreener.builder().defaultLists().words("fr", "bouffon").build();

    assertThat(s.screen(body("fr", "Quel bouffon"), NO_CONTEXT).outcome()).isEqualTo(Outcome.HOLD);
    assertThat(s.screen(body("fr", "Quel connard"), NO_CONTEXT).outcome()).isEqualTo(Outcome.HOLD);
  }
}
