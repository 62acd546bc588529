package org.consulta.core.moderation.screeners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.consulta.core.moderation.TextSignature;
import org.junit.jupiter.api.Test;

class TextSignaturesTest {
  private static final String TEMPLATE = "I believe that the council should invest in the new tram line because traffic is already"
      + " unbearable. Every winter, the bridge over the river is a danger for pedestrians, and nobody seems to care.";

  private final TextSignatures signatures = TextSignatures.standard();

  @Test
  void normalizationFoldsCaseAccentsPunctuationAndSpaces() {
    assertThat(TextSignatures.normalize("  Ça  SUFFIT,\tStraße!! ")).isEqualTo("ca suffit strasse");
    assertThat(TextSignatures.normalize("Ｆｕｌｌ-width ﬁne café")).isEqualTo("full width fine cafe");
    assertThat(TextSignatures.normalize("l'école — déjà!")).isEqualTo("l ecole deja");
    assertThat(TextSignatures.normalize("?!")).isEmpty();
  }

  @Test
  void signaturesAreFixedForeverForAFixedText() {
    // changing the normalization, shingles or any hash breaks every stored signature: this must fail then
    long[] keys = signatures.sign(TEMPLATE).bandKeys();
    assertThat(keys).hasSize(32);
    assertThat(keys[0]).isEqualTo(KEY_0);
    assertThat(keys[31]).isEqualTo(KEY_31);
    assertThat(signatures.sign(TEMPLATE).minHashes()[0]).isEqualTo(MIN_0);
  }

  private static final long KEY_0 = -7152618194451150229L;
  private static final long KEY_31 = 5839145241028919940L;
  private static final int MIN_0 = -560613950;

  @Test
  void theDefaultsAre128HashesIn32BandsOf4() {
    assertThat(signatures.hashes()).isEqualTo(128);
    assertThat(signatures.bands()).isEqualTo(32);
    assertThat(signatures.rows()).isEqualTo(4);
    assertThat(signatures.candidateProbability(0.5)).isBetween(0.86, 0.88);
  }

  @Test
  void signingIsDeterministicAcrossInstances() {
    TextSignature a = signatures.sign(TEMPLATE);
    TextSignature b = TextSignatures.builder().build().sign(new StringBuilder(TEMPLATE));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void identicalTextsUpToCaseAndPunctuationAreFullySimilar() {
    TextSignature a = signatures.sign(TEMPLATE);
    TextSignature b = signatures.sign(TEMPLATE.toUpperCase(java.util.Locale.ROOT).replace(",", "").replace(".", "!!"));
    assertThat(a.similarity(b)).isEqualTo(1.0);
    assertThat(a.bandKeys()).isEqualTo(b.bandKeys());
  }

  @Test
  void aLightlyEditedTextStaysAboveTheThreshold() {
    String edited = "As a mother of two, I care deeply about this. " + TEMPLATE.replace("invest in", "really invest in")
        .replace("unbearable", "unbaerable");
    assertThat(signatures.sign(TEMPLATE).similarity(signatures.sign(edited))).isGreaterThan(CampaignScreener.DEFAULT_THRESHOLD);
  }

  @Test
  void anUnrelatedTextOnTheSameTopicStaysBelowTheThreshold() {
    String other = "Frankly, the mayor must abandon the planned bypass since the air quality keeps getting worse. At rush hour,"
        + " the railway underpass is always blocked by delivery vans, which drives families away.";
    assertThat(signatures.sign(TEMPLATE).similarity(signatures.sign(other))).isLessThan(0.3);
  }

  @Test
  void shortTextsMatchOnlyExactNormalizedDuplicates() {
    TextSignature agree = signatures.sign("I agree!");
    assertThat(agree.similarity(signatures.sign("i AGREE"))).isEqualTo(1.0);
    assertThat(agree.similarity(signatures.sign("I disagree"))).isLessThan(0.05);
    assertThat(agree.similarity(signatures.sign(TEMPLATE))).isLessThan(0.05);
  }

  @Test
  void wordShinglesAreAnOption() {
    TextSignatures words = TextSignatures.builder().wordShingles(2).bands(16, 4).build();
    TextSignature a = words.sign(TEMPLATE);
    assertThat(a.size()).isEqualTo(64);
    assertThat(a.similarity(words.sign(TEMPLATE.replace("the new", "the new and long")))).isGreaterThan(0.8);
  }

  @Test
  void eachOptionIsSetOnce() {
    assertThatThrownBy(() -> TextSignatures.builder().characterShingles(5).wordShingles(3))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("character 5-shingles");
    assertThatThrownBy(() -> TextSignatures.builder().bands(0, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
