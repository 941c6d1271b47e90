/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TenantExpiryWarning}.
 */
class TenantExpiryWarningTests {

	private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

	@Test
	void warnsForAnEphemeralTenantExpiringWithin24Hours() {
		assertThat(TenantExpiryWarning.message("brave-otter-runs", "ephemeral", this.now.plus(Duration.ofMinutes(330)),
				this.now))
			.contains("tenant brave-otter-runs is ephemeral and expires at 2026-11-25T15:30:00Z (in 5 h 30 min)")
			.contains("claim it");
	}

	@Test
	void silentWhenFarFromExpiryClaimedOrUnknown() {
		assertThat(TenantExpiryWarning.message("t", "ephemeral", this.now.plus(Duration.ofHours(25)), this.now))
			.isNull();
		assertThat(TenantExpiryWarning.message("t", "claimed", this.now.plus(Duration.ofHours(1)), this.now)).isNull();
		assertThat(TenantExpiryWarning.message("t", "ephemeral", null, this.now)).isNull();
	}

	@Test
	void saysWhenAlreadyExpired() {
		assertThat(TenantExpiryWarning.message("t", "ephemeral", this.now.minusSeconds(1), this.now))
			.contains("expired at")
			.contains("cannot be recovered");
	}

}
