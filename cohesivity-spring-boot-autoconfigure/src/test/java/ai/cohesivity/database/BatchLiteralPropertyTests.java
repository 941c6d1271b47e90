/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values inlined as SQLite literals by {@link BatchInsertRewriter}: for generated rows of
 * integers, text of every kind (quotes, backslashes, semicolons, comment starts,
 * placeholders, newlines, NUL, unpaired surrogates, non-Latin scripts), NULLs, booleans
 * and REALs,
 * <ul>
 * <li>the client's own SQL lexer reads each chunk back as exactly the rows' values, in
 * order — every text one string literal, nothing escaping it — and every bound parameter
 * in its place; chunks stay within the statement limits;</li>
 * <li>through the emulator's SQLite, every value {@code batchUpdate} writes reads back
 * exactly, with the storage class a bound parameter gives it.</li>
 * </ul>
 */
class BatchLiteralPropertyTests {

	private static final String INSERT = "INSERT INTO t (k, s, n, x) VALUES (?, ?, ?, ?)";

	private static @Nullable CohesivityEmulator emulator;

	private static @Nullable EdgeDatabaseTestClients clients;

	@BeforeContainer
	static void start() {
		CohesivityEmulator started = CohesivityEmulator.builder().start();
		EmulatorTenant tenant = started.createTenant();
		started.provision(tenant.tenantId(), "database");
		emulator = started;
		clients = EdgeDatabaseTestClients.of(started, tenant);
	}

	@AfterContainer
	static void stop() {
		if (clients != null) {
			clients.close();
		}
		if (emulator != null) {
			emulator.close();
		}
	}

	@Property(tries = 300)
	void theLexerReadsEveryChunkBackAsTheRowsValues(@ForAll("rows") @Size(max = 400) List<Object[]> rows) {
		BatchInsertRewriter.RewritableInsert insert = BatchInsertRewriter.parse(INSERT);
		List<BatchInsertRewriter.BatchChunk> chunks = insert.chunks(rows);
		int expectedFirst = 0;
		for (BatchInsertRewriter.BatchChunk chunk : chunks) {
			assertThat(chunk.firstRow()).isEqualTo(expectedFirst);
			assertThat(chunk.args()).hasSizeLessThanOrEqualTo(StatementLimits.MAX_BOUND_PARAMETERS);
			assertThat(chunk.sql().getBytes(StandardCharsets.UTF_8).length)
				.isLessThanOrEqualTo(StatementLimits.MAX_STATEMENT_BYTES);
			assertThat(chunk.sql()).startsWith("INSERT INTO t (k, s, n, x) VALUES ");
			List<@Nullable Object> read = readValues(chunk);
			List<@Nullable Object> expected = new ArrayList<>();
			for (int row = chunk.firstRow(); row < chunk.firstRow() + chunk.rowCount(); row++) {
				for (Object value : rows.get(row)) {
					expected.add(BindValueConverter.toJson(value));
				}
			}
			assertThat(read).containsExactlyElementsOf(expected);
			expectedFirst += chunk.rowCount();
		}
		assertThat(expectedFirst).isEqualTo(rows.size());
	}

