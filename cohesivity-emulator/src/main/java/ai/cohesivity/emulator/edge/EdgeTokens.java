package ai.cohesivity.emulator.edge;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.support.CredentialGenerator;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * Edge session tokens: minted by {@code POST /edge/session}, valid for the TTL in force
 * when they were minted, measured on the emulator clock, then rejected with 401.
 */
public final class EdgeTokens {

	private final Map<String, IssuedToken> tokens = new ConcurrentHashMap<>();

	private final CredentialGenerator credentials;

	private final EmulatorClock clock;

	/**
	 * Creates the token store.
	 * @param credentials makes tokens
	 * @param clock the emulator clock
	 */
	public EdgeTokens(CredentialGenerator credentials, EmulatorClock clock) {
		this.credentials = credentials;
		this.clock = clock;
	}

	IssuedToken mint(Tenant tenant, Duration ttl) {
		Instant now = this.clock.instant();
		if (this.tokens.size() > 10_000) {
			this.tokens.values().removeIf((token) -> !now.isBefore(token.expiresAt()));
		}
		IssuedToken token = new IssuedToken(this.credentials.token("cet_", 40), tenant.id(), now.plus(ttl), ttl);
		this.tokens.put(token.value(), token);
		return token;
	}

	/**
	 * The tenant id a live token belongs to, or {@code null} for an unknown or expired
	 * token.
	 */
	@Nullable String tenantIdOf(String token) {
		IssuedToken issued = this.tokens.get(token);
		if (issued == null) {
			return null;
		}
		if (!this.clock.instant().isBefore(issued.expiresAt())) {
			this.tokens.remove(token);
			return null;
		}
		return issued.tenantId();
	}

	/**
	 * Revokes every token minted so far: from now on each is rejected with 401, as the
	 * server rejects tokens it no longer knows.
	 * @return how many live tokens were revoked
	 */
	int revokeAll() {
		Instant now = this.clock.instant();
		int live = (int) this.tokens.values().stream().filter((token) -> now.isBefore(token.expiresAt())).count();
		this.tokens.clear();
		return live;
	}

	/**
	 * A minted token.
	 */
	record IssuedToken(String value, String tenantId, Instant expiresAt, Duration ttl) {

		@Override
		public String toString() {
			return "IssuedToken[tenant=" + this.tenantId + ", expiresAt=" + this.expiresAt + "]";
		}

	}

}
