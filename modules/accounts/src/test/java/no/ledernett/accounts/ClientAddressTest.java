package no.ledernett.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static HttpServletRequest request(String remote, String forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressTest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> remote;
                    case "getHeader" -> "X-Forwarded-For".equalsIgnoreCase((String) args[0]) ? forwardedFor : null;
                    default -> null;
                });
    }

    @Test
    void without_trusted_proxies_the_header_is_ignored() {
        assertEquals("203.0.113.9", ClientAddress.of(request("203.0.113.9", "198.51.100.1"), Set.<String>of()::contains));
    }

    @Test
    void behind_a_trusted_proxy_the_nearest_untrusted_hop_is_the_client() {
        java.util.function.Predicate<String> proxies = Set.of("10.0.0.2", "10.0.0.3")::contains;
        assertEquals("198.51.100.7", ClientAddress.of(request("10.0.0.2", "198.51.100.7"), proxies));
        // A client cannot pick its own address: what it wrote itself is left of what our proxy appended.
        assertEquals("198.51.100.7", ClientAddress.of(request("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3"), proxies));
        assertEquals("10.0.0.2", ClientAddress.of(request("10.0.0.2", null), proxies));
    }

    @Test
    void addresses_are_compared_in_one_spelling_and_local_means_this_machine() {
        assertEquals(ClientAddress.normal("::1"), ClientAddress.normal("0:0:0:0:0:0:0:1"));
        assertEquals(ClientAddress.normal("::1"), ClientAddress.normal("[::1]"));
        assertEquals("not-an-address.example", ClientAddress.normal("not-an-address.example"), "never looked up");
        var local = ClientAddress.trusted("local");
        assertEquals(true, local.test(ClientAddress.normal("127.0.0.1")));
        assertEquals("198.51.100.7", ClientAddress.of(request("127.0.0.1", "198.51.100.7"), local));
        assertEquals(false, ClientAddress.trusted("").test("127.0.0.1"));
    }

    @Test
    void a_network_trusts_its_addresses_only() {
        var ingress = ClientAddress.trusted("10.0.0.0/8, fd00::/8");
        assertEquals(true, ingress.test("10.1.2.3"));
        assertEquals(false, ingress.test("11.1.2.3"));
        assertEquals(true, ingress.test(ClientAddress.normal("fd00::2")));
        assertEquals(false, ingress.test(ClientAddress.normal("::1")));
        assertEquals("203.0.113.1", ClientAddress.of(request("10.9.9.9", "203.0.113.1, 10.0.0.5"), ingress));
    }
}
