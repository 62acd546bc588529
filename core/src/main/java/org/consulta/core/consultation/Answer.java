package org.consulta.core.consultation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One answer to a {@link FormField}; the variant must match the field's {@link FieldType}. */
public sealed interface Answer {
  /**
   * Text for {@link FieldType#TEXT} and {@link FieldType#LONG_TEXT}.
   *
   * @param value the text
   */
  record Text(String value) implements Answer {
    public Text {
      requireNonNull(value, "value");
    }
  }

  /**
   * Chosen options for {@link FieldType#SINGLE_CHOICE} and {@link FieldType#MULTIPLE_CHOICE}.
   *
   * @param values the chosen options
   */
  record Choices(List<String> values) implements Answer {
    public Choices {
      values = List.copyOf(requireNonNull(values, "values"));
    }
  }

  /**
   * A number for {@link FieldType#NUMBER}.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements Answer {
    public Number {
      requireNonNull(value, "value");
    }
  }

  /**
   * A date for {@link FieldType#DATE}.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements Answer {
    public Date {
      requireNonNull(value, "value");
    }
  }

  /**
   * A position for {@link FieldType#LOCATION}.
   *
   * @param value the position
   */
  record Location(GeoPoint value) implements Answer {
    public Location {
      requireNonNull(value, "value");
    }
  }

  /**
   * Yes or no for {@link FieldType#CONSENT}.
   *
   * @param value whether consent is given
   */
  record Consent(boolean value) implements Answer {}
}
