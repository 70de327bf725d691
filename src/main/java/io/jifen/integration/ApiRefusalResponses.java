package io.jifen.integration;

import io.jifen.security.ApiRefusals;
import io.jifen.shared.ApiProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Security's 401 and 403 on /api/** as translated problem+json, like every other API refusal. */
@Component
class ApiRefusalResponses implements ApiRefusals {

    private final ApiProblemResponses problems;

    ApiRefusalResponses(ApiProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthorized", "api.status.401",
                problems.locale(request)));
    }

    @Override
    public void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(response, problems.problem(HttpStatus.FORBIDDEN, "access-denied", "error.accessDenied",
                problems.locale(request)));
    }
}
