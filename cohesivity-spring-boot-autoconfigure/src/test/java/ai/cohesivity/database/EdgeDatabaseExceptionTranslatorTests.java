/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.IOException;
import java.sql.SQLDataException;
import java.time.Duration;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.core.CohesivityNotProvisionedException;
import ai.cohesivity.core.CohesivityPaymentRequiredException;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CohesivityTenantExpiredException;
import ai.cohesivity.core.CohesivityTenantPausedException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.core.ErrorEnvelope;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link EdgeDatabaseExceptionTranslator}: one test per row of its table. The
 * same translations are exercised end to end against the emulator in
 * {@code AbstractEdgeDatabaseIntegrationTests}.
 */
class EdgeDatabaseExceptionTranslatorTests {

	private static final String SQL = "INSERT INTO notes (title) VALUES (?)";

	private final EdgeDatabaseExceptionTranslator translator = new EdgeDatabaseExceptionTranslator();

	@Test
	void uniqueConstraintIsDuplicateKey() {
		CohesivityApiException cause = sqlError("UNIQUE constraint failed: notes.title");
		DataAccessException translated = translate(cause);
		assertThat(translated).isInstanceOf(DuplicateKeyException.class)
			.hasMessage("Edge database update; SQL [" + SQL + "]; UNIQUE constraint failed: notes.title")
			.hasCause(cause);
	}

	@Test
	void primaryKeyIsDuplicateKey() {
		assertThat(translate(sqlError("UNIQUE constraint failed: notes.id"))).isInstanceOf(DuplicateKeyException.class);
		assertThat(translate(sqlError("PRIMARY KEY must be unique"))).isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void syntaxErrorIsBadGrammarWithTheCohesivityExceptionInTheChain() {
		CohesivityApiException cause = sqlError("near \"SELEC\": syntax error");
		DataAccessException translated = translate(cause);
		assertThat(translated).isInstanceOf(BadSqlGrammarException.class);
		assertThat(((BadSqlGrammarException) translated).getSql()).isEqualTo(SQL);
		assertThat(translated.getCause()).hasMessage("near \"SELEC\": syntax error").hasCause(cause);
	}

	@Test
	void noSuchTableAndColumnAreBadGrammar() {
		assertThat(translate(sqlError("no such table: nope"))).isInstanceOf(BadSqlGrammarException.class);
		assertThat(translate(sqlError("no such column: nope"))).isInstanceOf(BadSqlGrammarException.class);
		assertThat(translate(sqlError("table notes has no column named nope")))
			.isInstanceOf(BadSqlGrammarException.class);
	}

	@Test
	void notNullCheckAndForeignKeyAreIntegrityViolations() {
		for (String message : new String[] { "NOT NULL constraint failed: notes.title",
				"CHECK constraint failed: length(title) > 0", "FOREIGN KEY constraint failed" }) {
			CohesivityApiException cause = sqlError(message);
			assertThat(translate(cause)).isExactlyInstanceOf(DataIntegrityViolationException.class)
				.hasMessageEndingWith(message)
				.hasCause(cause);
		}
	}

	@Test
	void otherSqlErrorIsUncategorized() {
		assertThat(translate(sqlError("too many terms in compound SELECT")))
			.isInstanceOf(UncategorizedSQLException.class);
	}

	@Test
	void unauthorizedIsPermissionDenied() {
		CohesivityApiException cause = new CohesivityUnauthorizedException(edge(401, "Invalid application key"));
		assertThat(translate(cause)).isInstanceOf(PermissionDeniedDataAccessException.class).hasCause(cause);
	}

	@Test
	void pausedExpiredNotProvisionedAndPaymentAreResourceFailures() {
		CohesivityApiException[] causes = { new CohesivityTenantPausedException(edge(403, "Tenant paused")),
				new CohesivityTenantExpiredException(edge(410, "Tenant expired")),
				new CohesivityNotProvisionedException(edge(403, "Service not provisioned")),
				new CohesivityPaymentRequiredException(edge(402, "insufficient credits")) };
		for (CohesivityApiException cause : causes) {
			assertThat(translate(cause)).isExactlyInstanceOf(DataAccessResourceFailureException.class)
				.hasCause(cause)
				.hasMessageContaining(cause.getMessage());
		}
	}

	@Test
	void notProvisionedNamesTheStarterPropertyAndTheHttpCall() {
		CohesivityApiException cause = new CohesivityNotProvisionedException(edge(403, "Service not provisioned"));
		assertThat(translate(cause)).hasMessageContaining("Service not provisioned")
			.hasMessageContaining("cohesivity.database.provision-on-startup=true")
			.hasMessageContaining("POST /api/resources/database");
	}

	@Test
	void perMinuteRateLimitIsTransientButPlanLimitIsNot() {
		CohesivityRateLimitedException perMinute = new CohesivityRateLimitedException(
				new ErrorEnvelope(429, "429", "Rate limit exceeded for database", "active", "utc_minute", null, null,
						null, null, Duration.ofSeconds(5)));
		CohesivityRateLimitedException allTime = new CohesivityRateLimitedException(new ErrorEnvelope(429, "429",
				"Plan limit exceeded for database", "plan_limit_exceeded", "all_time", null, null, null, null, null));
		CohesivityRateLimitedException retryAfterOnly = new CohesivityRateLimitedException(new ErrorEnvelope(429, null,
				"Rate limit exceeded for database", null, null, null, null, null, null, Duration.ofSeconds(5)));
		assertThat(translate(perMinute)).isInstanceOf(TransientDataAccessResourceException.class).hasCause(perMinute);
		assertThat(translate(retryAfterOnly)).isInstanceOf(TransientDataAccessResourceException.class)
			.hasCause(retryAfterOnly);
		assertThat(translate(allTime)).isExactlyInstanceOf(DataAccessResourceFailureException.class).hasCause(allTime);
	}

	@Test
	void serviceUnavailableIsTransient() {
		assertThat(translate(new CohesivityApiException(ErrorEnvelope.of(503, "Service unavailable"))))
			.isInstanceOf(TransientDataAccessResourceException.class);
	}

	@Test
	void networkFailureAndMalformedAnswerAreResourceFailures() {
		CohesivityNetworkException network = new CohesivityNetworkException("Connection reset", new IOException(),
				true);
		assertThat(translate(network)).isExactlyInstanceOf(DataAccessResourceFailureException.class).hasCause(network);
		CohesivityException malformed = new CohesivityException("Malformed answer");
		assertThat(translate(malformed)).isExactlyInstanceOf(DataAccessResourceFailureException.class);
	}

	@Test
	void mappingFailureIsTranslatedLikeJdbcTemplateDoes() {
		assertThat(this.translator.translate("mapping", SQL, new SQLDataException("bad value")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private DataAccessException translate(Throwable cause) {
		return this.translator.translate("Edge database update", SQL, cause);
	}

	private static CohesivityApiException sqlError(String message) {
		return new CohesivityApiException(
				new ErrorEnvelope(400, null, message, null, null, null, null, null, null, null));
	}

	private static ErrorEnvelope edge(int status, String message) {
		return new ErrorEnvelope(status, String.valueOf(status), message, null, null, null, null, null, null, null);
	}

}
