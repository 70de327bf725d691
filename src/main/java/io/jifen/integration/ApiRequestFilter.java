package io.jifen.integration;

import io.jifen.shared.ApiProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First filter of every {@code /api/**} request, so the error contract holds whatever refuses it:
 * <ul>
 * <li>a body over {@link #MAX_BODY_BYTES} is refused with 413 — at once when Content-Length says so, else as soon as
 * the stream passes the limit, so a huge body is never buffered;</li>
 * <li>a bare {@code sendError} (from the servlet container or a framework) becomes problem+json instead of the
 * HTML/JSON error page;</li>
 * <li>an exception nobody handled becomes a 500 problem (logged), never a stack trace or the error page.</li>
 * </ul>
 */
class ApiRequestFilter extends OncePerRequestFilter {

    static final int MAX_BODY_MB = 10;
    static final long MAX_BODY_BYTES = MAX_BODY_MB * 1024L * 1024L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestFilter.class);

    private final ApiProblemResponses problems;

    ApiRequestFilter(ApiProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            tooLarge(request, response);
            return;
        }
        ProblemResponse problemResponse = new ProblemResponse(request, response);
        try {
            chain.doFilter(new LimitedRequest(request), problemResponse);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (BodyTooLargeException.causedBy(e)) {
                tooLarge(request, response);
            } else if (e instanceof RequestRejectedException) {
                // Spring Security's firewall (e.g. "//" or an encoded "/" in the path): the caller's mistake
                response.reset();
                problems.write(response, problems.forStatus(HttpStatus.BAD_REQUEST, problems.locale(request)));
            } else {
                LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
                response.reset();
                problems.write(response, problems.forStatus(HttpStatus.INTERNAL_SERVER_ERROR,
                        problems.locale(request)));
            }
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        // the rest of the body is not read: tell the client the connection ends here
        response.setHeader("Connection", "close");
        problems.write(response, problems.problem(HttpStatus.CONTENT_TOO_LARGE, "content-too-large",
                "api.body.tooLarge", problems.locale(request), MAX_BODY_MB));
    }

    /** Turns {@code sendError} into a problem+json answer in the caller's language. */
    private final class ProblemResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ProblemResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            problems.write((HttpServletResponse) getResponse(),
                    problems.forStatus(HttpStatus.valueOf(status), problems.locale(request)));
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            sendError(status);
        }
    }

    /** Counts what is read from the body and fails past the limit (chunked bodies carry no Content-Length). */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream());
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        LimitedStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > MAX_BODY_BYTES) {
                throw new BodyTooLargeException(MAX_BODY_BYTES);
            }
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
    }
}
