/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import ai.cohesivity.management.JsonFields;

/**
 * Reads observability JSON tolerantly: snake_case names, unknown fields ignored, and a
 * timestamp that is not ISO-8601 read as {@code null} rather than failing the snapshot.
 */
final class Json {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.addModule(new SimpleModule("cohesivity-observability").addDeserializer(Instant.class,
				new LenientInstantDeserializer()))
		.build();

	private Json() {
	}

	static @Nullable String text(@Nullable JsonNode node) {
		return (node != null && node.isValueNode() && !node.isNull()) ? node.asString() : null;
	}

	static @Nullable Instant instant(@Nullable JsonNode node) {
		return instant(text(node));
	}

	static @Nullable Instant instant(@Nullable String text) {
		return JsonFields.instant(text);
	}

	/**
	 * Reads ISO-8601 instants (with or without an offset); anything else is {@code null}.
	 */
	private static final class LenientInstantDeserializer extends ValueDeserializer<Instant> {

		@Override
		public @Nullable Instant deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.currentToken().isScalarValue()) {
				return instant(parser.getValueAsString());
			}
			parser.skipChildren();
			return null;
		}

	}

}