	@Property(tries = 25)
	void everyValueWrittenReadsBackExactly(@ForAll("storableRows") @Size(max = 250) List<Object[]> rows) {
		EdgeDatabaseOperations template = clients.template();
		template.execute("DROP TABLE IF EXISTS t");
		template.execute("CREATE TABLE t (k INTEGER, s TEXT, n INTEGER, x)");
		List<Object[]> keyed = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Object[] row = rows.get(i).clone();
			row[0] = (long) i;
			keyed.add(row);
		}
		int[] counts = template.batchUpdate(INSERT, keyed);
		assertThat(counts).hasSize(keyed.size());
		assertThat(IntStream.of(counts).filter((count) -> count != 1)).isEmpty();
		List<Map<String, Object>> stored = template
			.queryForList("SELECT k, s, typeof(s) AS ts, n, typeof(n) AS tn, x, typeof(x) AS tx FROM t ORDER BY k");
		assertThat(stored).hasSize(keyed.size());
		for (int i = 0; i < keyed.size(); i++) {
			Object[] row = keyed.get(i);
			Map<String, Object> read = stored.get(i);
			assertThat(read.get("k")).isEqualTo((long) i);
			assertStored(row[1], read.get("s"), read.get("ts"));
			assertStored(row[2], read.get("n"), read.get("tn"));
			assertStored(row[3], read.get("x"), read.get("tx"));
		}
	}

	private static void assertStored(@Nullable Object written, @Nullable Object read, @Nullable Object storageClass) {
		Object expected = BindValueConverter.toJson(written);
		if (expected == null) {
			assertThat(read).isNull();
			assertThat(storageClass).isEqualTo("null");
		}
		else if (expected instanceof String text) {
			assertThat(read).isEqualTo(text);
			assertThat(storageClass).isEqualTo("text");
		}
		else if (expected instanceof Long number) {
			assertThat(read).isEqualTo(number);
			assertThat(storageClass).isEqualTo("integer");
		}
		else {
			assertThat(read).isEqualTo(expected);
			assertThat(storageClass).isEqualTo("real");
		}
	}

	/**
	 * Reads the values of a chunk back from its SQL with the client's lexer: a string
	 * literal with its doubled quotes undone, an integer with its sign, NULL, or the next
	 * bound parameter.
	 */
	private static List<@Nullable Object> readValues(BatchInsertRewriter.BatchChunk chunk) {
		List<SqlToken> tokens = SqlLexer.tokenize(chunk.sql());
		int i = 0;
		while (!tokens.get(i).isKeyword("VALUES")) {
			i++;
		}
		i++;
		List<@Nullable Object> values = new ArrayList<>();
		int parameter = 0;
		for (int row = 0; row < chunk.rowCount(); row++) {
			if (row > 0) {
				assertThat(tokens.get(i++).is(',')).isTrue();
			}
			assertThat(tokens.get(i++).is('(')).isTrue();
			for (int column = 0; column < 4; column++) {
				if (column > 0) {
					assertThat(tokens.get(i++).is(',')).isTrue();
				}
				SqlToken token = tokens.get(i++);
				if (token.type() == SqlToken.Type.STRING) {
					String text = token.text();
					assertThat(text).startsWith("'").endsWith("'");
					values.add(text.substring(1, text.length() - 1).replace("''", "'"));
				}
				else if (token.type() == SqlToken.Type.NUMBER) {
					values.add(Long.parseLong(token.text()));
				}
				else if (token.is('-')) {
					SqlToken number = tokens.get(i++);
					assertThat(number.type()).isEqualTo(SqlToken.Type.NUMBER);
					values.add(-Long.parseLong(number.text()));
				}
				else if (token.isKeyword("NULL")) {
					values.add(null);
				}
				else {
					assertThat(token.type()).isEqualTo(SqlToken.Type.PARAMETER);
					assertThat(token.text()).isEqualTo("?");
					values.add(chunk.args().get(parameter++));
				}
			}
			assertThat(tokens.get(i++).is(')')).isTrue();
		}
		assertThat(i).isEqualTo(tokens.size());
		assertThat(parameter).isEqualTo(chunk.args().size());
		return values;
	}

	@Provide
	Arbitrary<List<Object[]>> rows() {
		return rows(texts(), Arbitraries.doubles().filter(Double::isFinite));
	}

	/**
	 * Rows whose values a database stores as they are: no NUL and no unpaired surrogate
	 * in text (such text is never inlined; it stays a bound parameter, as before) and no
	 * negative zero (a REAL, always bound).
	 */
	@Provide
	Arbitrary<List<Object[]>> storableRows() {
		Arbitrary<String> text = texts().filter(BatchLiteralPropertyTests::isStorable);
		return rows(text, Arbitraries.doubles().filter((d) -> Double.isFinite(d) && !d.equals(-0.0)));
	}

	private static boolean isStorable(String text) {
		return text.indexOf('\0') < 0 && text.codePoints().noneMatch((c) -> c >= 0xD800 && c <= 0xDFFF);
	}

	private static Arbitrary<String> texts() {
		Arbitrary<String> tricky = Arbitraries.of("'", "''", "\\", "\\'", ";", "--", "/*", "*/", "?", "?1", ":a", "@a",
				"$a", "\"", "`", "[", "]", "\n", "\r", "\t", "\0", "\uD800", "\uDC00", "\uD83D\uDE00", "é", "中文", " ");
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30),
				Arbitraries.strings().withChars("'\\;-?:\"x ").ofMaxLength(20),
				tricky.list().ofMaxSize(8).map((parts) -> String.join("", parts)),
				Arbitraries.strings().withChars("ab'").ofMinLength(995).ofMaxLength(1005));
	}

	private static Arbitrary<List<Object[]>> rows(Arbitrary<String> text, Arbitrary<Double> real) {
		Arbitrary<Object> integer = Arbitraries.oneOf(Arbitraries.longs().map(Object.class::cast),
				Arbitraries.integers().map(Object.class::cast),
				Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L).map(Object.class::cast),
				Arbitraries.of(true, false).map(Object.class::cast));
		Arbitrary<Object> anything = Arbitraries.oneOf(text.map(Object.class::cast), integer,
				real.map(Object.class::cast));
		Arbitrary<Object[]> row = Combinators
			.combine(text.injectNull(0.1), integer.injectNull(0.1), anything.injectNull(0.1))
			.as((s, n, x) -> new Object[] { 0L, s, n, x });
		return row.list().ofMaxSize(400);
	}

}
