package io.jifen.scheme.api;

import io.jifen.scheme.document.SchemeTemplates;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The ten seed schemes as ready-to-clone documents (docs/scheme-format.md). */
@RestController
@RequestMapping("/api/v1/templates")
class TemplateController {

    @GetMapping
    List<SchemeTemplates.Entry> list() {
        return SchemeTemplates.list();
    }

    @GetMapping("/{id}")
    ResponseEntity<String> document(@PathVariable String id) {
        if (!SchemeTemplates.ids().contains(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(SchemeTemplates.json(id));
    }
}
