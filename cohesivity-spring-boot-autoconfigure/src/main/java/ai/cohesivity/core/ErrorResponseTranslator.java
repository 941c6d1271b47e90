/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the matching {@link CohesivityApiException} subclass, from
 * the status and what either envelope family says (state fields, code, message):
 * {@code 401} (or a {@code 403} naming an invalid key or token) is unauthorized,
 * {@code 402} payment required, {@code 429} rate limited, {@code 410} expired; another
 * {@code 4xx} is a call that needs a claim or a consent, a paused or expired tenant or a
 * resource not provisioned when its state, code or message says so.
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
		int status = envelope.status();
		if (status == 401 || (status == 403 && isInvalidCredential(envelope))) {
			return new CohesivityUnauthorizedException(envelope);
		}
		if (status == 402) {
			return new CohesivityPaymentRequiredException(envelope);
		}
		if (status == 429) {
			return new CohesivityRateLimitedException(envelope);
		}
		if (status == 410) {
			return new CohesivityTenantExpiredException(envelope);
		}
		if (status >= 400 && status < 500) {
			return byTenantOrResourceState(envelope);
		}
		return new CohesivityApiException(envelope);
	}

	/**
	 * Classify a {@code 4xx} from the status, the state fields and the code or message,
	 * so that the string family ({@code {"error":"[Cohesivity] Tenant paused: …"}}, no
	 * {@code tenant_state}) is classified like the object family.
	 */
	private CohesivityApiException byTenantOrResourceState(ErrorEnvelope envelope) {
		String code = lower(envelope.code());
		String message = lower(envelope.message());
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
		if ("paused".equals(envelope.tenantState()) || code.equals("tenant_paused")
				|| message.startsWith("tenant paused")) {
			return new CohesivityTenantPausedException(envelope);
		}
		if ("expired".equals(envelope.tenantState()) || code.equals("tenant_expired")
				|| message.startsWith("tenant expired")) {
			return new CohesivityTenantExpiredException(envelope);
		}
		if (code.contains("not_provisioned") || message.contains("not provisioned")) {
			return new CohesivityNotProvisionedException(envelope);
		}
		return new CohesivityApiException(envelope);
	}

	private static boolean isInvalidCredential(ErrorEnvelope envelope) {
		String code = lower(envelope.code());
		String message = lower(envelope.message());
		return (code.startsWith("invalid_") && (code.endsWith("_key") || code.endsWith("_token")))
				|| message.startsWith("invalid application key") || message.startsWith("invalid management key")
				|| message.startsWith("invalid token");
	}

	private static String lower(@Nullable String text) {
		return (text != null) ? text.toLowerCase(Locale.ROOT) : "";
	}

}
