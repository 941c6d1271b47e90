/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What {@code GET /api/status} says about the tenant. Every field is optional: the schema is not
 * published and changes per runtime profile.
 *
 * @param tenantId the tenant id
 * @param lifecycle {@code ephemeral} or {@code claimed}
 * @param state {@code active}, {@code paused}, …
 * @param expiresAt when an ephemeral tenant expires
 * @param resources the provisioned resources' names
 * @param body the whole response
 */
public record TenantStatus(@Nullable String tenantId, @Nullable String lifecycle, @Nullable String state,
		@Nullable Instant expiresAt, List<String> resources, JsonNode body) {

	/**
	 * Read a status response.
	 * @param body the response
	 * @return the status
	 */
	public static TenantStatus from(JsonNode body) {
		JsonNode account = body.path("account");
		String lifecycle = text(account, "tenant_lifecycle");
		List<String> resources = new ArrayList<>();
		for (JsonNode resource : body.path("resources")) {
			String name = text(resource, "resource_name");
			if (name == null) {
				name = text(resource, "resource");
			}
			if (name != null) {
				resources.add(name);
			}
		}
		return new TenantStatus(text(account, "tenant_id"), (lifecycle != null) ? lifecycle : text(account, "lifecycle"),
				text(account, "status"), instant(text(account, "expires_at")), List.copyOf(resources), body);
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.stringValue() : null;
	}

	private static @Nullable Instant instant(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
