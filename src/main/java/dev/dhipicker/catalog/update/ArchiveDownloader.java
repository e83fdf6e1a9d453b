package dev.dhipicker.catalog.update;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads an archive over HTTP(S) with {@code java.net.http} into a file: redirects are
 * followed (never from https to http), the connection and every wait for data are bounded by
 * the timeouts, and the size by {@link UpdateLimits#maxDownloadBytes()}. Only status 200 is a
 * download; anything else is one error naming the address and the status.
 */
public final class ArchiveDownloader {
    private static final long POLL_MILLIS = 100;
    private final HttpClient client;
    private final UpdateLimits limits;

    /**
     * @param proxy  where connections go (see {@link ProxyChoice})
     * @param limits timeouts and the size cap
     */
    public ArchiveDownloader(ProxySelector proxy, UpdateLimits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).proxy(proxy)
                .connectTimeout(limits.connectTimeout()).build();
    }

    /**
     * Downloads {@code uri} into {@code target} (created; it must not exist).
     *
     * @throws UpdateException for any failure; {@code target} may then hold part of the body
     */
    public void download(URI uri, Path target, UpdateProgress progress, Cancellation cancel) throws UpdateException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new UpdateException("update.error.badUrl", uri.toString());
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(limits.readTimeout())
                .header("User-Agent", "dhi-picker/0.1.0").GET().build();
        java.util.concurrent.atomic.AtomicReference<FileBody> body = new java.util.concurrent.atomic.AtomicReference<>();
        CompletableFuture<HttpResponse<Path>> response = client.sendAsync(request, info -> {
            if (info.statusCode() != 200) {
                return HttpResponse.BodySubscribers.replacing(null);
            }
            long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            FileBody b = new FileBody(target, length, limits.maxDownloadBytes());
            body.set(b);
            return b;
        });
        long readTimeout = limits.readTimeout().toNanos();
        while (true) {
            try {
                HttpResponse<Path> r = response.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (r.statusCode() != 200) {
                    throw new UpdateException("update.error.http", uri.toString(), String.valueOf(r.statusCode()));
                }
                FileBody b = body.get();
                if (b.length >= 0 && b.count != b.length) {
                    throw new UpdateException("update.error.truncatedDownload", uri.toString(),
                            UpdateLimits.size(b.count), UpdateLimits.size(b.length));
                }
                progress.report(UpdateProgress.Phase.DOWNLOAD, b.count, b.length);
                return;
            } catch (TimeoutException e) {
                FileBody b = body.get();
                if (cancel.isCancelled()) {
                    response.cancel(true);
                    if (b != null) {
                        b.fail(new UpdateException("update.error.cancelled"));
                    }
                    throw new UpdateException("update.error.cancelled");
                }
                if (b != null) {
                    progress.report(UpdateProgress.Phase.DOWNLOAD, b.count, b.length);
                    if (System.nanoTime() - b.lastData > readTimeout) {
                        b.fail(new UpdateException("update.error.readTimeout", uri.toString(),
                                String.valueOf(limits.readTimeout().toSeconds())));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                response.cancel(true);
                throw new UpdateException("update.error.cancelled");
            } catch (ExecutionException e) {
                throw failure(uri, e.getCause());
            }
        }
    }

    private UpdateException failure(URI uri, Throwable cause) {
        Throwable c = cause;
        while (c != null) {
            if (c instanceof UpdateException u) {
                return u;
            }
            if (c instanceof HttpConnectTimeoutException) {
                return new UpdateException("update.error.connectTimeout", uri.getHost(),
                        String.valueOf(limits.connectTimeout().toSeconds()));
            }
            if (c instanceof HttpTimeoutException) {
                return new UpdateException("update.error.readTimeout", uri.toString(),
                        String.valueOf(limits.readTimeout().toSeconds()));
            }
            if (c instanceof java.nio.channels.UnresolvedAddressException || c instanceof java.net.UnknownHostException) {
                return new UpdateException("update.error.unknownHost", uri.getHost());
            }
            if (c instanceof ConnectException) {
                return new UpdateException("update.error.connect", uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
            }
            c = c.getCause();
        }
        return new UpdateException("update.error.download", uri.toString(), reason(cause));
    }

    private static String reason(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.replace('\n', ' ').strip();
    }

    /** Writes the body to a file as it comes, counting and bounding it. */
    private static final class FileBody implements HttpResponse.BodySubscriber<Path> {
        private final CompletableFuture<Path> result = new CompletableFuture<>();
        private final Path target;
        final long length;
        private final long max;
        private FileChannel channel;
        private Flow.Subscription subscription;
        volatile long count;
        volatile long lastData = System.nanoTime();

        FileBody(Path target, long length, long max) {
            this.target = target;
            this.length = length;
            this.max = max;
        }

        @Override
        public CompletableFuture<Path> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (length > max) {
                fail(new UpdateException("update.error.tooLarge", UpdateLimits.size(length), UpdateLimits.size(max)));
                return;
            }
            try {
                channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                fail(new UpdateException("update.error.tempFile", target.toString(), reason(e)));
                return;
            }
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            try {
                for (ByteBuffer b : items) {
                    count += b.remaining();
                    if (count > max) {
                        fail(new UpdateException("update.error.tooLarge", "> " + UpdateLimits.size(count), UpdateLimits.size(max)));
                        return;
                    }
                    while (b.hasRemaining()) {
                        channel.write(b);
                    }
                }
            } catch (IOException e) {
                fail(new UpdateException("update.error.tempFile", target.toString(), reason(e)));
                return;
            }
            lastData = System.nanoTime();
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            close();
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            close();
            result.complete(target);
        }

        /** Stops the download: the server's stream is cancelled and the result fails. */
        synchronized void fail(UpdateException e) {
            if (subscription != null) {
                subscription.cancel();
            }
            close();
            result.completeExceptionally(e);
        }

        private synchronized void close() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // the result reports what matters
                }
                channel = null;
            }
        }
    }
}
