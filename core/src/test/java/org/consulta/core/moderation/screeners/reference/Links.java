package org.consulta.core.moderation.screeners.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds links in a text: URLs with a scheme ({@code http}, {@code https}, {@code ftp}), {@code
 * www.} addresses, and bare domains. A bare domain counts if a path follows ("example.org/path",
 * any top-level domain of two or more letters) or if its top-level domain is in {@link
 * #BARE_TLDS}, a list of generic and common country domains that excludes those that are everyday
 * words ({@code .it}, {@code .at}, {@code .is}, {@code .in}, {@code .me}, {@code .no}, ...), so
 * "the plans.It" and "e.g." are not links; a bare domain the caller knows (a blocked one) is a
 * link whatever its top-level domain. E-mail addresses are not links.
 */
final class Links {
  /** Top-level domains that make a bare domain without a path a link. */
  static final Set<String> BARE_TLDS = Set.of("com", "org", "net", "info", "biz", "io", "co", "eu", "fr", "de", "uk", "ch", "be", "nl",
      "es", "pt", "pl", "ru", "cn", "xyz", "top", "online", "site", "shop", "store", "club", "app", "dev", "ly", "gl", "tk", "ml", "ga",
      "cf", "gq", "pw", "cc", "ws", "tv", "ca", "au", "us", "gov", "edu", "link", "click", "live", "news", "blog");

  /** A link: its range in the text and its host in lower case. */
  record Link(int start, int end, String host) {}

  private Links() {}

  /**
   * @param text a text
   * @param known hosts (lower case) that are links even bare and without a path
   * @return the links, in text order
   */
  static List<Link> find(String text, Predicate<String> known) {
    List<Link> links = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      Link link = link(text, start, i, known);
      if (link != null) {
        links.add(link);
      }
    }
    return links;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '<' || c == '>' || c == '"';
  }

  /** @return the link in the chunk {@code [from, to)} of non-space characters, or null */
  private static Link link(String text, int from, int to, Predicate<String> known) {
    while (from < to && "([{'«“‘".indexOf(text.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && ".,;:!?)]}'»”’".indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    if (to - from < 4) {
      return null;
    }
    String chunk = text.substring(from, to);
    String lower = chunk.toLowerCase(Locale.ROOT);
    int schemeEnd = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : lower.startsWith("ftp://") ? 6 : -1;
    if (schemeEnd > 0) {
      String host = host(lower, schemeEnd);
      return host.isEmpty() ? null : new Link(from, to, host);
    }
    int at = lower.indexOf('@');
    int slash = lower.indexOf('/');
    if (at >= 0 && (slash < 0 || at < slash)) {
      return null; // an e-mail address, or user@host without a scheme
    }
    String host = host(lower, 0);
    int dot = host.lastIndexOf('.');
    if (dot <= 0 || !validHost(host)) {
      return null;
    }
    String tld = host.substring(dot + 1);
    boolean hasPath = host.length() < lower.length() && lower.charAt(host.length()) == '/';
    boolean bare = BARE_TLDS.contains(tld) || lower.startsWith("www.") || hasPath || known.test(host);
    return bare ? new Link(from, to, host) : null;
  }

  /** @return the host of a URL from {@code from}: up to the first {@code / ? # :}, without user info */
  private static String host(String url, int from) {
    int end = from;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(from, end);
    int at = authority.lastIndexOf('@');
    String host = at >= 0 ? authority.substring(at + 1) : authority;
    int colon = host.indexOf(':');
    host = colon >= 0 ? host.substring(0, colon) : host;
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /** @return whether the host is labels of letters, digits and inner hyphens, the last two or more letters */
  private static boolean validHost(String host) {
    String[] labels = host.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '-') {
          return false;
        }
      }
    }
    String tld = labels[labels.length - 1];
    return tld.length() >= 2 && tld.chars().allMatch(Character::isLetter);
  }
}
