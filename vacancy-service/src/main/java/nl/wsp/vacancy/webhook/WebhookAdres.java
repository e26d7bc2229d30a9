package nl.wsp.vacancy.webhook;

import nl.wsp.platform.problem.ApiProblem;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a webhook may point: a partner's own public endpoint, never into our network (SSRF). A URL is {@code https}
 * ({@code http} only where configured for local development and tests); its host is a name or a canonical address, and
 * every address the name resolves to is public unicast. Refused: loopback, private (10/8, 172.16/12, 192.168/16),
 * link-local (169.254/16, fe80::/10), CGNAT (100.64/10), multicast, reserved, documentation and benchmark ranges,
 * unspecified, IPv6 outside global unicast 2000::/3 (so ULA fc00::/7 too) and 6to4/Teredo/NAT64 wrappers, IPv4-mapped
 * IPv6 by the IPv4 address inside, and every other numeric form of an IPv4 address (decimal {@code 2130706433}, octal
 * {@code 0177.0.0.1}, hex {@code 0x7f.1}, short {@code 127.1}), which resolvers read differently. Hosts listed in
 * {@code wsp.webhooks.lokale-hosts} (tests, local development) are exempt. The address checked is the address the
 * delivery connects to ({@link WebhookBezorger} pins it), so a name that later resolves elsewhere gains nothing.
 */
public final class WebhookAdres {

    /** Resolves a host name to its addresses; tests pass their own. */
    @FunctionalInterface
    public interface Opzoeker {
        InetAddress[] zoek(String host) throws UnknownHostException;
    }

    public static final Opzoeker DNS = InetAddress::getAllByName;

    private static final Pattern NUMERIEK_LABEL = Pattern.compile("(?i)0x[0-9a-f]*|[0-9]+");
    private static final Pattern CANONIEK_IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final Pattern HOSTNAAM = Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*\\.?");

    private WebhookAdres() {
    }

    /** A URL whose scheme, form and host are acceptable (no DNS look-up yet); 400 naming {@code url} otherwise. */
    public static URI controleer(String url, boolean httpToegestaan, Set<String> lokaleHosts) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ongeldig("geen geldige URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(httpToegestaan && scheme.equals("http"))) {
            throw ongeldig(httpToegestaan ? "moet met https:// (of http://) beginnen" : "moet met https:// beginnen");
        }
        if (uri.getRawUserInfo() != null) {
            throw ongeldig("geen gebruikersnaam of wachtwoord in de URL; het geheim ondertekent");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw ongeldig("mist een host, of de host is geen naam of IP-adres in gewone schrijfwijze");
        }
        if (uri.getRawFragment() != null) {
            throw ongeldig("geen fragment (#…) in de URL");
        }
        if (lokaleHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return uri;
        }
        if (host.startsWith("[")) {
            adresMagNiet(letterlijk(host.substring(1, host.length() - 1)));
            return uri;
        }
        if (CANONIEK_IPV4.matcher(host).matches()) {
            adresMagNiet(letterlijk(host));
            return uri;
        }
        String[] labels = host.split("\\.", -1);
        String laatste = labels[labels.length - 1].isEmpty() && labels.length > 1 ? labels[labels.length - 2] : labels[labels.length - 1];
        if (NUMERIEK_LABEL.matcher(laatste).matches() || Arrays.stream(labels).allMatch(l -> NUMERIEK_LABEL.matcher(l).matches())) {
            throw ongeldig("een IP-adres alleen in gewone schrijfwijze (a.b.c.d); decimaal, octaal, hexadecimaal of verkort niet");
        }
        if (!HOSTNAAM.matcher(host).matches()) {
            throw ongeldig("geen geldige hostnaam");
        }
        return uri;
    }

    /**
     * The address to connect to: the host resolved, and every address it has public (a name with one private address
     * among public ones is refused: which one a client picks is not ours to know).
     */
    public static InetAddress los(URI uri, Set<String> lokaleHosts, Opzoeker opzoeker) {
        String host = uri.getHost();
        String kaal = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] adressen;
        try {
            adressen = opzoeker.zoek(kaal);
        } catch (UnknownHostException e) {
            throw ongeldig("de host is onbekend");
        }
        if (adressen.length == 0) {
            throw ongeldig("de host is onbekend");
        }
        if (!lokaleHosts.contains(host.toLowerCase(Locale.ROOT))) {
            for (InetAddress adres : adressen) {
                adresMagNiet(adres);
            }
        }
        return adressen[0];
    }

    /** True for a public unicast address: what a partner's endpoint may have. */
    public static boolean publiek(InetAddress adres) {
        byte[] b = adres.getAddress();
        if (adres instanceof Inet4Address) {
            return publiekIpv4(b);
        }
        if (adres instanceof Inet6Address) {
            boolean ipv4Erin = true;
            for (int i = 0; i < 10; i++) {
                ipv4Erin &= b[i] == 0;
            }
            if (ipv4Erin && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return publiekIpv4(Arrays.copyOfRange(b, 12, 16)); // IPv4-mapped: judged by the IPv4 address
            }
            int w0 = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
            int w1 = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            if ((w0 & 0xe000) != 0x2000) {
                return false; // outside global unicast: ::, ::1, fc00::/7, fe80::/10, ff00::/8, 64:ff9b::/96, 100::/64 …
            }
            if (w0 == 0x2001 && (w1 < 0x0200 || w1 == 0x0db8)) {
                return false; // 2001::/23 protocol assignments (Teredo 2001::/32), 2001:db8::/32 documentation
            }
            if (w0 == 0x2002) {
                return false; // 6to4: wraps an IPv4 address
            }
            return !(w0 == 0x3fff && w1 < 0x1000); // 3fff::/20 documentation
        }
        return false;
    }

    private static boolean publiekIpv4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        int d = b[2] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224                 // this network, private, loopback, multicast+reserved
                || (a == 100 && (c & 0xc0) == 64)                           // CGNAT 100.64/10
                || (a == 169 && c == 254)                                   // link-local
                || (a == 172 && (c & 0xf0) == 16)                           // private 172.16/12
                || (a == 192 && c == 168)                                   // private
                || (a == 192 && c == 0 && (d == 0 || d == 2))               // IETF assignments, TEST-NET-1
                || (a == 192 && c == 88 && d == 99)                         // 6to4 relay
                || (a == 198 && (c == 18 || c == 19))                       // benchmarking
                || (a == 198 && c == 51 && d == 100)                        // TEST-NET-2
                || (a == 203 && c == 0 && d == 113));                       // TEST-NET-3
    }

    private static InetAddress letterlijk(String adres) {
        try {
            return InetAddress.getByName(adres); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw ongeldig("geen geldig IP-adres");
        }
    }

    private static void adresMagNiet(InetAddress adres) {
        if (!publiek(adres)) {
            throw ongeldig("wijst naar een adres dat niet publiek is (" + soort(adres) + "); alleen publieke endpoints");
        }
    }

    private static String soort(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "ongespecificeerd";
        }
        if (a.isLinkLocalAddress()) {
            return "link-local";
        }
        if (a.isMulticastAddress()) {
            return "multicast";
        }
        return a.isSiteLocalAddress() ? "privé" : "privé of gereserveerd";
    }

    private static ApiProblem ongeldig(String reden) {
        return ApiProblem.invalid("url", reden);
    }
}
