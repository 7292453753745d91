package org.safeledger.platform.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.cfg.MutableConfigOverride;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON is bound as written, never guessed at: a number is not a string ({@code "title":123} is refused, not stored
 * as "123"), a string is not a number or a boolean, a fraction is not an integer ({@code 1.7} is not taken as 1), a
 * number is not an enum constant, an empty string is not null, a null is not an element of a list, and text holds
 * neither NUL nor a lone surrogate ({@link StrictStrings}). Each refusal is a 400 naming the field ({@code ApiProblems}).
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonBinding() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, StrictJson::noneFromText)
                .withCoercionConfig(LogicalType.Float, StrictJson::noneFromText)
                .withCoercionConfig(
                        LogicalType.Boolean,
                        c -> noneFromText(c).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withConfigOverride(List.class, StrictJson::noNullElements)
                .withConfigOverride(Set.class, StrictJson::noNullElements)
                .withConfigOverride(Collection.class, StrictJson::noNullElements)
                .addModule(new SimpleModule("strict-strings").addDeserializer(String.class, new StrictStrings()));
    }

    /**
     * Only lists and sets refuse null elements: a map's null value is a field left blank (a hazard event's
     * {@code "noticeNo":null}, read back from our own column), not an element that is missing.
     */
    private static void noNullElements(MutableConfigOverride override) {
        override.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    }

    private static MutableCoercionConfig noneFromText(MutableCoercionConfig config) {
        return config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
