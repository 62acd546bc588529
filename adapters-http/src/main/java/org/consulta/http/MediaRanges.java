package org.consulta.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proactive content negotiation (RFC 9110 §12.5.1) over a fixed list of offered media types: each
 * offer gets the quality of the most specific range of the {@code Accept} header that matches it
 * ({@code text/html} over {@code text/*} over {@code *}{@code /*}); the best quality above zero wins,
 * ties going to the earlier offer. No header, or an empty one, accepts the first offer. Media type
 * parameters other than {@code q} are ignored. Stateless.
 */
final class MediaRanges {
  private MediaRanges() {}

  /**
   * @param accept the Accept header, or null
   * @param offers the media types offered, e.g. {@code application/json}, most preferred first
   * @return the offer to send, or empty if the header accepts none of them (406)
   */
  static Optional<String> choose(String accept, List<String> offers) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(offers.get(0));
    }
    String best = null;
    double bestQ = 0;
    for (String offer : offers) {
      double q = quality(accept, offer);
      if (q > bestQ) {
        best = offer;
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The quality the header gives an offer: that of its most specific matching range, 0 if none matches. */
  private static double quality(String accept, String offer) {
    int slash = offer.indexOf('/');
    String type = offer.substring(0, slash);
    int specificity = -1;
    double q = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      int s = name.equals(offer) ? 2 : name.equals(type + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
      if (s > specificity) {
        specificity = s;
        q = q(parts);
      }
    }
    return q;
  }

  /** The range's q parameter; 1 when absent, 0 when malformed (a range we cannot read accepts nothing). */
  private static double q(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.length() > 2 && (p.charAt(0) == 'q' || p.charAt(0) == 'Q') && p.charAt(1) == '=') {
        String value = p.substring(2);
        if (!value.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
          return 0;
        }
        return Double.parseDouble(value);
      }
    }
    return 1;
  }
}
