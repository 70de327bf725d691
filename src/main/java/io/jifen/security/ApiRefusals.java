package io.jifen.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the body of a refusal made by the API's security (401, 403) in the API's error format. Implemented where
 * the API's messages live (io.jifen.integration), so that security itself knows no message bundle.
 */
public interface ApiRefusals {

    void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException;

    void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException;
}
