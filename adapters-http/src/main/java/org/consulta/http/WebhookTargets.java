package org.consulta.http;

import static java.util.Objects.requireNonNull;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where webhooks may be sent: a guard against server-side request forgery, where a tenant admin
 * subscribes a URL that makes the server call its own network ({@code http://169.254.169.254/}, an
 * internal service, the database). Checked twice: when a subscription is created ({@code
 * ConsultaHttp}, 422 on field {@code url}) and before every send ({@code WebhookDispatcher}, against
 * the addresses the host resolves to then, so a name re-pointed after subscribing is caught too).
 * Immutable and thread-safe.
 *
 * <p>{@link #strict()} (the default) allows only http(s) URLs without user info whose host is, and
 * resolves only to, public unicast addresses. Refused: loopback ({@code 127/8}, {@code ::1}), private
 * ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}, {@code fc00::/7}), carrier-grade NAT ({@code
 * 100.64/10}), link-local ({@code 169.254/16} with the cloud metadata services, {@code fe80::/10}),
 * multicast, the unspecified address ({@code 0.0.0.0/8}, {@code ::}) and other reserved ranges; IPv6
 * forms that embed an IPv4 address (compatible, NAT64, 6to4) are judged by that address.
 *
 * <pre>{@code
 * WebhookTargets.strict().allowing("10.20.0.0/16", "hooks.internal")  // a few internal receivers
 * WebhookTargets.privateNetworks()                                   // a local demo, a trusted intranet
 * }</pre>
 *
 * <p><b>Residual race (DNS rebinding).</b> The JDK HTTP client resolves the host again when it
 * connects. The JVM caches a successful lookup (30 s by default, {@code networkaddress.cache.ttl}),
 * so the connection normally reuses the answer just checked; but a DNS server answering with a
 * public address to the check and a private one to the connect, across a cache expiry or with the
 * cache disabled, is not stopped here. Where that matters, also restrict egress at the network
 * (a firewall or an egress proxy).
 */
