/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
 * The generator is seeded: a failure names the seed and the rows, and
 * {@code -Dcohesivity.test.seed=<seed>} replays it.
 */
class BatchLiteralPropertyTests {

	private static final String INSERT = "INSERT INTO t (k, s, n, x) VALUES (?, ?, ?, ?)";

	private static @Nullable CohesivityEmulator emulator;

	private static @Nullable EdgeDatabaseTestClients clients;

	@BeforeAll
	static void start() {
		CohesivityEmulator started = CohesivityEmulator.builder().start();
		EmulatorTenant tenant = started.createTenant();
		started.provision(tenant.tenantId(), "database");
		emulator = started;
		clients = EdgeDatabaseTestClients.of(started, tenant);
	}

	@AfterAll
	static void stop() {
		if (clients != null) {
			clients.close();
		}
		if (emulator != null) {
			emulator.close();
		}
	}

	@Test
	void theLexerReadsEveryChunkBackAsTheRowsValues() {
		SeededRandom.create().check(300, BatchLiteralPropertyTests::rows, this::readsBackAsTheRowsValues);
	}

	private void readsBackAsTheRowsValues(List<Object[]> rows) {
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

	@Test
	void everyValueWrittenReadsBackExactly() {
		SeededRandom.create().check(25, BatchLiteralPropertyTests::storableRows, this::readsBackExactly);
	}

	private void readsBackExactly(List<Object[]> rows) {
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

	private static List<Object[]> rows(SeededRandom random) {
		return rows(random, 400, BatchLiteralPropertyTests::text, SeededRandom::finiteDouble);
	}

	/**
	 * Rows whose values a database stores as they are: no NUL and no unpaired surrogate
	 * in text (such text is never inlined; it stays a bound parameter, as before) and no
	 * negative zero (a REAL, always bound).
	 */
	private static List<Object[]> storableRows(SeededRandom random) {
		return rows(random, 250, BatchLiteralPropertyTests::storableText, BatchLiteralPropertyTests::storableReal);
	}

	private static String storableText(SeededRandom random) {
		String text;
		do {
			text = text(random);
		}
		while (!isStorable(text));
		return text;
	}

	private static double storableReal(SeededRandom random) {
		double real;
		do {
			real = random.finiteDouble();
		}
		while (Double.valueOf(real).equals(-0.0));
		return real;
	}

	private static boolean isStorable(String text) {
		return text.indexOf('\0') < 0 && text.codePoints().noneMatch((c) -> c >= 0xD800 && c <= 0xDFFF);
	}

	/**
	 * Return text of any code units, of characters that matter to SQL, of tricky pieces
	 * joined, or of about 1,000 characters with quotes.
	 */
	private static String text(SeededRandom random) {
		return switch (random.between(0, 3)) {
			case 0 -> random.anyText(30);
			case 1 -> random.text("'\\;-?:\"x ", 0, 20);
			case 2 -> String.join("",
					random.list(8,
							(r) -> r.oneOf("'", "''", "\\", "\\'", ";", "--", "/*", "*/", "?", "?1", ":a", "@a", "$a",
									"\"", "`", "[", "]", "\n", "\r", "\t", "\0", "\uD800", "\uDC00", "\uD83D\uDE00",
									"é", "中文", " ")));
			default -> random.text("ab'", 995, 1005);
		};
	}

	private static Object integer(SeededRandom random) {
		return switch (random.between(0, 3)) {
			case 0 -> random.nextLong();
			case 1 -> random.nextInt();
			case 2 -> random.oneOf(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L);
			default -> random.nextBoolean();
		};
	}

	private static List<Object[]> rows(SeededRandom random, int maxRows, Function<SeededRandom, String> text,
			Function<SeededRandom, Double> real) {
		return random.list(maxRows, (r) -> {
			@Nullable Object s = r.chance(0.1) ? null : text.apply(r);
			@Nullable Object n = r.chance(0.1) ? null : integer(r);
			@Nullable Object x = r.chance(0.1) ? null : switch (r.between(0, 2)) {
				case 0 -> text.apply(r);
				case 1 -> integer(r);
				default -> real.apply(r);
			};
			return new Object[] { 0L, s, n, x };
		});
	}

}
