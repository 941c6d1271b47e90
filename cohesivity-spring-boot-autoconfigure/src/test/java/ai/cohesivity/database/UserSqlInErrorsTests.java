/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.List;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Errors show the SQL the user wrote and the operation the user called; where the
 * template sent something else (a {@code RETURNING} clause appended, a batch rewritten
 * into multi-row INSERTs), the rewrite comes after it, labelled as such.
 */
class UserSqlInErrorsTests {

	private static final String INSERT = "INSERT INTO users (email, name) VALUES (?, ?)";

	private static CohesivityEmulator emulator;

	private static EdgeDatabaseTestClients clients;

	private static EdgeDatabaseOperations operations;

	@BeforeAll
	static void start() {
		emulator = CohesivityEmulator.builder().start();
		EmulatorTenant tenant = emulator.createTenant();
		emulator.provision(tenant.tenantId(), "database");
		clients = EdgeDatabaseTestClients.of(emulator, tenant);
		operations = clients.template();
		operations.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE, name TEXT)");
		operations.update(INSERT, "ada@example.com", "Ada");
	}

	@AfterAll
	static void stop() {
		clients.close();
		emulator.close();
	}

	@Test
	void keyHolderInsertShowsTheUsersSqlAndOperationThenTheRewrite() {
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> operations.update(INSERT, new GeneratedKeyHolder(), "ada@example.com", "Ada"))
			.withMessageStartingWith("Edge database update; SQL [" + INSERT + "]; sent as [" + INSERT
					+ " RETURNING rowid]; UNIQUE constraint failed");
	}

	@Test
	void countedUpdateShowsTheUsersSqlThenTheRewrite() {
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> operations.update(INSERT, "ada@example.com", "Ada"))
			.withMessageStartingWith("Edge database update; SQL [" + INSERT + "]; sent as [" + INSERT
					+ " RETURNING 1]; UNIQUE constraint failed");
	}

	@Test
	void rewrittenBatchShowsTheUsersSql() {
		List<Object[]> rows = List.of(new Object[] { "bob@example.com", "Bob" },
				new Object[] { "ada@example.com", "Ada" });
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> operations.batchUpdate(INSERT, rows))
			.withMessageStartingWith("Edge database batch update failed at batch rows 0..1")
			.withMessageContaining("SQL [" + INSERT + "]; sent as multi-row INSERTs of up to 2 rows;")
			.withMessageNotContaining("(?, ?), (?, ?)");
	}

}
