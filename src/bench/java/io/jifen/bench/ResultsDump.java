package io.jifen.bench;

import io.jifen.scoring.result.Explained;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Writes every number of a result tree as text — value, formula, fact ids and rules of each {@link Explained} — so
 * two engine versions can be compared with {@code diff} on the same generated data.
 */
final class ResultsDump {

    private ResultsDump() {
    }

    static void write(Object results, Path file) {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            walk(out, "", results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(PrintWriter out, String path, Object o) {
        switch (o) {
            case null -> out.println(path + " = null");
            case Explained x -> out.println(path + " = " + x.value().toPlainString() + " | " + x.explanation() + " | "
                    + x.factIds() + " | " + x.rules());
            case Collection<?> c -> {
                int i = 0;
                for (Object e : c) {
                    walk(out, path + "[" + i++ + "]", e);
                }
                if (i == 0) {
                    out.println(path + " = []");
                }
            }
            case Record r -> {
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    try {
                        walk(out, path + "." + rc.getName(), rc.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> out.println(path + " = " + o);
        }
    }
}
