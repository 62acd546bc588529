package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.consulta.core.moderation.screeners.Inputs.NO_CONTEXT;
import static org.consulta.core.moderation.screeners.Inputs.body;

import java.util.ArrayList;
import java.util.List;
import org.consulta.core.contribution.Redaction;
import org.consulta.core.contribution.TextSpan;
import org.consulta.core.moderation.Screener;
import org.consulta.core.moderation.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Redaction never leaks what was found and never breaks the text; the screeners never throw and
 * their spans are always valid offsets of the original.
 */
class ScreenerProperties {
  private static final PersonalDataScreener PERSONAL_DATA = PersonalDataScreener.defaults();
  private static final BlocklistScreener BLOCKLIST = BlocklistScreener.builder().defaultLists().outcome(Verdict.Outcome.REDACT).build();
  private static final LinkSpamScreener LINK_SPAM = LinkSpamScreener.builder().blockedDomains("casino.example").build();

  /** A text with a known piece of personal data embedded somewhere. */
  record Embedded(String text, String secret) {}

  @Provide
  Arbitrary<String> unicode() {
    Arbitrary<String> words = Arbitraries.of("the", "idée", "Straße", "connard", "i d i o t", "1d10t", "idiooot", "@", "+", ".", "-", "/",
        "(", ")", "  ", "\n", "06", "12", "2024", "4111", "DE89", "www.", ".com", "http://", "!!!", "ß", "ÉTÉ");
    Arbitrary<String> emoji = Arbitraries.of("😀", "👍🏽", "🇫🇷", "👩‍👩‍👧", "🤬", "𝔘");
    Arbitrary<String> marks = Arbitraries.of("\u0301", "\u0308", "\u200B", "\u00AD", "\u200D", "e\u0301");
    Arbitrary<String> lone = Arbitraries.of("\uD83D", "\uDE00"); // unpaired surrogates: still valid Java strings
    Arbitrary<String> chars = Arbitraries.strings().all().ofMaxLength(6);
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789 .-/+()").ofMaxLength(12);
    return Arbitraries.frequencyOf(Tuple.of(4, words), Tuple.of(2, emoji), Tuple.of(2, marks), Tuple.of(1, lone), Tuple.of(3, chars),
        Tuple.of(3, digits)).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> secrets() {
    Arbitrary<String> emails = Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8), Arbitraries.of("fr", "de", "com", "co.uk", "org"))
        .as((local, domain, tld) -> local + "." + local + "@" + domain + "." + tld);
    Arbitrary<String> ibans = Arbitraries.of("DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "FR1420041010050500013M02606",
        "GB82 WEST 1234 5698 7654 32", "NL91 ABNA 0417 1643 00");
    Arbitrary<String> cards = Arbitraries.of("4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "6011000990139424");
    Arbitrary<String> phones = Arbitraries.of("+44 20 7946 0958", "06 12 34 56 78", "0151 12345678", "(212) 555-0147", "+33 6 12 34 56 78");
    return Arbitraries.oneOf(emails, ibans, cards, phones);
  }

  @Provide
  Arbitrary<Embedded> embedded() {
    return Combinators.combine(unicode(), unicode(), secrets()).as((before, after, secret) -> new Embedded(before + " " + secret + " " + after, secret));
  }

  @Property(tries = 500)
  void redactionOfAnyTextKeepsItsLengthAndStaysInBounds(@ForAll("unicode") String text) {
    Verdict v = PERSONAL_DATA.screen(body("en", text), NO_CONTEXT);

    assertValidSpans(text, v);
    assertThat(Redaction.apply(text, TextSpan.BODY, v.redactions())).hasSameSizeAs(text);
  }

  @Property(tries = 500)
  void embeddedPersonalDataNeverSurvivesRedaction(@ForAll("embedded") Embedded e) {
    Verdict v = PERSONAL_DATA.screen(body("en", e.text()), NO_CONTEXT);

    String masked = Redaction.apply(e.text(), TextSpan.BODY, v.redactions());
    assertValidSpans(e.text(), v);
    assertThat(masked).hasSameSizeAs(e.text()).doesNotContain(e.secret());
    assertThat(v.explanation()).doesNotContain(e.secret());
  }

  @Property(tries = 300)
  void screenersNeverThrowOnArbitraryStrings(@ForAll String text) {
    for (Screener s : List.of(PERSONAL_DATA, BLOCKLIST, LINK_SPAM)) {
      assertValidSpans(text, s.screen(body("de", text), NO_CONTEXT));
    }
  }

  @Property(tries = 500)
  void screenersNeverThrowOnMixedUnicode(@ForAll("unicode") String text) {
    for (Screener s : List.of(PERSONAL_DATA, BLOCKLIST, LINK_SPAM)) {
      Verdict v = s.screen(body("fr", text), NO_CONTEXT);
      assertValidSpans(text, v);
      assertThat(v.score()).isBetween(0.0, 1.0);
    }
  }

  @Provide
  Arbitrary<Tuple.Tuple2<String, List<TextSpan>>> textWithSpans() {
    return unicode().filter(t -> !t.isEmpty()).flatMap(text -> {
      Arbitrary<TextSpan> span = Arbitraries.integers().between(0, text.length() - 1)
          .flatMap(start -> Arbitraries.integers().between(start + 1, text.length()).map(end -> TextSpan.body(start, end)));
      Arbitrary<TextSpan> other = Arbitraries.just(new TextSpan("answers.other", 0, 1));
      return Arbitraries.oneOf(span, other).list().ofMaxSize(6).map(spans -> Tuple.of(text, spans));
    });
  }

  @Property(tries = 500)
  void maskingChangesExactlyTheWidenedSpans(@ForAll("textWithSpans") Tuple.Tuple2<String, List<TextSpan>> input) {
    String text = input.get1();
    List<TextSpan> widened = Redaction.widen(text, TextSpan.BODY, input.get2());

    String masked = Redaction.apply(text, TextSpan.BODY, input.get2());

    assertThat(masked).hasSameSizeAs(text);
    boolean[] inside = new boolean[text.length()];
    for (TextSpan s : widened) {
      assertThat(s.field()).isEqualTo(TextSpan.BODY);
      for (int i = s.start(); i < s.end(); i++) {
        inside[i] = true;
      }
    }
    for (TextSpan s : input.get2()) {
      if (s.field().equals(TextSpan.BODY)) {
        for (int i = s.start(); i < s.end(); i++) {
          assertThat(inside[i]).as("offset %s of a span is inside a widened span", i).isTrue();
        }
      }
    }
    for (int i = 0; i < text.length(); i++) {
      assertThat(masked.charAt(i)).as("offset %s", i).isEqualTo(inside[i] ? Redaction.MASK : text.charAt(i));
    }
    for (int k = 1; k < widened.size(); k++) {
      assertThat(widened.get(k).start()).as("sorted and merged").isGreaterThan(widened.get(k - 1).end());
    }
  }

  private static void assertValidSpans(String text, Verdict v) {
    List<TextSpan> spans = new ArrayList<>(v.redactions());
    for (TextSpan s : spans) {
      assertThat(s.field()).isEqualTo(TextSpan.BODY);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(splitsPair(text, s.start())).as("start %s splits a surrogate pair", s.start()).isFalse();
      assertThat(splitsPair(text, s.end())).as("end %s splits a surrogate pair", s.end()).isFalse();
    }
  }

  private static boolean splitsPair(String text, int i) {
    return i > 0 && i < text.length() && Character.isHighSurrogate(text.charAt(i - 1)) && Character.isLowSurrogate(text.charAt(i));
  }
}
