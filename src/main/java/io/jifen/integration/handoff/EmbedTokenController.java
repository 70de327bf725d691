package io.jifen.integration.handoff;

import io.jifen.integration.handoff.HandoffRefusal.Refused;
import io.jifen.security.EmbedProperties;
import io.jifen.shared.ApiProblemResponses;
import io.jifen.shared.InvalidInputException;
import io.jifen.shared.InvalidInputException.InputError;
import io.jifen.shared.StrictJson;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /sso/embed-token}: the frame's sign-in page posts the token its cross-site portal handed over
 * ({@code postMessage}), with the nonce that page was rendered with. Accepted, the frame's session is signed in as
 * that token's user (204); refused, nothing is stored and a translated 401 problem says why. Only with
 * {@code jifen.embed.cross-site=true}; otherwise 404. See docs/embedding-cross-site.md.
 */
@RestController
class EmbedTokenController {

    /** Session attribute holding the nonce the sign-in page rendered (a String); single use. */
    static final String NONCE_ATTRIBUTE = "jifen.embed.handoff-nonce";
    private static final Set<String> FIELDS = Set.of("token", "nonce");
    private static final Logger LOG = LoggerFactory.getLogger(EmbedTokenController.class);

    private final EmbedProperties embed;
    private final ObjectProvider<HandoffTokenVerifier> verifier;
    private final UsedHandoffTokens usedTokens;
    private final HandoffSignIn signIn;
    private final ApiProblemResponses problems;

    EmbedTokenController(EmbedProperties embed, ObjectProvider<HandoffTokenVerifier> verifier, UsedHandoffTokens usedTokens,
                         HandoffSignIn signIn, ApiProblemResponses problems) {
        this.embed = embed;
        this.verifier = verifier;
        this.usedTokens = usedTokens;
        this.signIn = signIn;
        this.problems = problems;
    }

    @PostMapping(path = "/sso/embed-token", consumes = MediaType.APPLICATION_JSON_VALUE)
    void handOff(@RequestBody(required = false) byte[] body, HttpServletRequest request,
                 HttpServletResponse response) throws IOException {
        if (!embed.crossSite() || verifier.getIfAvailable() == null) {
            problems.write(response, problems.forStatus(HttpStatus.NOT_FOUND, problems.locale(request)));
            return;
        }
        Handoff handoff = read(body);
        try {
            Jwt token = accept(handoff, request.getSession(false));
            signIn.signIn(token, request, response);
            LOG.info("Frame signed in by a token of portal client {} for {}", token.getClaimAsString("azp"),
                    token.getClaimAsString("preferred_username"));
            response.setStatus(HttpStatus.NO_CONTENT.value());
        } catch (Refused refused) {
            LOG.warn("Token hand-over refused ({}): {}", refused.reason(), refused.getMessage());
            problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "embed-handoff-refused",
                    refused.reason().messageKey(), problems.locale(request)));
        }
    }

    /**
     * {@code GET /sso/embed-token}: does this frame's session cookie come back? The page asks right after a
     * hand-over, before leaving: a browser that keeps no cookie in a cross-site frame (no CHIPS support) would
     * otherwise go round between the console and this page. 204 when signed in, else 401 saying so.
     */
    @GetMapping("/sso/embed-token")
    void sessionKept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!embed.crossSite()) {
            problems.write(response, problems.forStatus(HttpStatus.NOT_FOUND, problems.locale(request)));
        } else if (request.getUserPrincipal() instanceof Authentication auth && auth.isAuthenticated()) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
        } else {
            problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "embed-session-not-kept",
                    "embed.handoff.cookieBlocked", problems.locale(request)));
        }
    }

    /** Every check before anything is stored: the nonce is spent once a token comes, the jti recorded last. */
    private Jwt accept(Handoff handoff, HttpSession session) {
        Object expected = session == null ? null : session.getAttribute(NONCE_ATTRIBUTE);
        if (!(expected instanceof String nonce)) {
            throw new Refused(HandoffRefusal.STALE_PAGE, "no hand-over nonce in the session");
        }
        if (handoff.token().isEmpty()) {
            throw new Refused(HandoffRefusal.NO_TOKEN, "the portal sent no token in time");
        }
        session.removeAttribute(NONCE_ATTRIBUTE);
        if (!MessageDigest.isEqual(nonce.getBytes(StandardCharsets.UTF_8),
                handoff.nonce().getBytes(StandardCharsets.UTF_8))) {
            throw new Refused(HandoffRefusal.STALE_PAGE, "nonce does not match the session's");
        }
        Jwt token = verifier.getObject().verify(handoff.token());
        if (!usedTokens.firstUse(token.getId(), token.getExpiresAt())) {
            throw new Refused(HandoffRefusal.REPLAYED, "jti " + token.getId() + " was used before");
        }
        return token;
    }

    private record Handoff(String token, String nonce) {
    }

    /** {@code {"token": "...", "nonce": "..."}}, nothing else; an empty token says the portal sent none. */
    private static Handoff read(byte[] body) {
        JsonNode json = StrictJson.read(body);
        if (!json.isObject()) {
            throw new InvalidInputException(List.of(InputError.of("$", "api.json.object")));
        }
        for (String name : json.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(List.of(
                        InputError.of("$." + name, "api.json.unknownField", name, "token, nonce")));
            }
        }
        return new Handoff(text(json, "token"), text(json, "nonce"));
    }

    private static String text(JsonNode json, String name) {
        JsonNode value = json.get(name);
        if (value == null || !value.isString()) {
            throw new InvalidInputException(List.of(InputError.of("$." + name, "api.json.string")));
        }
        return value.asString();
    }
}
