package org.consulta.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses and URLs {@link WebhookTargets} lets webhooks go to. */
class WebhookTargetsTest {
  static boolean allowed(WebhookTargets targets, String literal) throws Exception {
    return targets.allowed(InetAddress.getByName(literal));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.254", "192.168.1.1", "127.0.0.1", "127.8.8.8",
      "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.255", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250",
      "255.255.255.255", "240.0.0.1", "192.0.0.192", "198.18.0.1", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
      "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "fec0::1"})
  void forbiddenAddressesAreRefusedByDefault(String address) throws Exception {
    assertThat(allowed(WebhookTargets.strict(), address)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "169.255.0.1", "192.169.0.1",
      "2606:4700::1111", "2a00:1450:4001::1", "64:ff9b::808:808"})
  void publicAddressesAreAllowed(String address) throws Exception {
    assertThat(allowed(WebhookTargets.strict(), address)).isTrue();
  }

  @Test
  void privateNetworksOpenLoopbackPrivateAndCarrierGradeNatButNotLinkLocalOrTheUnspecifiedAddress() throws Exception {
    WebhookTargets lenient = WebhookTargets.privateNetworks();
    for (String ok : new String[] {"127.0.0.1", "::1", "10.0.0.1", "172.16.5.4", "192.168.0.10", "100.64.0.1", "fd00::1"}) {
      assertThat(allowed(lenient, ok)).as(ok).isTrue();
    }
    for (String no : new String[] {"169.254.169.254", "fe80::1", "0.0.0.0", "::", "224.0.0.1"}) {
      assertThat(allowed(lenient, no)).as(no).isFalse();
    }
    assertThat(lenient.allowsPrivateNetworks()).isTrue();
    assertThat(WebhookTargets.strict().allowsPrivateNetworks()).isFalse();
  }

  @Test
  void allowedRangesOpenExactlyThoseAddresses() throws Exception {
    WebhookTargets some = WebhookTargets.strict().allowing("10.20.0.0/16", "fd00:1::/64", "127.0.0.1/32");
    assertThat(allowed(some, "10.20.3.4")).isTrue();
    assertThat(allowed(some, "10.21.0.1")).isFalse();
    assertThat(allowed(some, "fd00:1::5")).isTrue();
    assertThat(allowed(some, "fd00:2::5")).isFalse();
    assertThat(allowed(some, "127.0.0.1")).isTrue();
    assertThat(allowed(some, "127.0.0.2")).isFalse();
    assertThat(allowed(WebhookTargets.strict().allowing("172.16.0.0/13"), "172.23.1.1")).isTrue();
    assertThat(allowed(WebhookTargets.strict().allowing("172.16.0.0/13"), "172.24.1.1")).isFalse();
  }

  @Test
  void anAllowedHostIsAllowedWhateverItResolvesTo() {
    WebhookTargets targets = WebhookTargets.strict().allowing("Hooks.Internal")
        .resolvingWith(host -> new InetAddress[] {InetAddress.getByName("10.1.1.1")});
    assertThat(targets.refusal(URI.create("http://hooks.internal/h"))).isEmpty();
    assertThat(targets.refusal(URI.create("http://other.internal/h"))).isPresent();
  }

  @Test
  void aNameIsRefusedIfAnyOfItsAddressesIsForbidden() throws Exception {
    WebhookTargets targets = WebhookTargets.strict()
        .resolvingWith(host -> new InetAddress[] {InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")});
    assertThat(targets.refusal(URI.create("https://mixed.test/h"))).hasValueSatisfying(r -> assertThat(r).contains("mixed.test (10.0.0.7)"));
    assertThat(targets.resolve(URI.create("https://mixed.test/h"))).isPresent();
  }

  @Test
  void aNameThatDoesNotResolveIsAcceptedAtSubscriptionAndFailsAtSend() {
    WebhookTargets targets = WebhookTargets.strict().resolvingWith(host -> {
      throw new java.net.UnknownHostException(host);
    });
    assertThat(targets.refusal(URI.create("https://nowhere.test/h"))).isEmpty();
    assertThatThrownBy(() -> targets.resolve(URI.create("https://nowhere.test/h"))).isInstanceOf(java.net.UnknownHostException.class);
  }

  @Test
  void onlyHttpUrlsWithAHostAndNoUserInfoPass() {
    WebhookTargets t = WebhookTargets.strict().resolvingWith(host -> new InetAddress[] {InetAddress.getByName("93.184.215.14")});
    assertThat(t.refusal(URI.create("https://example.org/h"))).isEmpty();
    assertThat(t.refusal(URI.create("ftp://example.org/h"))).hasValue("must be an absolute http or https URL");
    assertThat(t.refusal(URI.create("/relative"))).hasValue("must be an absolute http or https URL");
    assertThat(t.refusal(URI.create("https://user:secret@example.org/h"))).hasValue("must not carry user info (user:password@)");
    assertThat(t.refusal(URI.create("http://exa_mple.org/h"))).hasValue("must name a host");
    assertThat(t.refusal(URI.create("file:///etc/passwd"))).isPresent();
  }

  @Test
  void malformedAllowEntriesAreRejectedWhenConfigured() {
    for (String bad : new String[] {"10.0.0.0/33", "10.0.0.0/x", "not a host", "10.0.0.1", "example.org/8", "::1/129"}) {
      assertThatThrownBy(() -> WebhookTargets.strict().allowing(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void toStringSaysWhatIsAllowed() {
    assertThat(WebhookTargets.strict()).hasToString("WebhookTargets[public addresses only]");
    assertThat(WebhookTargets.privateNetworks().allowing("10.0.0.0/8", "hooks.internal"))
        .hasToString("WebhookTargets[public and private networks, also [10.0.0.0/8] [hooks.internal]]");
  }
}
