/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Checks an offering name and its provisioning configuration before anything is sent,
 * with the constraints Cohesivity's own tooling enforces (cohesivity-api.md §3.1).
 * Unknown offerings are let through with any configuration: the catalogue changes faster
 * than this client.
 */
final class OfferingConfigValidator {

	/** D1 regions. */
	static final Set<String> D1_REGIONS = Set.of("wnam", "enam", "weur", "eeur", "apac", "oc");

	/** Aliases accepted for D1 regions, with the region each stands for. */
	static final Map<String, String> D1_REGION_ALIASES = Map.of("us-west", "wnam", "us", "enam", "eu", "weur",
			"eu-east", "eeur", "apac", "apac", "australia", "oc");

	private static final Set<String> POSTGRES_REGIONS = Set.of("apac", "aws-us-east-1", "aws-us-east-2",
			"aws-us-west-2", "aws-eu-central-1", "aws-eu-west-2", "aws-ap-southeast-1", "aws-ap-southeast-2",
			"aws-sa-east-1");

	private static final Set<Integer> VECTOR_DIMENSIONS = Set.of(384, 768, 1024, 1536, 3072);

	private static final Set<String> VECTOR_METRICS = Set.of("cosine", "euclidean", "dotproduct");

	private static final Set<String> NO_CONFIG = Set.of("redis", "object-storage", "cloudflare-workers",
			"railway-hosting", "openai-api", "ai-gateway", "deepgram-api", "exa-api", "steel-browser",
			"openweather-api", "google-geocoding-api");

	private OfferingConfigValidator() {
	}

	/**
	 * Validate an offering name and its configuration.
	 * @param offering the offering
	 * @param config the configuration, or {@code null} for none
	 * @throws IllegalArgumentException with a message naming the offending field and what
	 * is allowed
	 */
	static void validate(String offering, @Nullable Map<String, Object> config) {
		if (!offering.matches("[a-z0-9][a-z0-9-]{0,63}")) {
			throw new IllegalArgumentException(
					"'" + offering + "' is not an offering name (lowercase letters, " + "digits and '-')");
		}
		Map<String, Object> fields = (config != null) ? config : Map.of();
		switch (offering) {
			case "database", "realtime" -> {
				allowOnly(offering, fields, "write_region");
				validateWriteRegion(offering, fields.get("write_region"));
			}
			case "postgres" -> {
				allowOnly(offering, fields, "region");
				Object region = fields.get("region");
				if (region != null && !POSTGRES_REGIONS.contains(region)) {
					throw new IllegalArgumentException(
							"postgres region '" + region + "' is not one of " + POSTGRES_REGIONS);
				}
			}
			case "vector-database" -> {
				allowOnly(offering, fields, "dimensions", "metric");
				if (!(fields.get("dimensions") instanceof Number number) || number.doubleValue() != number.intValue()
						|| !VECTOR_DIMENSIONS.contains(number.intValue())) {
					throw new IllegalArgumentException(
							"vector-database needs 'dimensions', one of " + VECTOR_DIMENSIONS);
				}
				Object metric = fields.get("metric");
				if (metric != null && !VECTOR_METRICS.contains(metric)) {
					throw new IllegalArgumentException(
							"vector-database metric '" + metric + "' is not one of " + VECTOR_METRICS);
				}
			}
			case "social-login" -> {
				allowOnly(offering, fields, "callback_urls");
				validateCallbackUrls(fields.get("callback_urls"));
			}
			case "inbox" -> {
				allowOnly(offering, fields, "webhook_url");
				Object webhook = fields.get("webhook_url");
				if (webhook != null && !(webhook instanceof String url && url.startsWith("https://"))) {
					throw new IllegalArgumentException("inbox webhook_url must be an https URL");
				}
			}
			default -> {
				if (NO_CONFIG.contains(offering) && !fields.isEmpty()) {
					throw new IllegalArgumentException(
							offering + " takes no configuration, but got " + fields.keySet());
				}
			}
		}
	}

	/**
	 * Return the D1 region a {@code write_region} value stands for.
	 * @param writeRegion a region or alias
	 * @return the region, or {@code null} if the value is neither
	 */
	static @Nullable String d1Region(String writeRegion) {
		return D1_REGIONS.contains(writeRegion) ? writeRegion : D1_REGION_ALIASES.get(writeRegion);
	}

	/**
	 * D1 regions for both offerings; the aliases only for {@code database}.
	 */
	private static void validateWriteRegion(String offering, @Nullable Object region) {
		if (region == null) {
			return;
		}
		boolean aliases = offering.equals("database");
		boolean known = region instanceof String text
				&& (D1_REGIONS.contains(text) || (aliases && D1_REGION_ALIASES.containsKey(text)));
		if (!known) {
			throw new IllegalArgumentException(offering + " write_region '" + region + "' is not one of " + D1_REGIONS
					+ (aliases ? " or the aliases " + D1_REGION_ALIASES.keySet() : ""));
		}
	}

	private static void allowOnly(String offering, Map<String, Object> fields, String... allowed) {
		Set<String> unknown = new HashSet<>(fields.keySet());
		unknown.removeAll(List.of(allowed));
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(
					offering + " does not take " + unknown + "; allowed: " + List.of(allowed));
		}
	}

	private static void validateCallbackUrls(@Nullable Object value) {
		if (!(value instanceof List<?> urls) || urls.isEmpty() || urls.size() > 50) {
			throw new IllegalArgumentException("social-login needs 'callback_urls': 1 to 50 URLs");
		}
		if (new HashSet<>(urls).size() != urls.size()) {
			throw new IllegalArgumentException("social-login callback_urls must be unique");
		}
		for (Object url : urls) {
			if (!(url instanceof String text) || text.length() > 2048 || !isAllowedCallback(text)) {
				throw new IllegalArgumentException("social-login callback URL '" + url + "' must be https (http only "
						+ "for localhost, 127.0.0.1 or [::1]), without user info or fragment, at most 2048 characters");
			}
		}
	}

	private static boolean isAllowedCallback(String text) {
		try {
			URI uri = new URI(text);
			if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
				return false;
			}
			String host = uri.getHost();
			boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
			return "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && loopback);
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
