package org.consulta.core.budgeting;

import java.math.BigDecimal;

/**
 * Money in explanations: comma-grouped thousands, a point before decimals, and no needless
 * decimals ({@code 12300.00} is "12,300", {@code 120000.5} is "120,000.50"). Independent of the
 * default locale, exact (no rounding: a cost with more decimals shows them all).
 */
final class Amounts {
  private Amounts() {}

  /**
   * @param amount an amount of money
   * @return it in words of explanations, e.g. "1,000,000" or "120,000.50"
   */
  static String format(BigDecimal amount) {
    BigDecimal a = amount.stripTrailingZeros();
    if (a.scale() < 0) {
      a = a.setScale(0);
    } else if (a.scale() == 1) {
      a = a.setScale(2);
    }
    String plain = a.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    StringBuilder out = new StringBuilder(amount.signum() < 0 ? "-" : "");
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        out.append(',');
      }
      out.append(whole.charAt(i));
    }
    return out.append(point < 0 ? "" : plain.substring(point)).toString();
  }
}
