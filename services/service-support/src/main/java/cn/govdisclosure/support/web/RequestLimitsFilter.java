package cn.govdisclosure.support.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects what no agency sends and what would crowd out the others, before anything is parsed: more requests per
 * minute from one address than allowed (429, with {@code Retry-After}), and bodies larger than allowed (413),
 * whether they announce their length or not.
 */
public class RequestLimitsFilter extends OncePerRequestFilter {

    /** Past this many addresses, those that have made no request for a while are forgotten. */
    static final int MAX_TRACKED_CLIENTS = 10_000;

    private final WebLimitsProperties limits;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RequestLimitsFilter(WebLimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = bucketOf(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
            response.setHeader("Retry-After", String.valueOf(seconds));
            Problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "请求过于频繁", "请求过于频繁，请" + seconds + "秒后重试");
            return;
        }
        long maxBytes = limits.maxBodySize().toBytes();
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
        } catch (BodyTooLargeException e) {
            if (!response.isCommitted()) {
                response.reset();
                tooLarge(response);
            }
        }
    }

    /**
     * The rest of the body is not wanted: the answer goes out at once, announcing its length so that the client can
     * read it while still sending, and the connection is closed after it.
     */
    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CONNECTION, "close");
        Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "请求过大",
                "请求内容不能超过" + limits.maxBodySize().toMegabytes() + "MB");
        response.flushBuffer();
    }

    /**
     * The client's bucket. Clients whose bucket has filled up again have used none of their allowance lately; they
     * are dropped once too many addresses are tracked, so that a client rotating its address cannot fill the memory.
     */
    private Bucket bucketOf(String client) {
        if (buckets.size() >= MAX_TRACKED_CLIENTS && !buckets.containsKey(client)) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limits.requestsPerMinute());
        }
        return buckets.computeIfAbsent(client, address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.requestsPerMinute())
                        .refillGreedy(limits.requestsPerMinute(), Duration.ofMinutes(1)).build())
                .build());
    }

    int trackedClients() {
        return buckets.size();
    }

    /** A body that stops being read at the limit, for requests that do not announce their length. */
    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > maxBytes) {
                            throw new BodyTooLargeException();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > maxBytes) {
                            throw new BodyTooLargeException();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }

    /** The body grew past the limit while it was read. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("request body too large");
        }
    }
}
