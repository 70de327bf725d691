package io.jifen.ledger.review;

import java.util.List;

/** What a batch approval did: the entries decided, and the ones refused with the reason's bundle key. */
public record BatchResult(List<Long> decided, List<Refusal> refused) {

    public record Refusal(long entryId, String messageKey, List<Object> arguments) {
    }
}
