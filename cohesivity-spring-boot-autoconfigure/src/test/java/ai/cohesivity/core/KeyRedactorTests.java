/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link KeyRedactor}.
 */
class KeyRedactorTests {

	@Test
	void masksKeysAndKeyParametersButKeepsTheRest() {
		assertThat(KeyRedactor.redact("{uri=http://h/edge/session?key=coh_app_abcdefghij0123456789, method=POST}"))
			.isEqualTo("{uri=http://h/edge/session?key=******, method=POST}");
		assertThat(KeyRedactor.redact("Bearer coh_man_0123456789abcdefghij was rejected"))
			.isEqualTo("Bearer coh_man_****** was rejected");
		assertThat(KeyRedactor.redact("/edge/exa-api/search?a=1&key=secret-thing&b=2"))
			.isEqualTo("/edge/exa-api/search?a=1&key=******&b=2");
		assertThat(KeyRedactor.redact("monkey=banana")).isEqualTo("monkey=banana");
	}

	@Test
	void masksBearerTokensAsRequestDetailsLogThem() {
		assertThat(KeyRedactor.redact("headers=[User-Agent:\"cohesivity-spring-boot/1\", "
				+ "Authorization:\"Bearer cet_0123456789abcdefghijABCDEFGHIJ-_.~+/=\", Accept:\"application/json\"]"))
			.isEqualTo("headers=[User-Agent:\"cohesivity-spring-boot/1\", Authorization:\"Bearer ******\", "
					+ "Accept:\"application/json\"]");
		assertThat(KeyRedactor.redact("authorization: bearer cwt_waittoken0123456789"))
			.isEqualTo("authorization: bearer ******");
		assertThat(KeyRedactor.redact("Bearer ******")).isEqualTo("Bearer ******");
		assertThat(KeyRedactor.containsSecretValue("Authorization:\"Bearer cet_0123456789abcdef\"")).isTrue();
		assertThat(KeyRedactor.containsSecretValue("Authorization:\"Bearer ******\"")).isFalse();
		assertThat(KeyRedactor.containsSecretValue("Bearer coh_man_******")).isFalse();
		assertThat(KeyRedactor.containsSecretValue("the bearer of good news")).isFalse();
		assertThat(KeyRedactor.containsSecretValue("coh_app_abcdefghij0123456789")).isTrue();
	}

	@Test
	void distinguishesKeyValuesFromMaskedKeys() {
		assertThat(KeyRedactor.containsKeyValue("coh_app_abcdefghij0123456789")).isTrue();
		assertThat(KeyRedactor.containsKeyValue("coh_app_******")).isFalse();
		assertThat(KeyRedactor.containsKeyValue("no keys here")).isFalse();
	}

	@Test
	void masksForDisplay() {
		assertThat(KeyRedactor.mask("coh_man_0123456789abcdefghij")).isEqualTo("coh_man_******");
		assertThat(KeyRedactor.mask("something")).isEqualTo("******");
		assertThat(KeyRedactor.mask(null)).isEqualTo("null");
	}

}
