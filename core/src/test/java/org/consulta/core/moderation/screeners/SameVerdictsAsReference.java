package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consulta.core.moderation.screeners.Inputs.NO_CONTEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.ScreeningInput;
import org.consulta.core.moderation.Verdict;
import org.consulta.core.moderation.Verdict.Outcome;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * The optimised screeners give exactly the verdicts of the frozen copies in {@code reference}
 * (outcome, reason, score, explanation, spans) on texts full of the things they look for: insults
 * plain and obfuscated, personal data and its look-alikes, links, shouting, and odd Unicode.
 */
class SameVerdictsAsReference {
  /**
   * Terms for every language: phrases sharing first words with each other and with single words
   * (a phrase before the word alone, and letters repeated, so that matching a phrase's later
   * words must not disturb the first word's reading).
   */
  private static final String[] EVERY = {"gros naze", "gros con", "gros", "fils de chien", "b1tch", "x", "lol ok", "l o l", "ass hole",
      "ass", "lool ok", "lool"};

  /** Each optimised screener next to the same configuration of its reference copy. */
  private static final List<Screener[]> PAIRS = List.of(
      pair(BlocklistScreener.defaults(), org.consulta.core.moderation.screeners.reference.BlocklistScreener.defaults()),
      pair(BlocklistScreener.builder().defaultLists().words("it", "stronzo", "figlio di puttana").everyLanguage(EVERY)
              .outcome(Outcome.REDACT).build(),
          org.consulta.core.moderation.screeners.reference.BlocklistScreener.builder().defaultLists().words("it", "stronzo", "figlio di puttana")
              .everyLanguage(EVERY).outcome(Outcome.REDACT).build()),
      pair(PersonalDataScreener.defaults(), org.consulta.core.moderation.screeners.reference.PersonalDataScreener.defaults()),
      pair(PersonalDataScreener.builder().pattern("case number", Pattern.compile("\\bAZ-\\d{6}\\b"), "case-reference").outcome(Outcome.HOLD).build(),
          org.consulta.core.moderation.screeners.reference.PersonalDataScreener.builder()
              .pattern("case number", Pattern.compile("\\bAZ-\\d{6}\\b"), "case-reference").outcome(Outcome.HOLD).build()),
      pair(LinkSpamScreener.defaults(), org.consulta.core.moderation.screeners.reference.LinkSpamScreener.defaults()),
      pair(LinkSpamScreener.builder().blockedDomains("casino.example", "cheap-pills.example", "bad.it").maxLinks(1).maxRepeats(3).build(),
          org.consulta.core.moderation.screeners.reference.LinkSpamScreener.builder().blockedDomains("casino.example", "cheap-pills.example", "bad.it")
              .maxLinks(1).maxRepeats(3).build()));

