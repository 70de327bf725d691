package io.jifen.publication;

import io.jifen.scoring.model.Item;
import io.jifen.scoring.model.SchemeVersion;
import io.jifen.scoring.result.ItemResult;
import io.jifen.scoring.result.PeriodResult;
import io.jifen.shared.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reasons of a snapshot line: each item that moved the member's score in the period, from the engine's item
 * results (capped, signed), kept as a bundle key with operands so that every reader sees them in their language.
 */
final class Reasons {

    static final String ITEM = "publication.reason.item";
    static final String VETO = "publication.reason.veto";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Reason>> LIST = new TypeReference<>() {
    };

    /** One reason: a bundle key and its operands, as text. */
    record Reason(String key, List<String> args) {
    }

    private Reasons() {
    }

    static String of(PeriodResult p, SchemeVersion scheme) {
        Map<String, String> names = scheme.items().stream().collect(Collectors.toMap(Item::id, Item::name));
        List<Reason> out = new ArrayList<>();
        for (ItemResult i : p.items()) {
            BigDecimal points = i.signed().value();
            if (points.signum() != 0) {
                out.add(new Reason(ITEM, List.of(names.getOrDefault(i.itemId(), i.itemId()),
                        Integer.toString(i.countedOccurrences()), signed(points))));
            }
        }
        if (p.veto()) {
            out.add(new Reason(VETO, List.of()));
        }
        return JSON.writeValueAsString(out);
    }

    static List<String> render(String json, Messages messages, Locale locale) {
        return read(json).stream()
                .map(r -> messages.getTranslation(r.key(), locale, r.args().toArray()))
                .toList();
    }

    static List<Reason> read(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, LIST);
    }

    static <T> List<T> read(String json, Class<T> type) {
        return JSON.readValue(json, JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    static String signed(BigDecimal points) {
        String plain = points.stripTrailingZeros().toPlainString();
        return points.signum() > 0 ? "+" + plain : plain;
    }

    static <T> String json(T value) {
        return JSON.writeValueAsString(value);
    }
}
