/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link BaseUrls}.
 */
class BaseUrlsTests {

	@Test
	void acceptsHttpsAndLoopbackHttp() {
		assertThat(BaseUrls.validate("https://cohesivity.ai/")).isEqualTo("https://cohesivity.ai");
		assertThat(BaseUrls.validate("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
		assertThat(BaseUrls.validate("http://localhost:8080")).isEqualTo("http://localhost:8080");
		assertThat(BaseUrls.validate("http://[::1]:8080")).isEqualTo("http://[::1]:8080");
		assertThat(BaseUrls.validate("https://proxy.example.com/cohesivity"))
			.isEqualTo("https://proxy.example.com/cohesivity");
	}

	@Test
	void refusesAPathTheClientAddsItself() {
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> BaseUrls.validate("http://127.0.0.1:8787/api"))
			.withMessageContaining("its path /api is one the client adds itself")
			.withMessageContaining("use http://127.0.0.1:8787");
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> BaseUrls.validate("https://cohesivity.ai/edge/database"));
		assertThat(BaseUrls.validate("https://proxy.example.com/apiary")).isEqualTo("https://proxy.example.com/apiary");
	}

	@Test
	void recognizesLoopbackWithoutDnsLookups() {
		assertThat(BaseUrls.isLoopback("http://127.0.0.1:8080")).isTrue();
		assertThat(BaseUrls.isLoopback("http://localhost:1")).isTrue();
		assertThat(BaseUrls.isLoopback("http://[::1]:1")).isTrue();
		assertThat(BaseUrls.isLoopback("https://cohesivity.ai")).isFalse();
		assertThat(BaseUrls.isLoopback("https://127.0.0.1.example.com")).isFalse();
		assertThat(BaseUrls.isLoopback("not a url")).isFalse();
	}

	@Test
	void refusesPlainHttpToOtherHosts() {
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> BaseUrls.validate("http://cohesivity.ai"))
			.withMessageContaining("plain http is only allowed to a loopback address");
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> BaseUrls.validate("http://127.0.0.1.example.com"));
	}

	@Test
	void refusesWhatIsNotAPlainOrigin() {
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> BaseUrls.validate("ftp://cohesivity.ai"));
		assertThatExceptionOfType(InsecureBaseUrlException.class).isThrownBy(() -> BaseUrls.validate("cohesivity.ai"));
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> BaseUrls.validate("https://user:secret@cohesivity.ai"))
			.withMessageContaining("user info");
		assertThatExceptionOfType(InsecureBaseUrlException.class)
			.isThrownBy(() -> BaseUrls.validate("https://cohesivity.ai/?key=coh_app_abcdefghij0123456789"))
			.withMessageNotContaining("coh_app_abcdefghij0123456789");
	}

}
