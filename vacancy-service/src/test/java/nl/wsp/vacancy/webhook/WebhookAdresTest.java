package nl.wsp.vacancy.webhook;

import nl.wsp.platform.problem.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook URLs never point into our own network, whichever way an address is written (SSRF). */
class WebhookAdresTest {

    private static void geweigerd(String url) {
        assertThatThrownBy(() -> {
            URI uri = WebhookAdres.controleer(url, false, Set.of());
            // a name: what it resolves to decides; these test names resolve to the address in their first label
            WebhookAdres.los(uri, Set.of(), host -> new InetAddress[]{InetAddress.getByName(host.replace(".test", ""))});
        }).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.toProblem("/").invalidParams()).extracting(i -> i.name()).containsExactly("url");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // loopback, unspecified, private, link-local, CGNAT, benchmark, documentation, multicast, reserved, broadcast
            "https://127.0.0.1/h", "https://127.255.255.254/h", "https://0.0.0.0/h", "https://10.0.0.1/h",
            "https://172.16.0.1/h", "https://172.31.255.255/h", "https://192.168.1.1/h", "https://169.254.169.254/latest",
            "https://100.64.0.1/h", "https://100.127.255.255/h", "https://198.18.0.1/h", "https://192.0.2.1/h",
            "https://198.51.100.7/h", "https://203.0.113.9/h", "https://192.0.0.8/h", "https://224.0.0.1/h",
            "https://239.255.255.250/h", "https://240.0.0.1/h", "https://255.255.255.255/h",
            // IPv6: loopback, unspecified, IPv4-mapped, IPv4-compatible, ULA, link-local, site-local, multicast,
            // documentation, 6to4, Teredo, NAT64, discard
            "https://[::1]/h", "https://[::]/h", "https://[::ffff:127.0.0.1]/h", "https://[::ffff:10.0.0.1]/h",
            "https://[::ffff:7f00:1]/h", "https://[::127.0.0.1]/h", "https://[fc00::1]/h", "https://[fd12:3456::1]/h",
            "https://[fe80::1]/h", "https://[febf::1]/h", "https://[fec0::1]/h", "https://[ff02::1]/h",
            "https://[2001:db8::1]/h", "https://[2002:7f00:1::1]/h", "https://[2001:0:4136:e378::1]/h",
            "https://[64:ff9b::7f00:1]/h", "https://[100::1]/h",
            // every other numeric form of 127.0.0.1 / 10.0.0.1: decimal, octal, hex, short, mixed, padded
            "https://2130706433/h", "https://0177.0.0.1/h", "https://0x7f.1/h", "https://0x7f000001/h", "https://127.1/h",
            "https://127.0.1/h", "https://017700000001/h", "https://0x7f.0.0.1/h", "https://127.000.000.001/h",
            "https://167772161/h", "https://012.0.0.1/h", "https://0xa.0.0.1/h", "https://1.2.3.4.5/h", "https://256.0.0.1/h",
            "https://example.123/h",
            // names that resolve to a refused address (the resolver says so), and names that resolve to nothing
            "https://127.0.0.1.test/h", "https://10.1.2.3.test/h", "https://[::1].test/h",
            // not https, credentials, no host
            "http://93.184.216.34/h", "ftp://93.184.216.34/h", "https://user:pw@93.184.216.34/h", "https:///h", "geen url"})
    void een_webhook_naar_een_niet_publiek_adres_of_in_een_andere_schrijfwijze_is_400_url(String url) {
        geweigerd(url);
    }

    @Test
    void een_naam_die_ook_naar_een_prive_adres_wijst_is_400_url() {
        URI uri = WebhookAdres.controleer("https://partner.example/hook", false, Set.of());
        assertThatThrownBy(() -> WebhookAdres.los(uri, Set.of(), host -> new InetAddress[]{
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")}))
                .isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> WebhookAdres.los(uri, Set.of(), host -> {
            throw new UnknownHostException(host);
        })).isInstanceOf(ApiProblem.class);
    }

    @Test
    void een_publiek_https_endpoint_mag_en_het_gecontroleerde_adres_is_het_adres_van_de_aflevering() throws Exception {
        URI uri = WebhookAdres.controleer("https://partner.example:8443/wsp/hook?x=1", false, Set.of());
        InetAddress adres = WebhookAdres.los(uri, Set.of(), host -> new InetAddress[]{InetAddress.getByName("93.184.216.34")});
        assertThat(adres.getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(WebhookAdres.publiek(InetAddress.getByName("2a00:1450:4001::1"))).isTrue();
        assertThat(WebhookAdres.publiek(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(WebhookAdres.publiek(InetAddress.getByName("100.128.0.1"))).isTrue();
        assertThat(WebhookAdres.publiek(InetAddress.getByName("172.32.0.1"))).isTrue();
    }

    @Test
    void http_en_loopback_alleen_voor_de_geconfigureerde_lokale_host() {
        URI lokaal = WebhookAdres.controleer("http://127.0.0.1:8080/hook", true, Set.of("127.0.0.1"));
        assertThat(WebhookAdres.los(lokaal, Set.of("127.0.0.1"), WebhookAdres.DNS).isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> WebhookAdres.los(WebhookAdres.controleer("http://localhost:8080/hook", true, Set.of("127.0.0.1")),
                Set.of("127.0.0.1"), WebhookAdres.DNS)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> WebhookAdres.controleer("http://127.0.0.1:8080/hook", false, Set.of("127.0.0.1")))
                .isInstanceOf(ApiProblem.class);
    }
}
