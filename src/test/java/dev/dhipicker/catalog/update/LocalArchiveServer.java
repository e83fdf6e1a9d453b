package dev.dhipicker.catalog.update;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web server on the loopback interface only (the JDK's {@code com.sun.net.httpserver}) that
 * serves archives made by the tests, and misbehaves on purpose: redirects, 404, a body that
 * stalls, a response that never comes, a body shorter than its length.
 */
public final class LocalArchiveServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-archive-server");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();

    public LocalArchiveServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of a path on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves bytes at a path with status 200 and their length. */
    public LocalArchiveServer serve(String path, byte[] body) {
        files.put(path, body);
        return this;
    }

    /** Answers a path with 302 to another. */
    public LocalArchiveServer redirect(String from, String to) {
        redirects.put(from, to);
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try (ex) {
            if (redirects.containsKey(path)) {
                ex.getResponseHeaders().add("Location", redirects.get(path));
                ex.sendResponseHeaders(302, -1);
            } else if (path.startsWith("/stall/")) {
                byte[] body = files.get(path.substring("/stall".length()));
                ex.sendResponseHeaders(200, body.length);
                OutputStream o = ex.getResponseBody();
                o.write(body, 0, 1000);
                o.flush();
                await();
            } else if (path.equals("/silent")) {
                await();
            } else if (path.startsWith("/short/")) {
                byte[] body = files.get(path.substring("/short".length()));
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body, 0, body.length / 2);
                // the exchange closes with half of the promised length sent
            } else if (files.containsKey(path)) {
                byte[] body = files.get(path);
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            } else {
                byte[] body = "not found".getBytes();
                ex.sendResponseHeaders(404, body.length);
                ex.getResponseBody().write(body);
            }
        } catch (IOException e) {
            // the client went away (a timeout test): nothing to do
        }
    }

    private void await() {
        try {
            release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
