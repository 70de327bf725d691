package io.jifen.scheme.trial;

import tools.jackson.databind.json.JsonMapper;

/** A saved case's content as JSON: records as objects, dates as ISO text, points as exact decimals. */
final class TrialCaseJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private TrialCaseJson() {
    }

    static String write(TrialCase trialCase) {
        return MAPPER.writeValueAsString(trialCase);
    }

    static TrialCase read(String json) {
        return MAPPER.readValue(json, TrialCase.class);
    }
}
