package io.jifen.ledger.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder store keeps files by key, and a key cannot name a file outside its folder. */
class FolderEvidenceStoreTest {

    @TempDir
    Path folder;

    @Test
    void putGetDeleteByKey() {
        FolderEvidenceStore store = new FolderEvidenceStore(folder.resolve("evidence"));
        store.put("3f1c-aa", new byte[] {1, 2, 3});

        assertThat(store.get("3f1c-aa")).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(Files.exists(folder.resolve("evidence/3f1c-aa"))).isTrue();
        store.delete("3f1c-aa");
        assertThat(store.get("3f1c-aa")).isEmpty();
        assertThatThrownBy(() -> store.get("../escape")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typesAreToldByTheFirstBytes() {
        assertThat(EvidenceTypes.detect(new byte[] {'G', 'I', 'F', '8', '9', 'a', 1})).hasValue("image/gif");
        assertThat(EvidenceTypes.detect("RIFF\0\0\0\0WEBPVP8 ".getBytes())).hasValue("image/webp");
        assertThat(EvidenceTypes.detect("RIFF\0\0\0\0WAVEfmt ".getBytes())).isEmpty();
        assertThat(EvidenceTypes.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(EvidenceTypes.detect(new byte[0])).isEmpty();
    }
}
