/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the matching {@link CohesivityApiException} subclass.
 */
final class ErrorResponseTranslator {

	private final ErrorEnvelopeParser parser;

	/**
	 * Create a translator using a default {@link ErrorEnvelopeParser}.
	 */
	ErrorResponseTranslator() {
		this(new ErrorEnvelopeParser());
	}

	/**
	 * Create a translator.
	 * @param parser the envelope parser
	 */
	ErrorResponseTranslator(ErrorEnvelopeParser parser) {
		this.parser = parser;
	}

	/**
	 * Translate an error response.
	 * @param status the HTTP status
	 * @param contentType the {@code Content-Type} header, if any
	 * @param body the response body, possibly empty
	 * @param retryAfter the {@code Retry-After} header, if any
	 * @return the exception to raise
	 */
	CohesivityApiException translate(int status, @Nullable String contentType, String body,
			@Nullable String retryAfter) {
		return translate(this.parser.parse(status, contentType, body, retryAfter));
	}

	/**
	 * Translate a parsed error envelope.
	 * @param envelope the envelope
	 * @return the exception to raise
	 */
	CohesivityApiException translate(ErrorEnvelope envelope) {
		return switch (envelope.status()) {
			case 401 -> new CohesivityUnauthorizedException(envelope);
			case 402 -> new CohesivityPaymentRequiredException(envelope);
			case 403 -> forbidden(envelope);
			case 410 -> new CohesivityTenantExpiredException(envelope);
			case 429 -> new CohesivityRateLimitedException(envelope);
			default -> new CohesivityApiException(envelope);
		};
	}

	private CohesivityApiException forbidden(ErrorEnvelope envelope) {
		String message = envelope.message().toLowerCase(Locale.ROOT);
		String code = (envelope.code() != null) ? envelope.code().toLowerCase(Locale.ROOT) : "";
		if ("observability_requires_claim".equals(code)) {
			return new CohesivityObservabilityRequiresClaimException(envelope);
		}
		if (code.endsWith("requires_claim") || code.equals("claim_required")
				|| message.contains("claimed accounts only") || message.contains("claimed tenants only")) {
			return new CohesivityClaimRequiredException(envelope);
		}
		if (code.contains("consent") || message.contains("consent")) {
			return new CohesivityConsentRequiredException(envelope);
		}
		if ("paused".equals(envelope.tenantState()) || message.startsWith("tenant paused")) {
			return new CohesivityTenantPausedException(envelope);
		}
		if (message.contains("not provisioned")) {
			return new CohesivityNotProvisionedException(envelope);
		}
		return new CohesivityApiException(envelope);
	}

}
