package io.jifen.ledger.evidence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evidence bytes in {@code ledger_evidence_content}, in the caller's transaction: a refused upload leaves nothing. */
class DatabaseEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;

    DatabaseEvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(String key, byte[] content) {
        jdbc.sql("insert into ledger_evidence_content (storage_key, content) values (?, ?)").params(key, content)
                .update();
    }

    @Override
    public Optional<byte[]> get(String key) {
        return jdbc.sql("select content from ledger_evidence_content where storage_key = ?").param(key)
                .query(byte[].class).optional();
    }

    @Override
    public void delete(String key) {
        jdbc.sql("delete from ledger_evidence_content where storage_key = ?").param(key).update();
    }
}
