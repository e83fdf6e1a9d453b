package dev.dhipicker.catalog.update;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProxyChoiceTest {

    static String via(ProxyChoice p, String uri) {
        Proxy proxy = p.select(URI.create(uri)).get(0);
        if (proxy.type() == Proxy.Type.DIRECT) {
            return "direct";
        }
        InetSocketAddress a = (InetSocketAddress) proxy.address();
        return a.getHostString() + ":" + a.getPort();
    }

    @Test
    void httpsAndHttpHaveTheirOwnVariablesAndNoProxyListsHosts() throws Exception {
        ProxyChoice p = ProxyChoice.fromEnvironment(Map.of("HTTPS_PROXY", "http://proxy.corp:3128",
                "http_proxy", "plain.corp:8080", "NO_PROXY", "localhost, .internal.example,mirror.corp:443"));
        assertThat(via(p, "https://api.github.com/repos/x")).isEqualTo("proxy.corp:3128");
        assertThat(via(p, "http://example.org/a.tar.gz")).isEqualTo("plain.corp:8080");
        assertThat(via(p, "https://localhost/a")).isEqualTo("direct");
        assertThat(via(p, "https://internal.example/a")).isEqualTo("direct");
        assertThat(via(p, "https://deep.internal.example/a")).isEqualTo("direct");
        assertThat(via(p, "https://notinternal.example/a")).isEqualTo("proxy.corp:3128");
        assertThat(via(p, "https://mirror.corp/a")).isEqualTo("direct");
    }

    @Test
    void noVariablesMeanDirectAndAStarMeansDirectForAll() throws Exception {
        assertThat(via(ProxyChoice.fromEnvironment(Map.of()), "https://api.github.com/")).isEqualTo("direct");
        ProxyChoice all = ProxyChoice.fromEnvironment(Map.of("HTTPS_PROXY", "proxy:1", "NO_PROXY", "*"));
        assertThat(via(all, "https://api.github.com/")).isEqualTo("direct");
        assertThat(via(ProxyChoice.fromEnvironment(Map.of("HTTPS_PROXY", "proxy.corp")), "https://x/"))
                .isEqualTo("proxy.corp:1080");
    }

    @Test
    void aBadValueOrASignInIsOneErrorNamingTheVariable() {
        assertThatThrownBy(() -> ProxyChoice.fromEnvironment(Map.of("HTTPS_PROXY", "http://")))
                .isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).args()).containsExactly("HTTPS_PROXY", "http://"));
        assertThatThrownBy(() -> ProxyChoice.fromEnvironment(Map.of("https_proxy", "http://me:secret@proxy:3128")))
                .isInstanceOf(UpdateException.class)
                .satisfies(e -> assertThat(((UpdateException) e).key()).isEqualTo("update.error.proxyLogin"));
    }
}
