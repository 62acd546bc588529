package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.consulta.core.moderation.screeners.Inputs.NO_CONTEXT;
import static org.consulta.core.moderation.screeners.Inputs.body;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.consulta.core.contribution.Redaction;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.Verdict.Outcome;
import org.consulta.core.moderation.screeners.PersonalDataScreener.Kind;
import org.junit.jupiter.api.Test;

class PersonalDataScreenerTest {
  private final PersonalDataScreener screener = PersonalDataScreener.defaults();

  private Verdict screen(String language, String text) {
    return screener.screen(body(language, text), NO_CONTEXT);
  }

  /** @return the text as published: what the verdict's spans leave visible */
  private String masked(String language, String text) {
    return Redaction.apply(text, TextSpan.BODY, screen(language, text).redactions());
  }

  private static String mask(String text, String... parts) {
    String out = text;
    for (String part : parts) {
      out = out.replace(part, String.valueOf(Redaction.MASK).repeat(part.length()));
    }
    return out;
  }

  @Test
  void redactsAnEMailAddressAndSaysWhereWithoutSayingWhat() {
    String text = "Write to jane.doe@example.co.uk for details.";

    Verdict v = screen("en", text);

    assertThat(v.outcome()).isEqualTo(Outcome.REDACT);
    assertThat(v.reason()).contains("personal-data");
    assertThat(v.redactions()).containsExactly(TextSpan.body(9, 31));
    assertThat(v.explanation()).isEqualTo("e-mail address at body[9, 31)").doesNotContain("jane");
  }

  @Test
  void redactsEMailAddressesInFrenchAndGermanSentences() {
    String fr = "Contactez-moi : marie.dupont@exemple.fr.";
    String de = "Bitte an jürgen.müller+bürger@stadt-köln.de schreiben.";

    assertThat(masked("fr", fr)).isEqualTo(mask(fr, "marie.dupont@exemple.fr"));
    assertThat(masked("de", de)).isEqualTo(mask(de, "jürgen.müller+bürger@stadt-köln.de"));
  }

