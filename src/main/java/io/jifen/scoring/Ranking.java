package io.jifen.scoring;

import io.jifen.scoring.result.Rank;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Competition ranking ("1, 1, 3") within groups. Also counts from the bottom (1 + members strictly lower), which is
 * what "后3位" needs: members tied at the boundary are all in.
 */
final class Ranking {

    private Ranking() {
    }

    record Entry<K>(K key, String scope, BigDecimal score) {
    }

    static <K> Map<K, Rank> rank(List<Entry<K>> entries, Function<Entry<K>, String> scopeOf) {
        Map<String, List<Entry<K>>> groups = new HashMap<>();
        for (Entry<K> e : entries) {
            groups.computeIfAbsent(scopeOf.apply(e), k -> new ArrayList<>()).add(e);
        }
        Map<K, Rank> out = new HashMap<>();
        groups.forEach((scope, list) -> {
            list.sort(Comparator.comparing(Entry<K>::score).reversed());
            int n = list.size();
            int i = 0;
            while (i < n) {
                int j = i;
                while (j < n && list.get(j).score().compareTo(list.get(i).score()) == 0) {
                    j++;
                }
                // positions i..j-1 share the score: i members are strictly higher, n-j strictly lower
                for (int k = i; k < j; k++) {
                    out.put(list.get(k).key(), new Rank(i + 1, n, scope, n - j + 1));
                }
                i = j;
            }
        });
        return out;
    }
}