public final class WebhookTargets {
  /** How a host name becomes addresses: the JVM's resolver, or a test's. */
  @FunctionalInterface
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** A range of addresses and whether {@link #privateNetworks()} opens it. */
  private record Range(Cidr cidr, boolean privateNetwork) {}

  private static final List<Range> FORBIDDEN = List.of(
      range("0.0.0.0/8", false), range("10.0.0.0/8", true), range("100.64.0.0/10", true), range("127.0.0.0/8", true),
      range("169.254.0.0/16", false), range("172.16.0.0/12", true), range("192.0.0.0/24", false), range("192.0.2.0/24", false),
      range("192.168.0.0/16", true), range("198.18.0.0/15", false), range("198.51.100.0/24", false), range("203.0.113.0/24", false),
      range("224.0.0.0/4", false), range("240.0.0.0/4", false),
      range("::/128", false), range("::1/128", true), range("fc00::/7", true), range("fe80::/10", false), range("fec0::/10", true),
      range("ff00::/8", false), range("2001:db8::/32", false), range("100::/64", false));

  private static final WebhookTargets STRICT = new WebhookTargets(false, List.of(), Set.of(), InetAddress::getAllByName);

  private final boolean privateNetworks;
  private final List<Cidr> allowedRanges;
  private final Set<String> allowedHosts;
  private final Resolver resolver;

  private WebhookTargets(boolean privateNetworks, List<Cidr> allowedRanges, Set<String> allowedHosts, Resolver resolver) {
    this.privateNetworks = privateNetworks;
    this.allowedRanges = List.copyOf(allowedRanges);
    this.allowedHosts = Set.copyOf(allowedHosts);
    this.resolver = resolver;
  }

  /**
   * @param resolver how names resolve, for tests of names that resolve to forbidden addresses
   * @return a copy resolving with it
   */
  WebhookTargets resolvingWith(Resolver resolver) {
    return new WebhookTargets(privateNetworks, allowedRanges, allowedHosts, requireNonNull(resolver, "resolver"));
  }

  private static Range range(String cidr, boolean privateNetwork) {
    return new Range(Cidr.parse(cidr), privateNetwork);
  }

  /** @return public addresses only: the default */
  public static WebhookTargets strict() {
    return STRICT;
  }

  /**
   * @return public addresses and also loopback, private networks ({@code 10/8}, {@code 172.16/12},
   *     {@code 192.168/16}, {@code fc00::/7}) and carrier-grade NAT; link-local (with the cloud
   *     metadata services), multicast and the unspecified address stay refused unless {@link
   *     #allowing allowed} by range
   */
  public static WebhookTargets privateNetworks() {
    return new WebhookTargets(true, List.of(), Set.of(), InetAddress::getAllByName);
  }

  /**
   * A copy that also allows some ranges or hosts.
   *
   * @param entries CIDR ranges ({@code 10.20.0.0/16}, {@code fd00:1::/64}, {@code 127.0.0.1/32}) or
   *     host names ({@code hooks.internal}, matched exactly, case-insensitively, whatever they resolve to)
   * @return the copy
   * @throws IllegalArgumentException if an entry is neither
   */
  public WebhookTargets allowing(String... entries) {
    List<Cidr> ranges = new ArrayList<>(allowedRanges);
    Set<String> hosts = new TreeSet<>(allowedHosts);
    for (String entry : entries) {
      requireNonNull(entry, "entry");
      if (entry.contains("/")) {
        ranges.add(Cidr.parse(entry));
      } else if (entry.matches("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?") && !entry.matches("[0-9.]+")) {
        hosts.add(entry.toLowerCase(Locale.ROOT));
      } else {
        throw new IllegalArgumentException("'" + entry + "' is neither a CIDR range (10.0.0.0/8) nor a host name");
      }
    }
    return new WebhookTargets(privateNetworks, ranges, hosts, resolver);
  }

  /** @return whether loopback and private networks are allowed */
  public boolean allowsPrivateNetworks() {
    return privateNetworks;
  }

  /**
   * Checks a URL as a subscription is created: its form, and the addresses its host resolves to
   * now. A host that does not resolve now is accepted (DNS may be briefly down); {@link #resolve}
   * checks it again before every send.
   *
   * @param url a webhook URL
   * @return why it is refused, or empty if it is allowed
   */
  Optional<String> refusal(URI url) {
    Optional<String> form = formRefusal(url);
    if (form.isPresent() || hostAllowed(url)) {
      return form;
    }
    try {
      return addressesRefusal(url, resolver.resolve(bare(url.getHost())));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /**
   * Resolves a URL's host for a send, refusing it if any address it resolves to is not allowed.
   *
   * @param url a webhook URL
   * @return why it is refused, or empty if it may be sent to
   * @throws UnknownHostException if the host does not resolve
   */
  Optional<String> resolve(URI url) throws UnknownHostException {
    Optional<String> form = formRefusal(url);
    if (form.isPresent() || hostAllowed(url)) {
      return form;
    }
    return addressesRefusal(url, resolver.resolve(bare(url.getHost())));
  }

  private static Optional<String> formRefusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      return Optional.of("must be an absolute http or https URL");
    }
    if (url.getRawUserInfo() != null) {
      return Optional.of("must not carry user info (user:password@)");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      return Optional.of("must name a host");
    }
    return Optional.empty();
  }

  private boolean hostAllowed(URI url) {
    return allowedHosts.contains(url.getHost().toLowerCase(Locale.ROOT));
  }

  private Optional<String> addressesRefusal(URI url, InetAddress[] addresses) {
    for (InetAddress address : addresses) {
      if (!allowed(address)) {
        String host = bare(url.getHost());
        String shown = host.equalsIgnoreCase(address.getHostAddress()) ? host : host + " (" + address.getHostAddress() + ")";
        return Optional.of("must not point at a loopback, private, link-local or reserved address: " + shown);
      }
    }
    return Optional.empty();
  }

  /**
   * @param address an address
   * @return whether a webhook may be sent to it
   */
  boolean allowed(InetAddress address) {
    for (Cidr c : allowedRanges) {
      if (c.contains(address)) {
        return true;
      }
    }
    InetAddress judged = embeddedIpv4(address).orElse(address);
    for (Range r : FORBIDDEN) {
      if (r.cidr().contains(judged)) {
        return privateNetworks && r.privateNetwork();
      }
    }
    return true;
  }

  /** The IPv4 address in an IPv4-compatible ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::/96}) or 6to4 ({@code 2002::/16}) address. */
  private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (!(address instanceof Inet6Address)) {
      return Optional.empty();
    }
    byte[] b = address.getAddress();
    boolean compatible = Arrays.equals(Arrays.copyOf(b, 12), new byte[12]) && !(b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xfe) == 0);
    boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && Arrays.equals(Arrays.copyOfRange(b, 4, 12), new byte[8]);
    try {
      if (compatible || nat64) {
        return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
      }
      if (b[0] == 0x20 && b[1] == 0x02) {
        return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6)));
      }
    } catch (UnknownHostException e) {
      throw new IllegalStateException("four bytes are an IPv4 address", e);
    }
    return Optional.empty();
  }

  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  @Override
  public String toString() {
    return "WebhookTargets[" + (privateNetworks ? "public and private networks" : "public addresses only")
        + (allowedRanges.isEmpty() && allowedHosts.isEmpty() ? "" : ", also " + allowedRanges + " " + allowedHosts) + "]";
  }

  /** An address range. */
  private record Cidr(byte[] network, int prefix, String text) {
    static Cidr parse(String text) {
      int slash = text.indexOf('/');
      if (slash < 0) {
        throw new IllegalArgumentException("'" + text + "' is not a CIDR range");
      }
      String host = text.substring(0, slash);
      if (!host.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
        throw new IllegalArgumentException("'" + text + "' is not a CIDR range");
      }
      byte[] network;
      int prefix;
      try {
        network = InetAddress.getByName(host).getAddress(); // a literal: no lookup
        prefix = Integer.parseInt(text.substring(slash + 1));
      } catch (UnknownHostException | NumberFormatException e) {
        throw new IllegalArgumentException("'" + text + "' is not a CIDR range", e);
      }
      if (prefix < 0 || prefix > network.length * 8) {
        throw new IllegalArgumentException("'" + text + "' has a prefix longer than its address");
      }
      return new Cidr(network, prefix, text);
    }

    boolean contains(InetAddress address) {
      byte[] a = address.getAddress();
      if (a.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (a[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (a[full] & mask) == (network[full] & mask);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
