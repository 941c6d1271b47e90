/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityNotProvisionedException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The cause chains of the edge database's exceptions, exactly as the table in
 * {@code docs/database.md} describes them, against the emulator.
 */
class ExceptionCauseChainTests {

	private static CohesivityEmulator emulator;

	private static EmulatorTenant tenant;

	private static EdgeDatabaseTestClients clients;

	private static EdgeDatabaseOperations operations;

	@BeforeAll
	static void start() {
		emulator = CohesivityEmulator.builder().start();
		tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
		clients = EdgeDatabaseTestClients.of(emulator, tenant);
		operations = clients.template();
		operations.execute("CREATE TABLE people (id INTEGER PRIMARY KEY, email TEXT UNIQUE NOT NULL)");
		operations.update("INSERT INTO people (email) VALUES ('ada@example.com')");
	}

	@AfterAll
	static void stop() {
		clients.close();
		emulator.close();
	}

	@Test
	void duplicateKeyIsCausedByTheApiException() {
		DuplicateKeyException ex = fails(DuplicateKeyException.class,
				() -> operations.update("INSERT INTO people (email) VALUES ('ada@example.com')"));
		assertThat(ex.getCause()).isExactlyInstanceOf(CohesivityApiException.class);
		assertThat(((CohesivityApiException) ex.getCause()).status()).isEqualTo(400);
	}

	@Test
	void badGrammarIsCausedByASyntaxErrorCausedByTheApiException() {
		BadSqlGrammarException ex = fails(BadSqlGrammarException.class,
				() -> operations.queryForList("SELECT * FROM nowhere"));
		assertThat(ex.getSql()).isEqualTo("SELECT * FROM nowhere");
		assertThat(ex.getCause()).isExactlyInstanceOf(SQLSyntaxErrorException.class);
		assertThat(ex.getCause().getCause()).isExactlyInstanceOf(CohesivityApiException.class);
	}

	@Test
	void integrityViolationIsCausedByTheApiException() {
		DataIntegrityViolationException ex = fails(DataIntegrityViolationException.class,
				() -> operations.update("INSERT INTO people (email) VALUES (NULL)"));
		assertThat(ex).isNotInstanceOf(DuplicateKeyException.class);
		assertThat(ex.getCause()).isExactlyInstanceOf(CohesivityApiException.class);
	}

	@Test
	void otherSqlErrorsAreCausedByAnSqlExceptionCausedByTheApiException() {
		UncategorizedSQLException ex = fails(UncategorizedSQLException.class,
				() -> operations.queryForObject("SELECT abs(-9223372036854775808)", Long.class));
		assertThat(ex.getCause()).isExactlyInstanceOf(SQLException.class);
		assertThat(ex.getCause().getCause()).isExactlyInstanceOf(CohesivityApiException.class);
	}

	@Test
	void invalidApplicationKeyIsCausedByTheUnauthorizedException() {
		try (EdgeDatabaseTestClients wrongKey = EdgeDatabaseTestClients.of(emulator.baseUrl(), tenant.managementKey(),
				"coh_app_wrongwrongwrongwrong0")) {
			PermissionDeniedDataAccessException ex = fails(PermissionDeniedDataAccessException.class,
					() -> wrongKey.template().queryForList("SELECT 1"));
			assertThat(ex.getCause()).isInstanceOf(CohesivityUnauthorizedException.class);
		}
	}

	@Test
	void notProvisionedIsCausedByTheTypedSubclass() {
		EmulatorTenant unprovisioned = emulator.createTenant();
		try (EdgeDatabaseTestClients other = EdgeDatabaseTestClients.of(emulator, unprovisioned)) {
			DataAccessResourceFailureException ex = fails(DataAccessResourceFailureException.class,
					() -> other.template().queryForList("SELECT 1"));
			assertThat(ex.getCause()).isInstanceOf(CohesivityNotProvisionedException.class);
		}
	}

	private static <T extends DataAccessException> T fails(Class<T> type, Runnable call) {
		T ex = catchThrowableOfType(type, call::run);
		assertThat(ex).as("expected %s", type.getSimpleName()).isNotNull();
		return ex;
	}

}
