/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What {@code GET /api/status} says about the tenant. Every field is optional: the schema
 * is not published and changes per runtime profile.
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
		String lifecycle = account.path("tenant_lifecycle").stringValue(null);
		List<String> resources = new ArrayList<>();
		for (JsonNode resource : body.path("resources")) {
			String name = name(resource);
			if (name != null) {
				resources.add(name);
			}
		}
		if (lifecycle == null) {
			lifecycle = account.path("lifecycle").stringValue(null);
		}
		return new TenantStatus(account.path("tenant_id").stringValue(null), lifecycle,
				account.path("status").stringValue(null), JsonFields.instant(account, "expires_at"),
				List.copyOf(resources), body);
	}

	/**
	 * Return what {@code resources[]} says about one resource: its entry (by
	 * {@code resource_name} or {@code resource}) read like a provisioning answer.
	 * @param resource the resource, for example {@code database}
	 * @return the readiness, {@link ResourceReadiness#UNCONFIRMED} for an entry without a
	 * status, or {@code null} when the resource is not listed
	 */
	public @Nullable ResourceReadiness resourceReadiness(String resource) {
		for (JsonNode entry : this.body.path("resources")) {
			if (resource.equals(name(entry))) {
				return ResourceReadiness.of(entry);
			}
		}
		return null;
	}

	private static @Nullable String name(JsonNode entry) {
		String name = entry.path("resource_name").stringValue(null);
		return (name != null) ? name : entry.path("resource").stringValue(null);
	}

}
