package cn.govdisclosure.submission.web;

import cn.govdisclosure.support.messaging.Transience;
import cn.govdisclosure.support.web.ProblemResponses;
import cn.govdisclosure.support.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST or PUT sent with an {@code Idempotency-Key} header safe to retry: the first request with a key runs
 * and its answer (unless a 5xx) is kept; a retry with the same key and the same request gets that answer again and
 * changes nothing. The key belongs to the signed-in user. The same key with another request is refused (422), and a
 * retry while the first request still runs is told to wait (409). Keys expire after
 * {@link IdempotentRequests#LIFETIME}.
 *
 * <p>The request runs in a transaction that its commands join, and its answer is stored in that same transaction: a
 * change is never committed without the answer its retry is to get, nor the answer without the change. (Stored apart,
 * a crash or a lost connection between the two commits left a change whose retry ran the command again.) A command
 * the aggregate refused rolls back; its refusal is then stored on its own, as it changed nothing.
 *
 * <p>Runs after Spring Security, so that a request that is refused for its credentials claims no key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a repeated answer. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final int CLAIM_ATTEMPTS = 3;

    private final IdempotentRequests requests;
    private final PlatformTransactionManager transactions;

    public IdempotencyFilter(IdempotentRequests requests, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null
                || !("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<String> user = signedInUser();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            Problems.write(response, HttpStatus.BAD_REQUEST, "请求无效", HEADER + " 应为1至255个可见ASCII字符");
            return;
        }
        // Read whole before anything is claimed; the request limits filter stops a body that is too large.
        byte[] body = request.getInputStream().readAllBytes();
        String requestHash = hash(request, body);
        if (!requests.startHere(user.get(), key)) {
            stillRunning(response);
            return;
        }
        try {
            claimAndRun(new CachedBodyRequest(request, body), response, chain, user.get(), key, requestHash);
        } catch (RuntimeException e) {
            if (!Transience.isTransient(e) || response.isCommitted()) {
                throw e;
            }
            // The database went away: the client is to come back, as for any request that finds it gone.
            log.warn("Answering 503 to a request with {}: {}", HEADER, Transience.rootCause(e).toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemResponses.UNAVAILABLE_RETRY_AFTER);
            Problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, ProblemResponses.UNAVAILABLE_TITLE,
                    ProblemResponses.UNAVAILABLE_DETAIL);
        } finally {
            requests.finishHere(user.get(), key);
        }
    }

    private void claimAndRun(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                             String user, String key, String requestHash) throws ServletException, IOException {
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            if (requests.claim(user, key, request.getMethod(), request.getRequestURI(), requestHash)) {
                runFirst(request, response, chain, user, key);
                return;
            }
            Optional<IdempotentRequests.Entry> entry = requests.find(user, key);
            if (entry.isPresent()) {
                answerRetry(entry.get(), requestHash, response);
                return;
            }
            // the holder released the key between our claim and our look: claim again
        }
        stillRunning(response);
    }

    private void runFirst(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String user,
                          String key) throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        TransactionStatus transaction = transactions.getTransaction(TransactionDefinition.withDefaults());
        try {
            chain.doFilter(request, answer);
            if (answer.getStatus() >= 500) {
                transactions.rollback(transaction);
                release(user, key);
            } else if (transaction.isRollbackOnly()) {
                // A command was refused and rolled back: nothing changed, and the refusal is what a retry gets.
                transactions.rollback(transaction);
                store(answer, user, key);
            } else {
                store(answer, user, key);
                transactions.commit(transaction);
            }
        } catch (ServletException | IOException | RuntimeException e) {
            if (!transaction.isCompleted()) {
                transactions.rollback(transaction);
            }
            release(user, key);
            throw e;
        }
        // Done before the client can have the answer: its next request with this key must not find it still running.
        requests.finishHere(user, key);
        answer.copyBodyToResponse();
    }

    private void store(ContentCachingResponseWrapper answer, String user, String key) {
        requests.answer(user, key, answer.getStatus(), answer.getContentType(),
                answer.getHeader(HttpHeaders.LOCATION), answer.getContentAsByteArray());
    }

    private static void answerRetry(IdempotentRequests.Entry entry, String requestHash, HttpServletResponse response)
            throws IOException {
        if (!entry.requestHash().equals(requestHash)) {
            Problems.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "幂等键已被使用",
                    "此 " + HEADER + " 已用于另一个请求；新的请求请使用新的键");
        } else if (!entry.answered()) {
            stillRunning(response);
        } else {
            response.setStatus(entry.status());
            if (entry.contentType() != null) {
                response.setContentType(entry.contentType());
            }
            if (entry.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, entry.location());
            }
            response.setHeader(REPLAYED, "true");
            byte[] body = Objects.requireNonNullElse(entry.body(), new byte[0]);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static void stillRunning(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        Problems.write(response, HttpStatus.CONFLICT, "请求仍在处理中",
                "使用此 " + HEADER + " 的请求仍在处理中，请稍后重试");
    }

    /**
     * Releasing is best effort: while the database is gone it fails, and the claim is left behind. The retry takes it
     * over once it is abandoned, at once when it comes to this instance (see {@link IdempotentRequests#claim}).
     */
    private void release(String user, String key) {
        try {
            requests.release(user, key);
        } catch (RuntimeException e) {
            log.warn("Could not release idempotency key {} of {}", key, user, e);
        }
    }

    private static Optional<String> signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken
                ? Optional.empty() : Optional.of(authentication.getName());
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {request.getMethod(), request.getRequestURI(), request.getQueryString(),
                    request.getContentType()}) {
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read already, for whatever reads it next. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private ServletInputStream stream;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) {
                ByteArrayInputStream in = new ByteArrayInputStream(body);
                stream = new ServletInputStream() {
                    @Override
                    public int read() {
                        return in.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) {
                        return in.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return in.available() == 0;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        throw new UnsupportedOperationException("the body has been read already");
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
