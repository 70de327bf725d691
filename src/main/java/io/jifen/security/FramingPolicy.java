package io.jifen.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a page's answer headers let a given origin frame it, as a browser decides: every
 * {@code Content-Security-Policy} that has a {@code frame-ancestors} directive must allow the origin, and an
 * {@code X-Frame-Options} of {@code DENY} or {@code SAMEORIGIN} must not forbid it. Current browsers ignore
 * X-Frame-Options next to {@code frame-ancestors}, older ones do not; both are judged so that no browser blanks
 * the frame.
 *
 * @param pageOrigin    the framed page's own origin (what {@code 'self'} means)
 * @param csp           every Content-Security-Policy header value of the answer
 * @param xFrameOptions the X-Frame-Options header value, or empty
 */
record FramingPolicy(String pageOrigin, List<String> csp, String xFrameOptions) {

    /** A CSP host-source: [scheme://]host[:port][/path], host possibly "*.example.org", port possibly "*". */
    private static final Pattern HOST_SOURCE = Pattern.compile(
            "^(?:([a-z][a-z0-9+.-]*)://)?([^/:]+)(?::(\\d+|\\*))?(?:/.*)?$");

    FramingPolicy {
        pageOrigin = normalize(pageOrigin);
        csp = List.copyOf(csp);
        xFrameOptions = xFrameOptions == null ? "" : xFrameOptions.strip();
    }

    /** The origins of {@code portalOrigins} that this page refuses to be framed by. */
    List<String> refusedOrigins(List<String> portalOrigins) {
        List<String> refused = new ArrayList<>();
        for (String origin : portalOrigins) {
            if (!frameAncestorsAllow(origin) || !xFrameOptionsAllow(origin)) {
                refused.add(origin);
            }
        }
        return refused;
    }

    /** The headers as one line for logs and health details. */
    String describe() {
        String policies = String.join(" | ", csp.stream().map(p -> p.strip().replaceAll(";+$", "")).toList());
        return "Content-Security-Policy: " + (csp.isEmpty() ? "(none)" : policies)
                + "; X-Frame-Options: " + (xFrameOptions.isEmpty() ? "(none)" : xFrameOptions);
    }

    boolean xFrameOptionsAllow(String origin) {
        String value = xFrameOptions.toUpperCase(Locale.ROOT);
        if (value.equals("DENY")) {
            return false;
        }
        // any other value (empty, ALLOW-FROM, garbage) is ignored by browsers
        return !value.equals("SAMEORIGIN") || normalize(origin).equals(pageOrigin);
    }

    boolean frameAncestorsAllow(String origin) {
        for (String header : csp) {
            // a comma separates policies within one header; each one is enforced on its own
            for (String policy : header.split(",")) {
                List<String> sources = frameAncestors(policy);
                if (sources != null && sources.stream().noneMatch(s -> sourceMatches(s, normalize(origin)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The source list of the policy's frame-ancestors directive, or null when it has none. */
    private static List<String> frameAncestors(String policy) {
        for (String directive : policy.split(";")) {
            String[] tokens = directive.strip().split("\\s+");
            if (tokens[0].equalsIgnoreCase("frame-ancestors")) {
                return List.of(tokens).subList(1, tokens.length);
            }
        }
        return null;
    }

    private boolean sourceMatches(String source, String origin) {
        String s = source.toLowerCase(Locale.ROOT);
        if (s.equals("*")) {
            return true;
        }
        if (s.equals("'self'")) {
            return origin.equals(pageOrigin);
        }
        if (s.startsWith("'")) {
            return false; // 'none' and keywords that never name an ancestor
        }
        URI target = URI.create(origin);
        if (s.endsWith(":") && !s.contains("/")) {
            return target.getScheme().equals(s.substring(0, s.length() - 1));
        }
        return hostSourceMatches(s, target);
    }

    private static boolean hostSourceMatches(String source, URI target) {
        Matcher m = HOST_SOURCE.matcher(source);
        if (!m.matches()) {
            return false;
        }
        String scheme = m.group(1);
        String host = m.group(2);
        String port = m.group(3);
        boolean schemeOk = scheme == null ? target.getScheme().startsWith("http") : scheme.equals(target.getScheme());
        boolean hostOk = host.startsWith("*.") ? target.getHost().endsWith(host.substring(1))
                : host.equals(target.getHost());
        int targetPort = target.getPort() != -1 ? target.getPort() : defaultPort(target.getScheme());
        boolean portOk = port == null ? targetPort == defaultPort(target.getScheme())
                : port.equals("*") || port.equals(String.valueOf(targetPort));
        return schemeOk && hostOk && portOk;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    /** scheme://host[:port] in lower case, without the default port or a trailing slash. */
    static String normalize(String origin) {
        URI uri = URI.create(origin.strip().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        boolean implicit = port == -1 || port == defaultPort(uri.getScheme());
        return uri.getScheme() + "://" + uri.getHost() + (implicit ? "" : ":" + port);
    }
}
