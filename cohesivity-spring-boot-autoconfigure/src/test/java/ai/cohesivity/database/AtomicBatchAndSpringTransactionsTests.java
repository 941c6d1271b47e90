/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.cohesivity.autoconfigure.TenantEmulator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @Transactional} cannot make edge database calls atomic, and the template says
 * so; the atomic batch is the one all-or-nothing unit, run against the emulator over
 * HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
class AtomicBatchAndSpringTransactionsTests {

	private static final String WARNING = "EdgeDatabaseTemplate was called inside the Spring-managed transaction";

	@RegisterExtension
	static final TenantEmulator fixture = TenantEmulator.ephemeralWithDatabase();

	private ConfigurableApplicationContext start(String... extraArgs) {
		List<String> args = new ArrayList<>(List.of("--cohesivity.base-url=" + fixture.baseUrl(),
				"--cohesivity.application-key=" + fixture.tenant().applicationKey(),
				"--cohesivity.management-key=" + fixture.tenant().managementKey(),
				"--cohesivity.credentials-file=target/no-credentials-here/.cohesivity"));
		args.addAll(List.of(extraArgs));
		return new SpringApplicationBuilder(NotesApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new));
	}

	@BeforeEach
	void createTables() {
		try (EdgeDatabaseTestClients clients = EdgeDatabaseTestClients.of(fixture.baseUrl(),
				fixture.tenant().managementKey(), fixture.tenant().applicationKey())) {
			EdgeDatabaseOperations operations = clients.template();
			operations.execute("DROP TABLE IF EXISTS notes; DROP TABLE IF EXISTS stock; "
					+ "CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT UNIQUE NOT NULL); "
					+ "CREATE TABLE stock (item TEXT PRIMARY KEY, count INTEGER NOT NULL)");
			operations.update("INSERT INTO stock (item, count) VALUES ('pen', 3)");
		}
	}

	@Test
	void writesInsideATransactionWarnOncePerApplicationAndStayAfterRollback(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start()) {
			NoteService service = context.getBean(NoteService.class);
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> service.createThenFail("one"));
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> service.createThenFail("two"));
			assertThat(service.count()).isEqualTo(2);
		}
		assertThat(output.toString().split(WARNING, -1)).hasSize(2);
		assertThat(output).contains("transaction '" + NoteService.class.getName() + ".createThenFail'")
			.contains("EdgeDatabaseOperations#atomicBatch()")
			.contains("cohesivity.database.in-transaction=fail");
	}

	@Test
	void readsInsideATransactionSayNothing(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(NoteService.class).count()).isZero();
		}
		assertThat(output).doesNotContain(WARNING);
	}

	@Test
	void failPolicyRefusesBeforeSending() {
		try (ConfigurableApplicationContext context = start("--cohesivity.database.in-transaction=fail")) {
			NoteService service = context.getBean(NoteService.class);
			long sent = fixture.emulator().requestCount("POST", "/edge/database");
			assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
				.isThrownBy(() -> service.createThenFail("refused"))
				.withMessageContaining("cannot join");
			assertThat(fixture.emulator().requestCount("POST", "/edge/database")).isEqualTo(sent);
			assertThat(service.count()).isZero();
		}
	}

	@Test
	void ignorePolicySaysNothing(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start("--cohesivity.database.in-transaction=ignore")) {
			NoteService service = context.getBean(NoteService.class);
			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> service.createThenFail("quiet"));
		}
		assertThat(output).doesNotContain(WARNING);
	}

	@Test
	void atomicBatchAppliesDifferentStatementsTogetherAndCountsTheLast() {
		try (ConfigurableApplicationContext context = start()) {
			EdgeDatabaseOperations operations = context.getBean(EdgeDatabaseOperations.class);
			int[] counts = operations.atomicBatch()
				.add("INSERT INTO notes (title) VALUES (?)", "buy pens")
				.add("INSERT INTO notes (id, title) VALUES (?2, ?1)", "write", 40)
				.add("UPDATE stock SET count = count - :taken WHERE item = :item", Map.of("taken", 1, "item", "pen"))
				.execute();
			assertThat(counts).containsExactly(-2, -2, 1);
			assertThat(operations.queryForList("SELECT title FROM notes ORDER BY id", String.class))
				.containsExactly("buy pens", "write");
			assertThat(operations.queryForObject("SELECT id FROM notes WHERE title = 'write'", Integer.class))
				.isEqualTo(40);
			assertThat(operations.queryForObject("SELECT count FROM stock", Integer.class)).isEqualTo(2);
		}
	}

	@Test
	void atomicBatchIsAllOrNothing() {
		try (ConfigurableApplicationContext context = start()) {
			EdgeDatabaseOperations operations = context.getBean(EdgeDatabaseOperations.class);
			operations.update("INSERT INTO notes (title) VALUES (?)", "taken");
			assertThatExceptionOfType(DuplicateKeyException.class)
				.isThrownBy(() -> operations.atomicBatch()
					.add("UPDATE stock SET count = count - 1 WHERE item = ?", "pen")
					.add("INSERT INTO notes (title) VALUES (?)", "taken")
					.execute())
				.withMessageStartingWith("Edge database atomic batch; SQL [UPDATE stock SET count = count - 1 "
						+ "WHERE item = ?; INSERT INTO notes (title) VALUES (?)]; sent as [")
				.withMessageContaining("UNIQUE constraint failed");
			assertThat(operations.queryForObject("SELECT count FROM stock", Integer.class)).isEqualTo(3);
		}
	}

	@Test
	void atomicBatchOverOneHundredParametersIsRefusedBeforeSending() {
		try (ConfigurableApplicationContext context = start()) {
			EdgeDatabaseOperations operations = context.getBean(EdgeDatabaseOperations.class);
			EdgeDatabaseOperations.AtomicBatchSpec batch = operations.atomicBatch();
			for (int i = 0; i < 101; i++) {
				batch = batch.add("INSERT INTO notes (title) VALUES (?)", "note " + i);
			}
			long sent = fixture.emulator().requestCount("POST", "/edge/database");
			assertThatExceptionOfType(InvalidDataAccessApiUsageException.class).isThrownBy(batch::execute)
				.withMessageContaining("at most 100 parameters per request; this batch binds 101");
			assertThat(fixture.emulator().requestCount("POST", "/edge/database")).isEqualTo(sent);
		}
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@EnableTransactionManagement
	@Import(NoteService.class)
	static class NotesApplication {

		@Bean
		PlatformTransactionManager transactionManager() {
			return new LocalTransactionManager();
		}

	}

	@Service
	static class NoteService {

		private final EdgeDatabaseOperations operations;

		NoteService(EdgeDatabaseOperations operations) {
			this.operations = operations;
		}

		@Transactional
		public void createThenFail(String title) {
			this.operations.update("INSERT INTO notes (title) VALUES (?)", title);
			throw new IllegalStateException("something went wrong after the insert");
		}

		@Transactional(readOnly = true)
		public long count() {
			Long count = this.operations.queryForObject("SELECT count(*) FROM notes", Long.class);
			return (count != null) ? count : -1;
		}

	}

	/**
	 * A transaction manager for some other, local resource, as an application that also
	 * has a relational database would have.
	 */
	static class LocalTransactionManager extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

}
