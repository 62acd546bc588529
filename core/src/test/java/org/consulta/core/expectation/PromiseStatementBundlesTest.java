package org.consulta.core.expectation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.consulta.core.consultation.Channel;
import org.consulta.core.consultation.ContributionKind;
import org.junit.jupiter.api.Test;

/** The label bundles of {@link PromiseStatement}: every language has every sentence. */
class PromiseStatementBundlesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

  private Properties load(String suffix) throws IOException {
    String name = "/org/consulta/core/expectation/PromiseLabels" + suffix + ".properties";
    try (InputStream in = PromiseStatementBundlesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Properties labels = new Properties();
        labels.load(reader);
        return labels;
      }
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void everyTranslationHasExactlyTheEnglishKeys() throws IOException {
    Set<String> english = load("").stringPropertyNames();
    for (String suffix : List.of("_fr", "_de")) {
      assertThat(load(suffix).stringPropertyNames()).as(suffix).isEqualTo(english);
    }
  }

  @Test
  void everyTranslationUsesTheEnglishPlaceholders() throws IOException {
    Properties english = load("");
    for (String suffix : List.of("_fr", "_de")) {
      Properties translated = load(suffix);
      for (String key : english.stringPropertyNames()) {
        assertThat(placeholders(translated.getProperty(key))).as(suffix + " " + key).isEqualTo(placeholders(english.getProperty(key)));
      }
    }
  }

  @Test
  void everyKindAndChannelHasWords() throws IOException {
    Set<String> keys = load("").stringPropertyNames();
    for (ContributionKind kind : ContributionKind.values()) {
      assertThat(keys).contains("kind." + kind.name());
    }
    for (Channel channel : Channel.values()) {
      if (channel.isOffline()) {
        assertThat(keys).contains("channel." + channel.name());
      }
    }
    for (AllowanceUnit unit : AllowanceUnit.values()) {
      assertThat(keys).contains("allowance." + unit.name() + ".one", "allowance." + unit.name() + ".other");
    }
    for (ReachMetric metric : ReachMetric.values()) {
      assertThat(keys).contains("reach." + metric.name() + ".one", "reach." + metric.name() + ".other");
    }
  }
}
