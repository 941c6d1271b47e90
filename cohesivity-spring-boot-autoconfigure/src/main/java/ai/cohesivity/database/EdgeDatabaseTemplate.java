/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityNetworkException;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient.GenericExecuteSpec;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.BeanUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.support.DataAccessUtils;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.util.Assert;

/**
 * The blocking {@link EdgeDatabaseOperations}, built on a
 * {@link ReactiveEdgeDatabaseClient}: {@code JdbcTemplate} for the Cohesivity edge
 * database. <pre class="code">
 * List&lt;Note&gt; notes = template.query("SELECT id, title FROM notes WHERE done = ?",
 *         new DataClassRowMapper&lt;&gt;(Note.class), false);
 * int changed = template.update("UPDATE notes SET done = 1 WHERE id = ?", id);
 * </pre> Each call blocks the calling thread until the answer arrives. Calling it on a
 * non-blocking thread (a Reactor Netty event loop, a {@code parallel} scheduler worker)
 * fails at once with an {@link IllegalStateException}: use the
 * {@link ReactiveEdgeDatabaseClient} there.
 */
public class EdgeDatabaseTemplate implements EdgeDatabaseOperations {

	private static final Log logger = LogFactory.getLog(EdgeDatabaseTemplate.class);

	private final ReactiveEdgeDatabaseClient client;

	private final EdgeDatabaseExceptionTranslator translator;

	private final RowMapperCache classMappers = new RowMapperCache(EdgeDatabaseTemplate::newClassMapper);

	private final AtomicBoolean warnedAboutTransaction = new AtomicBoolean();

	private InTransactionPolicy inTransactionPolicy = InTransactionPolicy.WARN;

