/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Tolerant reads of control-plane answers, whose shapes Cohesivity documents loosely: a
 * field that is missing, {@code null} or of another type reads as {@code null}, never as
 * an error. Public only for the starter's other control-plane packages (agents, billing).
 */
public final class JsonFields {

	private JsonFields() {
	}

	/**
	 * Read a non-blank text field; a number or boolean reads as its text.
	 * @param node the object
	 * @param field the field
	 * @return the text, or {@code null}
	 */
	public static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isString()) {
			return value.stringValue().isBlank() ? null : value.stringValue();
		}
		return (value.isNumber() || value.isBoolean()) ? value.asString() : null;
	}

	/**
	 * Read an integral number field; a numeric string reads as its number.
	 * @param node the object
	 * @param field the field
	 * @return the number, or {@code null}
	 */
	public static @Nullable Long number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isNumber()) {
			return value.asLong();
		}
		String text = text(node, field);
		try {
			return (text != null) ? Long.valueOf(text.strip()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Read a boolean field; {@code "true"} and {@code "false"} read as booleans.
	 * @param node the object
	 * @param field the field
	 * @return the value, or {@code null}
	 */
	public static @Nullable Boolean bool(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		String text = text(node, field);
		return ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) ? Boolean.valueOf(text) : null;
	}

	/**
	 * Read an ISO-8601 instant field, with {@code Z} or an offset.
	 * @param node the object
	 * @param field the field
	 * @return the instant, or {@code null} when missing or not ISO-8601
	 */
	public static @Nullable Instant instant(JsonNode node, String field) {
		return instant(text(node, field));
	}

	/**
	 * Read an ISO-8601 instant, with {@code Z} or an offset.
	 * @param text the text
	 * @return the instant, or {@code null} when blank or not ISO-8601
	 */
	public static @Nullable Instant instant(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(text).toInstant();
			}
			catch (DateTimeParseException notWithOffset) {
				return null;
			}
		}
	}

}
