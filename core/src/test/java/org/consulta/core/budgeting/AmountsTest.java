package org.consulta.core.budgeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountsTest {
  @Test
  void moneyIsGroupedByThousandsWithoutNeedlessDecimals() {
    assertThat(Amounts.format(new BigDecimal("12300.00"))).isEqualTo("12,300");
    assertThat(Amounts.format(new BigDecimal("1E+6"))).isEqualTo("1,000,000");
    assertThat(Amounts.format(new BigDecimal("999"))).isEqualTo("999");
    assertThat(Amounts.format(new BigDecimal("0.00"))).isEqualTo("0");
    assertThat(Amounts.format(new BigDecimal("-1500"))).isEqualTo("-1,500");
  }

  @Test
  void centsAreShownAsTwoDigitsAndFinerAmountsInFull() {
    assertThat(Amounts.format(new BigDecimal("120000.5"))).isEqualTo("120,000.50");
    assertThat(Amounts.format(new BigDecimal("120000.50"))).isEqualTo("120,000.50");
    assertThat(Amounts.format(new BigDecimal("1234567.891"))).isEqualTo("1,234,567.891");
    assertThat(Amounts.format(new BigDecimal("0.01"))).isEqualTo("0.01");
  }
}