  @Test
  void leavesCodeAndHandlesThatOnlyLookLikeEMail() {
    for (String text : List.of("Run it as user@localhost first.", "Annotate it with @Override please.", "Map foo@bar to the field.",
        "Follow @mairie_de_paris on social media.", "Send to x@1.2 now.", "Le fichier a@b.c est vide.")) {
      assertThat(screen("en", text).outcome()).as(text).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void redactsInternationalPhoneNumbers() {
    for (String phone : List.of("+44 20 7946 0958", "+44 (0)20 7946 0958", "+33 6 12 34 56 78", "+33 (0)1 23 45 67 89", "+49 30 1234567",
        "+49 151 12345678", "+1 (212) 555-0147", "0044 20 7946 0958", "+41446681800")) {
      String text = "Call me on " + phone + ", thanks.";
      assertThat(masked("en", text)).as(phone).isEqualTo(mask(text, phone));
    }
  }

  @Test
  void redactsNationalPhoneNumbersOfTheUkUsFranceAndGermany() {
    for (String phone : List.of("020 7946 0958", "07700 900123", "(212) 555-0147", "212-555-0147", "212.555.0147", "06 12 34 56 78",
        "06.12.34.56.78", "06-12-34-56-78", "0612345678", "0151 12345678", "030 1234567", "0221/1234567", "089 123456")) {
      String text = "Numéro : " + phone + " merci";
      assertThat(masked("fr", text)).as(phone).isEqualTo(mask(text, phone));
    }
  }

  @Test
  void doesNotTakeDatesTimesYearsVersionsOrAmountsForPhoneNumbers() {
    for (String text : List.of(
        "The meeting on 12.03.2024 at 10:30 was moved to 2024-03-12, then to 12/03/2024.",
        "In 2024 and 2025 the budget grew to €1,250,000 and then 1.250.000 Euro.",
        "Population 1 234 567, and 1 234 567 890 euros over 10 years.",
        "Version 1.2.3 and 10.4.12 of the app; ISBN 978-3-16-148410-0.",
        "Le 01.02.2024 10 personnes sont venues, entre 12.03.2024 - 15.03.2024.",
        "Die Sitzung vom 12.03.2024 um 18.30 Uhr; 3 500 Teilnehmende, Tel. folgt.")) {
      Verdict v = screen("en", text);
      assertThat(v.outcome()).as(text + ": " + v.explanation()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void redactsValidIbansWithOrWithoutSpaces() {
    for (String iban : List.of("DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "FR14 2004 1010 0505 0001 3M02 606",
        "GB82 WEST 1234 5698 7654 32", "CH93 0076 2011 6238 5295 7")) {
      String text = "Überweisung bitte auf " + iban + " bis Freitag.";
      Verdict v = screen("de", text);
      assertThat(Redaction.apply(text, TextSpan.BODY, v.redactions())).as(iban).isEqualTo(mask(text, iban));
      assertThat(v.explanation()).as(iban).startsWith("IBAN at body[");
    }
  }

  @Test
  void leavesIbanShapedStringsWithABadChecksum() {
    assertThat(screen("de", "Konto DE89 3704 0044 0532 0130 01 ist falsch.").outcome()).isEqualTo(Outcome.PASS);
    assertThat(screen("fr", "Compte FR15 2004 1010 0505 0001 3M02 606.").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void redactsLuhnValidCardNumbers() {
    for (String card : List.of("4111 1111 1111 1111", "4111111111111111", "5555-5555-5555-4444", "3782 822463 10005", "6011000990139424")) {
      String text = "My card is " + card + ", exp 12/27.";
      Verdict v = screen("en", text);
      assertThat(Redaction.apply(text, TextSpan.BODY, v.redactions())).as(card).isEqualTo(mask(text, card));
      assertThat(v.explanation()).as(card).startsWith("payment card number at body[");
    }
  }

  @Test
  void leavesLuhnFailingSixteenDigitNumbers() {
    assertThat(screen("en", "Order 4111 1111 1111 1112 shipped.").outcome()).isEqualTo(Outcome.PASS);
    assertThat(screen("en", "Tracking 1234567812345678.").outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void findsACardAfterUnrelatedDigitGroups() {
    String text = "ref 12 4111 1111 1111 1111";

    assertThat(masked("en", text)).isEqualTo(mask(text, "4111 1111 1111 1111"));
  }

  @Test
  void redactsSeveralKindsInSeveralFieldsAndListsEachPlace() {
    Verdict v = screener.screen(Inputs.texts("fr", Map.of(
        "body", "Écrivez à paul@mairie.fr ou appelez le 06 12 34 56 78.",
        "answers.contact", "IBAN FR14 2004 1010 0505 0001 3M02 606")), NO_CONTEXT);

    assertThat(v.explanation()).isEqualTo(
        "IBAN at answers.contact[5, 38); e-mail address at body[10, 24); phone number at body[39, 53)");
    assertThat(v.redactions()).extracting(TextSpan::field).containsExactly("answers.contact", "body", "body");
  }

  @Test
  void holdsInsteadWhenConfiguredAndKeepsThePlacesInTheExplanation() {
    Verdict v = PersonalDataScreener.builder().outcome(Outcome.HOLD).build().screen(body("en", "mail me: a.b@example.org"), NO_CONTEXT);

    assertThat(v.outcome()).isEqualTo(Outcome.HOLD);
    assertThat(v.redactions()).isEmpty();
    assertThat(v.explanation()).isEqualTo("e-mail address at body[9, 24)");
  }

  @Test
  void extraPatternsUseTheirNameAndReason() {
    PersonalDataScreener s = PersonalDataScreener.builder()
        .pattern("case number", Pattern.compile("\\bAZ-\\d{6}\\b"), "case-reference")
        .build();

    Verdict only = s.screen(body("de", "Mein Aktenzeichen ist AZ-123456."), NO_CONTEXT);
    Verdict mixed = s.screen(body("de", "AZ-123456, Tel. 030 1234567"), NO_CONTEXT);

    assertThat(only.reason()).contains("case-reference");
    assertThat(only.explanation()).isEqualTo("case number at body[22, 31)");
    assertThat(mixed.reason()).contains("personal-data");
    assertThat(mixed.redactions()).hasSize(2);
  }

  @Test
  void runsOnlyTheChosenKinds() {
    PersonalDataScreener phonesOnly = PersonalDataScreener.builder().kinds(EnumSet.of(Kind.PHONE)).build();

    assertThat(phonesOnly.screen(body("en", "x@example.com"), NO_CONTEXT).outcome()).isEqualTo(Outcome.PASS);
    assertThat(phonesOnly.screen(body("en", "020 7946 0958"), NO_CONTEXT).outcome()).isEqualTo(Outcome.REDACT);
  }

  @Test
  void builderRejectsRepeatedAndConflictingOptions() {
    assertThatThrownBy(() -> PersonalDataScreener.builder().outcome(Outcome.REJECT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonalDataScreener.builder().outcome(Outcome.HOLD).outcome(Outcome.REDACT))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("HOLD");
    assertThatThrownBy(() -> PersonalDataScreener.builder().pattern("id", Pattern.compile("x"), "r").pattern("id", Pattern.compile("y"), "r"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("id");
    assertThatThrownBy(() -> PersonalDataScreener.builder().kinds(EnumSet.noneOf(Kind.class)).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PersonalDataScreener.builder().reason(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
