package ai.cohesivity.emulator.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteException;
import org.sqlite.core.DB;
import reactor.core.publisher.Mono;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One tenant's SQLite database: a single connection, owned by a {@link SerialExecutor} so
 * that requests run one at a time and never on the caller's (event-loop) thread, with a
 * cache of prepared statements. In memory, or in a file that survives a restart.
 */
final class TenantDatabase implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(TenantDatabase.class);

	private static final int STATEMENT_CACHE_SIZE = 128;

	private final String tenantId;

	private final @Nullable Path file;

	private final Connection connection;

	private final DB db;

	private final SerialExecutor executor;

	private final JsonMapper mapper;

	private final SpillDirectory spill;

	/** When the running request started (System.nanoTime), or 0 when idle. */
	private volatile long runningSince;

	private volatile boolean interrupted;

	private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(32, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
			if (size() > STATEMENT_CACHE_SIZE) {
				closeQuietly(eldest.getValue());
				return true;
			}
			return false;
		}

	};

	private TenantDatabase(String tenantId, @Nullable Path file, Connection connection, SerialExecutor executor,
			JsonMapper mapper, SpillDirectory spill) {
		this.tenantId = tenantId;
		this.file = file;
		this.connection = connection;
		this.db = ((SQLiteConnection) connection).getDatabase();
		this.executor = executor;
		this.mapper = mapper;
		this.spill = spill;
	}

	/**
	 * Opens the database: in memory when {@code file} is {@code null}, else that file
	 * (created if missing).
	 */
	static TenantDatabase open(String tenantId, @Nullable Path file, Executor pool, JsonMapper mapper,
			SpillDirectory spill) {
		String url = (file != null) ? "jdbc:sqlite:" + file.toAbsolutePath() : "jdbc:sqlite::memory:";
		try {
			Connection connection = DriverManager.getConnection(url);
			try (Statement statement = connection.createStatement()) {
				statement.execute("PRAGMA foreign_keys = ON");
				if (file != null) {
					statement.execute("PRAGMA journal_mode = WAL");
					statement.execute("PRAGMA synchronous = NORMAL");
				}
			}
			return new TenantDatabase(tenantId, file, connection, new SerialExecutor(pool), mapper, spill);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not open the database of tenant " + tenantId, ex);
		}
	}

	String tenantId() {
		return this.tenantId;
	}

	/**
	 * Runs the statements of one request on the database's own thread and answers the
	 * JSON body through {@code completion} (the request's event loop). A multi-statement
	 * script runs in one transaction: it applies completely or not at all.
	 */
	Mono<QueryOutcome> execute(List<SqlStatement> sql, JsonNode params, DatabaseSettings settings,
			Executor completion) {
		return Mono.create((sink) -> this.executor.execute(() -> {
			try {
				QueryOutcome outcome = run(sql, params, settings);
				completion.execute(() -> sink.success(outcome));
			}
			catch (Throwable ex) {
				completion.execute(() -> sink.error(ex));
			}
		}));
	}

	private QueryOutcome run(List<SqlStatement> sql, JsonNode params, DatabaseSettings settings) throws SQLException {
		long started = System.nanoTime();
		this.interrupted = false;
		this.runningSince = started;
		try {
			return runTimed(sql, params, settings, started);
		}
		finally {
			this.runningSince = 0;
		}
	}

	/**
	 * Interrupts the running request if it has run longer than {@code limit} (D1 stops
	 * queries after 30 s); called by the {@link QueryWatchdog}. The request then fails
	 * with a SQL error and a script rolls back.
	 */
	void interruptIfRunningLongerThan(Duration limit) {
		long since = this.runningSince;
		if (since != 0 && System.nanoTime() - since > limit.toNanos()) {
			this.interrupted = true;
			try {
				this.db.interrupt();
			}
			catch (SQLException ex) {
				logger.warn("Could not interrupt a long query in the database of tenant {}", this.tenantId, ex);
			}
		}
	}

	private QueryOutcome runTimed(List<SqlStatement> sql, JsonNode params, DatabaseSettings settings, long started)
			throws SQLException {
		long changesBefore = this.db.total_changes();
		boolean script = sql.size() > 1;
		QueryParameters parameters = new QueryParameters(params);
		AnswerBuffer out = new AnswerBuffer(this.spill);
		long rowsRead = 0;
		long rowCount = 0;
		if (script) {
			this.connection.setAutoCommit(false);
		}
		try (JsonGenerator json = this.mapper.createGenerator(out)) {
			json.writeStartObject();
			json.writeArrayPropertyStart("rows");
			for (int i = 0; i < sql.size(); i++) {
				boolean last = (i == sql.size() - 1);
				String text = sql.get(i).text();
				PreparedStatement statement = prepare(text);
				try {
					parameters.bind(statement, sql.get(i));
					if (last) {
						parameters.requireAllUsed();
					}
					if (statement.execute()) {
						try (ResultSet resultSet = statement.getResultSet()) {
							long rows = last ? ResultSetJson.writeRows(resultSet, json)
									: ResultSetJson.skipRows(resultSet);
							rowsRead += rows;
							if (last) {
								rowCount = rows;
							}
						}
					}
					statement.clearParameters();
				}
				catch (SQLException ex) {
					// A failed statement may still be active (not reset): drop it, so
					// that the
					// rollback and later requests do not inherit its state.
					evict(text, statement);
					throw ex;
				}
				catch (RuntimeException ex) {
					statement.clearParameters();
					throw ex;
				}
			}
			if (script) {
				this.connection.commit();
			}
			json.writeEndArray();
			json.writeNumberProperty("rowCount", rowCount);
			long changes = this.db.total_changes() - changesBefore;
			if (settings.nextAnswerCarriesMeta()) {
				writeMeta(json, changes, rowsRead, started);
			}
			json.writeEndObject();
			json.flush();
			return new QueryOutcome(out, rowsRead, changes);
		}
		catch (SQLException | RuntimeException ex) {
			out.discard();
			if (this.interrupted) {
				// sqlite3_interrupt stays in force while any statement is active: reset
				// them all.
				closeStatements();
			}
			if (script) {
				rollbackQuietly();
			}
			if (ex instanceof SQLException sqlException) {
				throw new SqlRejectedException(this.interrupted
						? "interrupted: the query ran longer than D1's time limit and was stopped (nothing was written)"
						: messageOf(sqlException));
			}
			throw ex;
		}
		finally {
			if (script) {
				restoreAutoCommit();
			}
		}
	}

	private void closeStatements() {
		this.statements.values().forEach(TenantDatabase::closeQuietly);
		this.statements.clear();
	}

	private void evict(String sql, PreparedStatement statement) {
		this.statements.remove(sql);
		closeQuietly(statement);
	}

	private void restoreAutoCommit() {
		try {
			this.connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			logger.warn("Could not restore auto-commit in the database of tenant {}", this.tenantId, ex);
		}
	}

	private void writeMeta(JsonGenerator json, long changes, long rowsRead, long started) throws SQLException {
		json.writeObjectPropertyStart("meta");
		json.writeNumberProperty("changes", changes);
		json.writeNumberProperty("last_row_id", singleLong("SELECT last_insert_rowid()"));
		json.writeNumberProperty("rows_read", rowsRead);
		json.writeNumberProperty("rows_written", changes);
		json.writeNumberProperty("duration", (System.nanoTime() - started) / 1_000_000.0);
		json.writeBooleanProperty("changed_db", changes > 0);
		json.writeNumberProperty("size_after",
				singleLong("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"));
		json.writeEndObject();
	}

	private long singleLong(String query) throws SQLException {
		PreparedStatement statement = prepare(query);
		try (ResultSet resultSet = statement.executeQuery()) {
			return resultSet.next() ? resultSet.getLong(1) : 0;
		}
	}

	private PreparedStatement prepare(String sql) throws SQLException {
		PreparedStatement statement = this.statements.get(sql);
		if (statement == null) {
			statement = this.connection.prepareStatement(sql);
			this.statements.put(sql, statement);
		}
		return statement;
	}

	private void rollbackQuietly() {
		try {
			this.connection.rollback();
		}
		catch (SQLException ex) {
			logger.warn("Rollback failed in the database of tenant {}", this.tenantId, ex);
		}
	}

	/**
	 * The SQLite message alone, e.g. {@code UNIQUE constraint failed: users.email},
	 * without the driver's {@code [SQLITE_...]} decoration.
	 */
	static String messageOf(SQLException ex) {
		String message = String.valueOf(ex.getMessage());
		if (ex instanceof SQLiteException sqliteException) {
			String prefix = "[" + sqliteException.getResultCode().name() + "] "
					+ sqliteException.getResultCode().message + " (";
			if (message.startsWith(prefix) && message.endsWith(")")) {
				return message.substring(prefix.length(), message.length() - 1);
			}
		}
		return message;
	}

	/**
	 * Closes the connection on the database's own thread, after the requests already
	 * queued.
	 */
	@Override
	public void close() {
		CompletableFuture<Void> closed = new CompletableFuture<>();
		this.executor.execute(() -> {
			closeStatements();
			try {
				this.connection.close();
			}
			catch (SQLException ex) {
				logger.warn("Could not close the database of tenant {}", this.tenantId, ex);
			}
			closed.complete(null);
		});
		closed.join();
	}

	/**
	 * Closes the database and deletes its file, if it has one.
	 */
	void drop() {
		close();
		if (this.file != null) {
			for (String suffix : new String[] { "", "-wal", "-shm" }) {
				try {
					Files.deleteIfExists(Path.of(this.file + suffix));
				}
				catch (IOException ex) {
					logger.warn("Could not delete a database file of tenant {}", this.tenantId, ex);
				}
			}
		}
	}

	private static void closeQuietly(Statement statement) {
		try {
			statement.close();
		}
		catch (SQLException ex) {
			logger.debug("Could not close a cached statement", ex);
		}
	}

}
