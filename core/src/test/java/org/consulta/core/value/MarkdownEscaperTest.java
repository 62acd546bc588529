package org.consulta.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {
  @Test
  void emphasisLinksHtmlCodeAndEntitiesAreEscapedAnywhere() {
    assertThat(MarkdownEscaper.escape("a *b* _c_ [d](e) <f> `g` ~h~ &amp; \\"))
        .isEqualTo("a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` \\~h\\~ \\&amp; \\\\");
  }

  @Test
  void blockMarkupAtTheStartOfALineIsEscaped() {
    assertThat(MarkdownEscaper.escape("# title\n> quote\n- item\n+ item\n===\n12. item\n3) item"))
        .isEqualTo("\\# title\n\\> quote\n\\- item\n\\+ item\n\\===\n12\\. item\n3\\) item");
  }

  @Test
  void markupInsideALineIsLeftWhereItIsHarmless() {
    assertThat(MarkdownEscaper.escape("a # b - c 1. d")).isEqualTo("a # b - c 1. d");
  }

  @Test
  void leadingIndentationIsDroppedSoNoCodeBlockStarts() {
    assertThat(MarkdownEscaper.escape("    code?\n\t# heading?")).isEqualTo("code?\n\\# heading?");
  }

  @Test
  void textThatContinuesALineKeepsItsSpacesAndGetsNoLineStartEscape() {
    assertThat(MarkdownEscaper.escape(" - Delayed", false)).isEqualTo(" - Delayed");
    assertThat(MarkdownEscaper.escape(" a\n# b", false)).isEqualTo(" a\n\\# b");
  }

  @Test
  void tableCellsEscapePipesAndKeepLineBreaksAsBr() {
    assertThat(MarkdownEscaper.cell("a | b\r\nc\nd")).isEqualTo("a \\| b<br>c<br>d");
  }

  @Test
  void oneLineTurnsLineBreaksIntoSpaces() {
    assertThat(MarkdownEscaper.oneLine("a\n# b")).isEqualTo("a \\# b");
  }
}