	/**
	 * Creates a template with the default exception translator.
	 * @param client the reactive client that carries the calls
	 */
	public EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient client) {
		this(client, new EdgeDatabaseExceptionTranslator());
	}

	/**
	 * Creates a template.
	 * @param client the reactive client that carries the calls
	 * @param translator the translator used to describe a failed batch (the client
	 * translates every other failure)
	 */
	public EdgeDatabaseTemplate(ReactiveEdgeDatabaseClient client, EdgeDatabaseExceptionTranslator translator) {
		Assert.notNull(client, "ReactiveEdgeDatabaseClient must not be null");
		Assert.notNull(translator, "EdgeDatabaseExceptionTranslator must not be null");
		this.client = client;
		this.translator = translator;
	}

	/**
	 * Returns the row mapper of {@link EdgeStatementSpec#query(Class)}, shared by all
	 * queries of this template: a {@link SingleColumnRowMapper} for a simple type, a
	 * {@link DataClassRowMapper} otherwise.
	 * @param <T> the mapped type
	 * @param mappedClass the class rows are mapped to
	 * @return the shared mapper
	 */
	<T> RowMapper<T> classMapper(Class<T> mappedClass) {
		return this.classMappers.get(mappedClass);
	}

	private static RowMapper<?> newClassMapper(Class<?> mappedClass) {
		return BeanUtils.isSimpleProperty(mappedClass) ? new SingleColumnRowMapper<>(mappedClass)
				: new DataClassRowMapper<>(mappedClass);
	}

	/**
	 * Sets what happens when a statement that is not a single read is sent inside an
	 * active Spring-managed transaction, which the edge database cannot join:
	 * {@link InTransactionPolicy#WARN} (the default) logs it once,
	 * {@link InTransactionPolicy#FAIL} refuses before sending,
	 * {@link InTransactionPolicy#IGNORE} says nothing.
	 * @param inTransactionPolicy the policy
	 */
	public void setInTransactionPolicy(InTransactionPolicy inTransactionPolicy) {
		Assert.notNull(inTransactionPolicy, "InTransactionPolicy must not be null");
		this.inTransactionPolicy = inTransactionPolicy;
	}

	/**
	 * Returns the reactive client this template blocks on.
	 * @return the reactive client
	 */
	public ReactiveEdgeDatabaseClient getReactiveClient() {
		return this.client;
	}

	@Override
	public void execute(String sql) {
		checkTransaction(sql);
		block(this.client.sql(sql).then());
	}

	@Override
	public <T> @Nullable T query(String sql, ResultSetExtractor<T> extractor, @Nullable Object... args) {
		return extract(sql, StatementBindings.ofPositional(args), extractor);
	}

	@Override
	public void query(String sql, RowCallbackHandler handler, @Nullable Object... args) {
		query(sql, rowCallback(handler), args);
	}

	@Override
	public <T> List<T> query(String sql, RowMapper<T> rowMapper, @Nullable Object... args) {
		return result(query(sql, new RowMapperResultSetExtractor<>(rowMapper), args));
	}

	@Override
	public <T> Stream<T> queryForStream(String sql, RowMapper<T> rowMapper, @Nullable Object... args) {
		return query(sql, rowMapper, args).stream();
	}

	@Override
	public <T> @Nullable T queryForObject(String sql, RowMapper<T> rowMapper, @Nullable Object... args) {
		return DataAccessUtils.nullableSingleResult(query(sql, rowMapper, args));
	}

	@Override
	public <T> @Nullable T queryForObject(String sql, Class<T> requiredType, @Nullable Object... args) {
		return queryForObject(sql, new SingleColumnRowMapper<>(requiredType), args);
	}

	@Override
	public Map<String, @Nullable Object> queryForMap(String sql, @Nullable Object... args) {
		return result(queryForObject(sql, new ColumnMapRowMapper(), args));
	}

	@Override
	public <T> List<@Nullable T> queryForList(String sql, Class<T> elementType, @Nullable Object... args) {
		return query(sql, new SingleColumnRowMapper<>(elementType), args);
	}

	@Override
	public List<Map<String, @Nullable Object>> queryForList(String sql, @Nullable Object... args) {
		return query(sql, new ColumnMapRowMapper(), args);
	}

	@Override
	public int update(String sql, @Nullable Object... args) {
		return update(sql, StatementBindings.ofPositional(args));
	}

	@Override
	public int update(String sql, KeyHolder generatedKeyHolder, @Nullable Object... args) {
		return update(sql, StatementBindings.ofPositional(args), generatedKeyHolder, null);
	}

	@Override
	public int update(String sql, KeyHolder generatedKeyHolder, String[] keyColumnNames, @Nullable Object... args) {
		return update(sql, StatementBindings.ofPositional(args), generatedKeyHolder, keyColumnNames);
	}

	@Override
	public int[] batchUpdate(String sql, List<@Nullable Object[]> batchArgs) {
		int[] counts = new int[batchArgs.size()];
		if (batchArgs.isEmpty()) {
			return counts;
		}
		checkTransaction(sql);
		BatchInsertRewriter.RewritableInsert insert = BatchInsertRewriter.parse(sql);
		if (insert == null) {
			for (int row = 0; row < batchArgs.size(); row++) {
				Object[] rowArgs = batchArgs.get(row);
				counts[row] = batchStep(sql, (rowArgs != null) ? Arrays.asList(rowArgs) : List.of(), row, 1, sql, null);
			}
			return counts;
		}
		List<BatchInsertRewriter.BatchChunk> chunks = insert.chunks(batchArgs);
		int largest = chunks.stream().mapToInt(BatchInsertRewriter.BatchChunk::rowCount).max().orElse(0);
		String sent = "multi-row INSERTs of up to " + largest + " rows";
		for (BatchInsertRewriter.BatchChunk chunk : chunks) {
			int changed = batchStep(chunk.sql(), chunk.args(), chunk.firstRow(), chunk.rowCount(), sql, sent);
			int perRow = (changed == chunk.rowCount()) ? 1 : (changed == 0) ? 0 : Statement.SUCCESS_NO_INFO;
			Arrays.fill(counts, chunk.firstRow(), chunk.firstRow() + chunk.rowCount(), perRow);
		}
		return counts;
	}

	@Override
	public EdgeStatementSpec sql(String sql) {
		return new DefaultEdgeStatementSpec(this, sql);
	}

	@Override
	public AtomicBatchSpec atomicBatch() {
		return new BlockingAtomicBatchSpec(this.client.atomicBatch(), List.of());
	}

	/**
	 * Queries with the given bindings and reads the result with an extractor.
	 */
	<T> @Nullable T extract(String sql, StatementBindings bindings, ResultSetExtractor<T> extractor) {
		checkTransaction(sql);
		return block(bindings.applyTo(this.client.sql(sql)).extract(extractor));
	}

	/**
	 * Runs a statement with the given bindings and returns the affected-row count.
	 */
	int update(String sql, StatementBindings bindings) {
		checkTransaction(sql);
		return toInt(result(block(bindings.applyTo(this.client.sql(sql)).fetch().rowsUpdated())));
	}

	/**
	 * Runs a data-changing statement with a {@code RETURNING} clause and collects its
	 * rows as keys.
	 */
	int update(String sql, StatementBindings bindings, KeyHolder keyHolder, String @Nullable [] keyColumnNames) {
		checkTransaction(sql);
		GenericExecuteSpec spec = bindings.applyTo(this.client.sql(sql))
			.returnGeneratedValues((keyColumnNames != null) ? keyColumnNames : new String[0]);
		List<Map<String, @Nullable Object>> keys = result(block(spec.fetch().all().collectList()));
		keyHolder.getKeyList().addAll(keys);
		return keys.size();
	}

	/**
	 * Says, as the {@link InTransactionPolicy} asks, that a statement is sent inside a
	 * Spring-managed transaction it cannot join. Single reads are let through: a read in
	 * a transaction loses nothing when the transaction rolls back.
	 */
	private void checkTransaction(String sql) {
		if (this.inTransactionPolicy == InTransactionPolicy.IGNORE || SqlStatementShape.of(sql).isRead()) {
			return;
		}
		String transaction = ActiveSpringTransaction.currentName();
		if (transaction == null) {
			return;
		}
		String message = "EdgeDatabaseTemplate was called inside the Spring-managed transaction '" + transaction
				+ "', which it cannot join: the Cohesivity edge database has no interactive transactions, so the "
				+ "statement is applied at once and stays applied if that transaction rolls back. To change "
				+ "several rows all or nothing, send the statements as one request with "
				+ "EdgeDatabaseOperations#atomicBatch(). Set cohesivity.database.in-transaction=fail to refuse such "
				+ "calls, or =ignore to silence this warning";
		if (this.inTransactionPolicy == InTransactionPolicy.FAIL) {
			throw new InvalidDataAccessApiUsageException(message);
		}
		if (this.warnedAboutTransaction.compareAndSet(false, true)) {
			logger.warn(message + " (said once per application)");
		}
	}

	/**
	 * Adapts a {@link RowCallbackHandler} to a {@link ResultSetExtractor}.
	 */
	static ResultSetExtractor<@Nullable Object> rowCallback(RowCallbackHandler handler) {
		return (resultSet) -> {
			while (resultSet.next()) {
				handler.processRow(resultSet);
			}
			return null;
		};
	}

	private int batchStep(String stepSql, List<@Nullable Object> args, int firstRow, int rowCount, String batchSql,
			@Nullable String sent) {
		try {
			return update(stepSql, StatementBindings.NONE.withIndexed(args));
		}
		catch (DataAccessException ex) {
			CohesivityException cause = findCohesivityCause(ex);
			if (cause == null) {
				throw ex;
			}
			String failed = "batch rows " + firstRow + ".." + (firstRow + rowCount - 1);
			String task = "Edge database batch update failed at " + failed + "; the " + firstRow
					+ " batch rows before them were written and stay written"
					+ ((cause instanceof CohesivityNetworkException network && network.mayHaveReachedServer())
							? "; whether " + failed + " were written is unknown (the answer was lost)" : "");
			throw this.translator.translate(task, batchSql, sent, cause);
		}
	}

	private static @Nullable CohesivityException findCohesivityCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CohesivityException cohesivity) {
				return cohesivity;
			}
		}
		return null;
	}

	/**
	 * The blocking {@link AtomicBatchSpec} on the reactive client's.
	 */
	private final class BlockingAtomicBatchSpec implements AtomicBatchSpec {

		private final ReactiveEdgeDatabaseClient.AtomicBatchSpec spec;

		private final List<String> sql;

		BlockingAtomicBatchSpec(ReactiveEdgeDatabaseClient.AtomicBatchSpec spec, List<String> sql) {
			this.spec = spec;
			this.sql = sql;
		}

		@Override
		public AtomicBatchSpec add(String sql, @Nullable Object... args) {
			return new BlockingAtomicBatchSpec(this.spec.add(sql, args), with(sql));
		}

		@Override
		public AtomicBatchSpec add(String sql, Map<String, ? extends @Nullable Object> params) {
			return new BlockingAtomicBatchSpec(this.spec.add(sql, params), with(sql));
		}

		private List<String> with(String statement) {
			List<String> all = new ArrayList<>(this.sql);
			all.add(statement);
			return List.copyOf(all);
		}

		@Override
		public int[] execute() {
			this.sql.forEach(EdgeDatabaseTemplate.this::checkTransaction);
			return result(block(this.spec.execute()));
		}

	}

	private static int toInt(long count) {
		return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, count));
	}

	private static <T> T result(@Nullable T value) {
		Assert.state(value != null, "No result");
		return value;
	}

	/**
	 * Blocks for the result, refusing to do so on a non-blocking thread.
	 */
	private static <T> @Nullable T block(Mono<T> mono) {
		if (Schedulers.isInNonBlockingThread()) {
			String thread = Thread.currentThread().getName();
			throw new IllegalStateException("EdgeDatabaseTemplate blocks, and thread '" + thread
					+ "' is a non-blocking (event-loop) thread; use ReactiveEdgeDatabaseClient on this thread, "
					+ "or move the blocking call to Schedulers.boundedElastic()");
		}
		return mono.block();
	}

}
