package io.jifen.ledger.evidence;

import java.util.Optional;

/**
 * Where evidence bytes live, by a storage key the service makes up (never a user's file name): the database by
 * default, a folder when {@code jifen.evidence.folder} is set (a mounted volume in the chart).
 */
public interface EvidenceStore {

    void put(String key, byte[] content);

    Optional<byte[]> get(String key);

    void delete(String key);
}
