package org.consulta.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private final LocalizedText park = LocalizedText.of("en", "Riverside park").with("fr", "Parc au bord du fleuve").with("de-CH", "Uferpark");

  @Test
  void theExactLanguageWins() {
    assertThat(park.best("fr")).isEqualTo("Parc au bord du fleuve");
    assertThat(park.bestLanguage("de-CH")).isEqualTo("de-CH");
  }

  @Test
  void aRegionalTagFallsBackToItsPrimaryLanguageAndBack() {
    assertThat(park.best("fr-CH")).isEqualTo("Parc au bord du fleuve");
    assertThat(park.bestLanguage("fr-CH")).isEqualTo("fr");
    assertThat(park.best("de")).as("a primary tag finds a regional text").isEqualTo("Uferpark");
    assertThat(park.bestLanguage("DE-ch")).as("tags compare without case").isEqualTo("de-CH");
  }

  @Test
  void anUnknownLanguageFallsBackToTheFirst() {
    assertThat(park.best("it")).isEqualTo("Riverside park");
    assertThat(park.bestLanguage("it")).isEqualTo("en");
  }
}
