package io.jifen.scheme.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.jifen.scoring.result.Results;
import java.util.List;
import java.util.Map;

/** The engine's results as before, plus the scheme's validation warnings (which do not stop a simulation). */
record SimulationAnswer(@JsonUnwrapped Results results, List<Map<String, String>> warnings) {
}
