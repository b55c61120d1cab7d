package no.ledernett.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Which client a request came from, for throttling: the connection's address, or, when that is one
 * of the configured trusted proxies ({@code ledernett.accounts.trusted-proxies}), the nearest
 * address in {@code X-Forwarded-For} that is not a trusted proxy. Without configuration the header
 * is ignored, so nobody picks their own address by sending it. Entries are IP addresses, networks
 * ({@code 10.0.0.0/8}: a Kubernetes ingress) or {@code local}, every address of this machine (a
 * proxy on the same host, such as nginx in deploy/).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    /** The configured list (IP literals, networks such as {@code 10.0.0.0/8}, and {@code local}) as a test of a normalised address. */
    static Predicate<String> trusted(String configured) {
        Set<String> exact = new HashSet<>();
        List<Predicate<String>> networks = new ArrayList<>();
        for (String entry : configured.split(",")) {
            String e = entry.trim();
            if (e.equalsIgnoreCase("local")) {
                exact.addAll(local());
            } else if (e.contains("/")) {
                networks.add(network(e));
            } else if (!e.isEmpty()) {
                exact.add(normal(e));
            }
        }
        Set<String> addresses = Set.copyOf(exact);
        return address -> addresses.contains(address) || networks.stream().anyMatch(n -> n.test(address));
    }

    private static Predicate<String> network(String cidr) {
        String[] parts = cidr.split("/", 2);
        byte[] net = bytes(normal(parts[0]));
        int prefix = Integer.parseInt(parts[1].trim());
        if (net == null || prefix < 0 || prefix > net.length * 8) {
            throw new IllegalArgumentException("Not a network: " + cidr);
        }
        return address -> {
            byte[] a = bytes(address);
            if (a == null || a.length != net.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((a[bit / 8] & mask) != (net[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The address's bytes if it is an IP literal, else null (never a DNS lookup). */
    private static byte[] bytes(String address) {
        if (!isLiteral(address)) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static boolean isLiteral(String a) {
        return a.contains(":") ? a.matches("[0-9a-fA-F:.]+") : a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static Set<String> local() {
        Set<String> local = new HashSet<>(Set.of(normal("127.0.0.1"), normal("::1")));
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                Collections.list(nic.getInetAddresses()).forEach(a -> local.add(normal(a.getHostAddress())));
            }
        } catch (SocketException | RuntimeException e) {
            Logger.getLogger(ClientAddress.class.getName()).warning("Could not list this machine's addresses; only loopback counts as local: " + e);
        }
        return local;
    }

    /** One spelling per IP address (::1 and 0:0:0:0:0:0:0:1 alike, no IPv6 scope); anything else as it is, never looked up in DNS. */
    static String normal(String address) {
        String a = address.trim();
        int scope = a.indexOf('%');
        if (scope >= 0) {
            a = a.substring(0, scope);
        }
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (isLiteral(a)) {
            try {
                return InetAddress.getByName(a).getHostAddress();
            } catch (UnknownHostException e) {
                return a;
            }
        }
        return a;
    }

    static String of(HttpServletRequest request, Predicate<String> trustedProxies) {
        String remote = request.getRemoteAddr() == null ? null : normal(request.getRemoteAddr());
        if (remote == null || !trustedProxies.test(remote)) {
            return remote == null ? "unknown" : remote;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        // The proxy appends the address it saw: read from the right, past our own proxies.
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normal(hops[i]);
            if (!hop.isEmpty() && !trustedProxies.test(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return remote;
    }
}
