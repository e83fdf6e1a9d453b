package dev.dhipicker.catalog.update;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The proxy of the environment, the way curl and most tools read it: {@code HTTPS_PROXY} for
 * https addresses, {@code HTTP_PROXY} for http ones (either name also in lower case),
 * {@code NO_PROXY} a comma-separated list of host names (a leading dot or none: the host and its
 * sub-domains; {@code *}: every host) reached directly. Proxy sign-in is not supported.
 */
public final class ProxyChoice extends ProxySelector {
    private final Proxy https;
    private final Proxy http;
    private final List<String> noProxy;

    private ProxyChoice(Proxy https, Proxy http, List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /**
     * Reads the proxy variables of an environment.
     *
     * @throws UpdateException when a variable is not a usable proxy address (naming it)
     */
    public static ProxyChoice fromEnvironment(Map<String, String> env) throws UpdateException {
        List<String> skip = new ArrayList<>();
        String no = variable(env, "NO_PROXY");
        if (no != null) {
            for (String s : no.split(",")) {
                String h = s.strip().toLowerCase(Locale.ROOT);
                int colon = h.lastIndexOf(':');
                if (colon > 0 && h.indexOf(']') < colon && !h.startsWith("[")) {
                    h = h.substring(0, colon); // a port is ignored: the host decides
                }
                if (h.startsWith(".")) {
                    h = h.substring(1);
                }
                if (!h.isEmpty()) {
                    skip.add(h);
                }
            }
        }
        return new ProxyChoice(proxy(env, "HTTPS_PROXY"), proxy(env, "HTTP_PROXY"), List.copyOf(skip));
    }

    private static String variable(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = env.get(name.toLowerCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static Proxy proxy(Map<String, String> env, String name) throws UpdateException {
        String value = variable(env, name);
        if (value == null) {
            return Proxy.NO_PROXY;
        }
        try {
            URI u = new URI(value.contains("://") ? value : "http://" + value);
            if (u.getHost() == null) {
                throw new UpdateException("update.error.proxy", name, value);
            }
            if (u.getUserInfo() != null) {
                throw new UpdateException("update.error.proxyLogin", name);
            }
            int port = u.getPort() > 0 ? u.getPort() : 1080;
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(u.getHost(), port));
        } catch (URISyntaxException e) {
            throw new UpdateException("update.error.proxy", name, value);
        }
    }

    /** Whether an address is reached without the proxy. */
    boolean direct(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        for (String s : noProxy) {
            if (s.equals("*") || host.equals(s) || host.endsWith("." + s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (uri == null || direct(uri)) {
            return List.of(Proxy.NO_PROXY);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return List.of(scheme.equals("https") ? https : scheme.equals("http") ? http : Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // the download reports the failure itself
    }
}
