package io.jifen.integration;

import io.jifen.security.CurrentUser;
import io.jifen.security.JifenUser;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is to the console: lets the OA portal check a token's mapping before it sends real calls. */
@RestController
@RequestMapping("/api/v1")
class MeController {

    @GetMapping("/me")
    Me me(java.security.Principal principal) {
        JifenUser user = CurrentUser.of(principal);
        return new Me(user.username(), user.displayName(), user.orgCode(),
                user.roles().stream().map(r -> r.realmRole()).sorted().toList(), user.groups());
    }

    record Me(String username, String displayName, String orgCode, List<String> roles, List<String> groups) {
    }
}