  /** The regular expressions {@link PhoneNumbers} used before, to compare its scans with. */
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}+.,/-])(?:\\+|\\(\\+?)?\\d++(?:(?:\\)[ \\u00A0]?|[ \\u00A0]?\\(|[ \\u00A0]?[./-][ \\u00A0]?|[ \\u00A0])\\d++)*+");
  private static final Pattern DATE = Pattern.compile(
      "(?<!\\d)(?:\\d{1,2}([./-])\\d{1,2}\\1(?:19|20)\\d\\d|(?:19|20)\\d\\d([./-])\\d{1,2}\\2\\d{1,2})(?!\\d)");

  private static Screener[] pair(Screener optimised, Screener reference) {
    return new Screener[] {optimised, reference};
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("the", "plan", "idée", "Straße", "ÉTÉ", "Œuvre", "ß", "ﬁn", "İstanbul", "ǅ", "consultation",
        "Scunthorpe", "assassin", "classic", "Dickens", "Idiotie", "disputé");
    Arbitrary<String> insults = Arbitraries.of("idiot", "IDIOT", "idiooot", "1d10t", "!d!ot", "|d|ot", "!!idiot", "i d i o t", "i.d.i.o.t",
        "i-d-i-o-t", "I - D - I - O - T", "i\u200Bdiot", "m0r0n", "a s s h o l e", "4rschl0ch", "Vollidiot", "connard", "CONNARD", "enculé",
        "encule\u0301", "ENCULÉ", "crétin", "cr3tin", "fils de pute", "fils  de\npute", "f i l s de pute", "fuck you", "fuuuck   youuu",
        "piece of shit", "p1ece 0f $h1t", "$hit", "abrutis", "Hurensohn", "gros naze", "b1tch", "b!tch", "x", "X X", "stronzo",
        "figlio di puttana", "pédé", "pede\u0301", "idiot!", "idiot!!", "@ss", "a$$hole", "gros", "gr0s", "grooos naze", "gros con",
        "gros c0n", "gros naaaze", "f!ls de pute", "f1ls d3 put3", "|fils de chien", "fils de ch!en", "!o! ok", "| o |", "1 0 1 0k",
        "g r o s n a z e", "!!", "|", "f!ls", "ass", "asss", "ass hole", "a s s", "@ss h0le", "lool", "looool ok", "l00l", "|oo| ok");
    Arbitrary<String> personal = Arbitraries.of("+44 20 7946 0958", "+44 (0)20 7946 0958", "(212) 555-0147", "212.555.0147",
        "1 212 555 0147", "06 12 34 56 78", "0151 12345678", "0221/1234567", "089 123456", "0049 151 12345678", "+33 6 12 34 56 78",
        "12.03.2024", "2024-03-12", "12/03/2024", "18:30", "1 234 567 890", "1.2.3", "€1,250,000", "1.250.000", "4111 1111 1111 1111",
        "4111 1111 1111 1111 2024", "ref 12 4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "6011000990139424",
        "4111111111111112", "1d4111111111111111", "DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "DE89 3704 0044 0532 0130 01",
        "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "XX12 3456", "jane.doe@example.co.uk",
        "marie.dupont@exemple.fr", "j.mueller@stadt-koeln.de", "user@localhost", "foo@bar", "@Override", "x@1.2", "a@b.c",
        "mail@mail.example.com.2024", "..a@-b-.com", "AZ-123456", "AZ-1234567", "+1 (212) 555-0147", "0800 123 4567", "00 00 00");
    Arbitrary<String> links = Arbitraries.of("https://city.example.gov/plans/2024", "http://user:pw@Casino.Example:8080/x", "ftp://files.example.org",
        "www.maps.example.org", "transport.example.com/report", "https://casino.example/bonus", "cheap-pills.example/buy",
        "sub.casino.example", "casino.example", "CASINO.EXAMPLE.", "bad.it", "the plans.It", "e.g.", "(see www.x.de)", "«www.y.fr»",
        "https://", "http://.", "a.b", "foo.-bar.com", "exa_mple.com", "münchen.de", "xn--mnchen-3ya.de/weg", "<https://a.io>",
        "\"www.b.eu\"", "www.", ".com", "http://");
    Arbitrary<String> noise = Arbitraries.of("!!!!!!!!!!!!", "?????", "aaaaaaaaaaaa", "😀😀😀😀😀😀😀😀😀😀😀", "THIS IS UNACCEPTABLE AND EVERYONE AGREES",
        "NOUS NE VOULONS PAS DE CE PROJET DANS NOTRE QUARTIER", "\u0301", "\u200D", "\u00AD", "\uD83D", "\uDE00", "👩‍👩‍👧", "🇫🇷", "𝔘𝔘",
        "  ", "\n", "\r\n", "\t", ".", ",", ";", "-", "/", "(", ")", "+", "@", "$", "|", "!", "'", "’", "\u00A0", "\u2009");
    Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(6);
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789 .-/+()").ofMaxLength(16);
    Arbitrary<String> part = Arbitraries.frequencyOf(Tuple.of(5, words), Tuple.of(3, insults), Tuple.of(3, personal), Tuple.of(3, links),
        Tuple.of(3, noise), Tuple.of(1, chars), Tuple.of(2, digits));
    Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", ", ", ". ", "\n", " - ");
    return Arbitraries.frequencyOf(Tuple.of(3, part), Tuple.of(2, separator)).list().ofMaxSize(60).map(p -> String.join("", p));
  }

  @Property(tries = 3000)
  void oneTextGetsTheReferenceVerdict(@ForAll("texts") String text, @ForAll("languages") String language) {
    assertSameVerdicts(Inputs.body(language, text));
  }

  @Property(tries = 500)
  void severalTextsGetTheReferenceVerdict(@ForAll("texts") String body, @ForAll("texts") String other, @ForAll("languages") String language) {
    assertSameVerdicts(Inputs.texts(language, Map.of(TextSpan.BODY, body, "answers.q1", other, "answers.q2", body + " " + other)));
  }

  @Property(tries = 500)
  void anyStringGetsTheReferenceVerdict(@ForAll String text, @ForAll("languages") String language) {
    assertSameVerdicts(Inputs.body(language, text));
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of("en", "fr", "de", "it", "es");
  }

  /** The phone number candidates: the hand scan finds what the regular expression it replaced finds. */
  @Property(tries = 2000)
  void phoneCandidatesAreThoseOfTheRegex(@ForAll("numberish") String text) {
    Matcher m = CANDIDATE.matcher(text);
    List<int[]> expected = new ArrayList<>();
    while (m.find()) {
      expected.add(new int[] {m.start(), m.end()});
    }
    List<int[]> actual = new ArrayList<>();
    for (int p = 0; p < text.length(); ) {
      int end = PhoneNumbers.candidateEnd(text, p);
      if (end < 0) {
        p++;
      } else {
        actual.add(new int[] {p, end});
        p = end;
      }
    }
    assertThat(actual).as(text).usingElementComparator(Arrays::compare).isEqualTo(expected);
  }

  /** Dates inside a candidate: the hand scan agrees with the regular expression it replaced on every range. */
  @Property(tries = 2000)
  void datesAreThoseOfTheRegex(@ForAll("numberish") String text) {
    for (int from = 0; from <= text.length(); from++) {
      for (int to = from; to <= text.length(); to++) {
        assertThat(PhoneNumbers.containsDate(text, from, to)).as("[%s, %s) of %s", from, to, text)
            .isEqualTo(DATE.matcher(text.substring(from, to)).find());
      }
    }
  }

  @Provide
  Arbitrary<String> numberish() {
    Arbitrary<String> parts = Arbitraries.of("1", "12", "19", "20", "2024", "1999", "0", "00", "+", "(", ")", "(+", " ", "\u00A0", ".", "/", "-",
        ",", "a", "é", "Ⅻ", "²", "٣", "𝔘", "\uD835", "\uDD18", "  ", " . ", ") ", " (", "x");
    return parts.list().ofMaxSize(20).map(p -> String.join("", p));
  }

  private static void assertSameVerdicts(ScreeningInput input) {
    for (Screener[] pair : PAIRS) {
      Verdict verdict = pair[0].screen(input, NO_CONTEXT);
      assertThat(verdict).as("%s", pair[0]).isEqualTo(pair[1].screen(input, NO_CONTEXT));
      Statistics.label(pair[0].name()).collect(verdict.outcome());
    }
  }
}
