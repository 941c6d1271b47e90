package ai.cohesivity.emulator.tenants;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import ai.cohesivity.emulator.http.ApiError;

/**
 * The offerings a tenant can provision and the validation of each one's configuration
 * body ({@code cohesivity-api.md} §3.1), answering the normalised configuration to store.
 */
final class OfferingCatalog {

	static final Set<String> OFFERINGS = Set.of("database", "openweather-api", "google-geocoding-api", "openai-api",
			"ai-gateway", "deepgram-api", "exa-api", "steel-browser", "browser", "inbox", "postgres", "redis",
			"object-storage", "vector-database", "railway-hosting", "cloudflare-workers", "social-login", "realtime",
			"vercel-hosting", "resend-api");

	static final String DEFAULT_WRITE_REGION = "apac";

	static final Set<String> D1_REGIONS = Set.of("wnam", "enam", "weur", "eeur", "apac", "oc");

	static final Map<String, String> D1_REGION_ALIASES = Map.of("us-west", "wnam", "us", "enam", "eu", "weur",
			"eu-east", "eeur", "apac", "apac", "australia", "oc");

	private static final Set<String> POSTGRES_REGIONS = Set.of("apac", "aws-us-east-1", "aws-us-east-2",
			"aws-us-west-2", "aws-eu-central-1", "aws-eu-west-2", "aws-ap-southeast-1", "aws-ap-southeast-2",
			"aws-sa-east-1");

	private static final Set<Integer> VECTOR_DIMENSIONS = Set.of(384, 768, 1024, 1536, 3072);

	private static final Set<String> VECTOR_METRICS = Set.of("cosine", "euclidean", "dotproduct");

	private OfferingCatalog() {
	}

	static void requireKnown(String offering) {
		if (!OFFERINGS.contains(offering)) {
			throw ApiError.control(404, "unknown_offering", "Unknown offering '" + offering + "'");
		}
	}

	/**
	 * Validates an offering's configuration body (a missing body is an empty
	 * configuration).
	 */
	static Map<String, Object> validate(String offering, JsonNode config, boolean claimed) {
		if (!config.isMissingNode() && !config.isNull() && !config.isObject()) {
			throw invalid(offering, "the configuration must be a JSON object");
		}
		Map<String, Object> normalised = new LinkedHashMap<>();
		switch (offering) {
			case "database" -> {
				allowOnly(offering, config, "write_region");
				normalised.put("write_region", d1Region(offering, config, true));
			}
			case "realtime" -> {
				allowOnly(offering, config, "write_region");
				normalised.put("write_region", d1Region(offering, config, false));
			}
			case "postgres" -> {
				allowOnly(offering, config, "region");
				String region = text(offering, config, "region", "apac");
				if (!POSTGRES_REGIONS.contains(region)) {
					throw invalid(offering, "region must be one of " + sorted(POSTGRES_REGIONS));
				}
				normalised.put("region", region);
			}
			case "vector-database" -> {
				allowOnly(offering, config, "dimensions", "metric");
				JsonNode dimensions = config.path("dimensions");
				if (!dimensions.isIntegralNumber() || !VECTOR_DIMENSIONS.contains(dimensions.asInt())) {
					throw invalid(offering,
							"dimensions is required and must be one of " + List.of(384, 768, 1024, 1536, 3072));
				}
				String metric = text(offering, config, "metric", "cosine");
				if (!VECTOR_METRICS.contains(metric)) {
					throw invalid(offering, "metric must be one of " + sorted(VECTOR_METRICS));
				}
				normalised.put("dimensions", dimensions.asInt());
				normalised.put("metric", metric);
			}
			case "social-login" -> {
				allowOnly(offering, config, "callback_urls");
				normalised.put("callback_urls", callbackUrls(offering, config.path("callback_urls")));
			}
			case "inbox" -> {
				allowOnly(offering, config, "webhook_url");
				if (config.has("webhook_url")) {
					String url = text(offering, config, "webhook_url", "");
					if (!url.startsWith("https://")) {
						throw invalid(offering, "webhook_url must be an https URL");
					}
					if (!claimed) {
						throw ApiError.control(403, "requires_claim",
								"An inbox webhook is only available after the tenant is claimed");
					}
					normalised.put("webhook_url", url);
				}
			}
			default -> allowOnly(offering, config);
		}
		return normalised;
	}

	private static String d1Region(String offering, JsonNode config, boolean aliases) {
		String region = text(offering, config, "write_region", DEFAULT_WRITE_REGION);
		if (D1_REGIONS.contains(region)) {
			return region;
		}
		if (aliases && D1_REGION_ALIASES.containsKey(region)) {
			return D1_REGION_ALIASES.get(region);
		}
		String allowed = sorted(D1_REGIONS) + (aliases ? " or an alias " + sorted(D1_REGION_ALIASES.keySet()) : "");
		throw ApiError.control(400, "invalid_write_region",
				"Invalid write_region '" + region + "' for " + offering + ": use one of " + allowed);
	}

	private static List<String> callbackUrls(String offering, JsonNode urls) {
		if (!urls.isArray() || urls.isEmpty() || urls.size() > 50) {
			throw invalid(offering, "callback_urls is required: an array of 1 to 50 URLs");
		}
		Set<String> unique = new LinkedHashSet<>();
		for (JsonNode node : urls.values()) {
			String url = node.asString("");
			if (url.length() > 2048 || !isAllowedCallback(url) || !unique.add(url)) {
				throw invalid(offering, "callback_urls must be unique https URLs (http only for localhost) of at most"
						+ " 2048 characters, without user info or fragment: " + url);
			}
		}
		return new ArrayList<>(unique);
	}

	private static boolean isAllowedCallback(String url) {
		try {
			URI uri = new URI(url);
			if (uri.getHost() == null || uri.getUserInfo() != null || uri.getFragment() != null) {
				return false;
			}
			if ("https".equals(uri.getScheme())) {
				return true;
			}
			return "http".equals(uri.getScheme()) && Set.of("localhost", "127.0.0.1", "[::1]").contains(uri.getHost());
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void allowOnly(String offering, JsonNode config, String... allowed) {
		if (!config.isObject()) {
			return;
		}
		Set<String> names = Set.of(allowed);
		for (String name : config.propertyNames()) {
			if (!names.contains(name)) {
				throw invalid(offering, "unknown configuration field '" + name + "'"
						+ (allowed.length == 0 ? " (this offering takes no configuration)" : "; allowed: " + names));
			}
		}
	}

	private static String text(String offering, JsonNode config, String field, String fallback) {
		JsonNode value = config.path(field);
		if (value.isMissingNode() || value.isNull()) {
			return fallback;
		}
		if (!value.isString()) {
			throw invalid(offering, field + " must be a string");
		}
		return value.stringValue();
	}

	private static ApiError invalid(String offering, String detail) {
		return ApiError.control(400, "invalid_config", "Invalid configuration for " + offering + ": " + detail);
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

}
