package io.jifen.ledger.evidence;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database store unless {@code jifen.evidence.folder} names a folder. */
@Configuration
class EvidenceStoreConfig {

    @Bean
    EvidenceStore evidenceStore(@Value("${jifen.evidence.folder:}") String folder, JdbcClient jdbc) {
        return folder.isBlank() ? new DatabaseEvidenceStore(jdbc) : new FolderEvidenceStore(Path.of(folder));
    }
}
