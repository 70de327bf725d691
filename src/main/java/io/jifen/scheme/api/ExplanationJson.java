package io.jifen.scheme.api;

import io.jifen.scheme.validation.ExplanationMessages;
import io.jifen.scoring.result.Explained;
import io.jifen.scoring.result.Phrase;
import io.jifen.scoring.result.RuleRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * JSON of the engine's explanations in the caller's language (Accept-Language, Chinese by default: the request's
 * locale as Spring MVC resolved it), with the machine-readable parts next to the rendered text. An {@link Explained}
 * number is {@code {value, text, key, operands, factIds, rules}}, any other {@link Phrase} (why a fact was ignored, an
 * eligibility condition, a consequence's reason, a note) {@code {text, key, operands}}. Operands keep their types:
 * points and counts as numbers, enum constants by name, nested phrases as {@code {key, operands}}, periods as
 * {@code {start, end}}. The engine stays free of Jackson; see docs/scheme-format.md.
 */
@JacksonComponent
class ExplanationJson {

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    static class ExplainedSerializer extends ValueSerializer<Explained> {
        @Override
        public void serialize(Explained x, JsonGenerator gen, SerializationContext ctxt) {
            Phrase phrase = x.explanation();
            gen.writeStartObject();
            gen.writeName("value");
            gen.writeNumber(x.value());
            gen.writeStringProperty("text", ExplanationMessages.format(phrase, locale()));
            writePhrase(phrase, gen, ctxt);
            gen.writeName("factIds");
            ctxt.writeValue(gen, x.factIds());
            gen.writeName("rules");
            ctxt.writeValue(gen, List.<RuleRef>copyOf(x.rules()));
            gen.writeEndObject();
        }
    }

    static class PhraseSerializer extends ValueSerializer<Phrase> {
        @Override
        public void serialize(Phrase phrase, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject();
            gen.writeStringProperty("text", ExplanationMessages.format(phrase, locale()));
            writePhrase(phrase, gen, ctxt);
            gen.writeEndObject();
        }
    }

    /** The key and the typed operands, as properties of the object being written. */
    private static void writePhrase(Phrase phrase, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStringProperty("key", phrase.key());
        gen.writeName("operands");
        writeOperand(phrase.operands(), gen, ctxt);
    }

    private static void writeOperand(Object o, JsonGenerator gen, SerializationContext ctxt) {
        switch (o) {
            case null -> gen.writeNull();
            case Phrase p -> {
                gen.writeStartObject();
                writePhrase(p, gen, ctxt);
                gen.writeEndObject();
            }
            case List<?> list -> {
                gen.writeStartArray();
                list.forEach(e -> writeOperand(e, gen, ctxt));
                gen.writeEndArray();
            }
            case BigDecimal d -> gen.writeNumber(d);
            case Enum<?> e -> gen.writeString(e.name());
            default -> ctxt.writeValue(gen, o);
        }
    }
}
