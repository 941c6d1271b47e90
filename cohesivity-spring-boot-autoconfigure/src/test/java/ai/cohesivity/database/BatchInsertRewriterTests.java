/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link BatchInsertRewriter}.
 */
class BatchInsertRewriterTests {

	@Test
	void recognizesSimpleInserts() {
		assertThat(BatchInsertRewriter.parse("INSERT INTO notes (title, done) VALUES (?, ?)")).isNotNull();
		assertThat(BatchInsertRewriter.parse("insert or ignore into main.\"notes\" values (?,?,?);")).isNotNull();
		assertThat(BatchInsertRewriter.parse("REPLACE INTO notes VALUES (?)")).isNotNull();
	}

	@Test
	void leavesEverythingElseAlone() {
		assertThat(BatchInsertRewriter.parse("INSERT INTO notes (a) VALUES (?) ON CONFLICT DO NOTHING")).isNull();
		assertThat(BatchInsertRewriter.parse("INSERT INTO notes (a) VALUES (?) RETURNING id")).isNull();
		assertThat(BatchInsertRewriter.parse("INSERT INTO notes (a, b) VALUES (?, 'x')")).isNull();
		assertThat(BatchInsertRewriter.parse("INSERT INTO notes (a, b) VALUES (?1, ?2)")).isNull();
		assertThat(BatchInsertRewriter.parse("INSERT INTO notes SELECT ? ")).isNull();
		assertThat(BatchInsertRewriter.parse("UPDATE notes SET a = ?")).isNull();
		assertThat(BatchInsertRewriter.parse("INSERT INTO a VALUES (?); INSERT INTO b VALUES (?)")).isNull();
	}

	@Test
	void chunksStayWithinOneHundredBoundParameters() {
		BatchInsertRewriter.RewritableInsert insert = BatchInsertRewriter
			.parse("INSERT INTO t (a, b, c) VALUES (?, ?, ?)");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(new Object[] { i + 0.5, i / 3.0, (double) -i });
		}
		List<BatchInsertRewriter.BatchChunk> chunks = insert.chunks(rows);
		assertThat(chunks).hasSize(31);
		assertThat(chunks).allSatisfy((chunk) -> assertThat(chunk.args()).hasSizeLessThanOrEqualTo(100));
		assertThat(chunks.get(0).rowCount()).isEqualTo(33);
		assertThat(chunks.get(0).sql()).startsWith("INSERT INTO t (a, b, c) VALUES (?, ?, ?), (?, ?, ?)");
		assertThat(chunks.get(30).firstRow()).isEqualTo(990);
		assertThat(chunks.get(30).rowCount()).isEqualTo(10);
		assertThat(chunks.stream().mapToInt(BatchInsertRewriter.BatchChunk::rowCount).sum()).isEqualTo(1000);
		assertThat(chunks.get(1).args().get(0)).isEqualTo(33.5);
	}

	@Test
	void integersShortTextAndNullsAreInlinedAsLiterals() {
		BatchInsertRewriter.RewritableInsert insert = BatchInsertRewriter
			.parse("INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			rows.add(new Object[] { i, "it's " + i, i % 2 == 0, null });
		}
		List<BatchInsertRewriter.BatchChunk> chunks = insert.chunks(rows);
		assertThat(chunks).hasSize(1);
		assertThat(chunks.get(0).args()).isEmpty();
		assertThat(chunks.get(0).sql())
			.startsWith("INSERT INTO t (a, b, c, d) VALUES (0, 'it''s 0', 1, NULL), (1, 'it''s 1', 0, NULL)");
	}

	@Test
	void valuesALiteralCannotHoldExactlyStayBound() {
		BatchInsertRewriter.RewritableInsert insert = BatchInsertRewriter.parse("INSERT INTO t (a, b) VALUES (?, ?)");
		String longText = "x".repeat(SqliteLiteral.MAX_TEXT_LENGTH + 1);
		List<BatchInsertRewriter.BatchChunk> chunks = insert.chunks(List.of(new Object[] { Long.MIN_VALUE, 1.5 },
				new Object[] { "a\0b", longText }, new Object[] { "\uD800", 2 }));
		assertThat(chunks).hasSize(1);
		assertThat(chunks.get(0).sql()).isEqualTo("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, 2)");
		assertThat(chunks.get(0).args()).containsExactly(Long.MIN_VALUE, 1.5, "a\0b", longText, "\uD800");
	}

	@Test
	void chunksStayWithinOneHundredThousandBytesOfSql() {
		BatchInsertRewriter.RewritableInsert insert = BatchInsertRewriter.parse("INSERT INTO t (a) VALUES (?)");
		String text = "\u00e9".repeat(SqliteLiteral.MAX_TEXT_LENGTH);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			rows.add(new Object[] { text });
		}
		List<BatchInsertRewriter.BatchChunk> chunks = insert.chunks(rows);
		assertThat(chunks).hasSize(3);
		assertThat(chunks).allSatisfy((chunk) -> assertThat(chunk.sql().getBytes(StandardCharsets.UTF_8).length)
			.isLessThanOrEqualTo(StatementLimits.MAX_STATEMENT_BYTES));
		assertThat(chunks.get(0).rowCount()).isEqualTo(49);
	}

	@Test
	void rowWithWrongArgumentCountIsRefused() {
		BatchInsertRewriter.RewritableInsert insert = BatchInsertRewriter.parse("INSERT INTO t VALUES (?, ?)");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> insert.chunks(List.of(new Object[] { 1, 2 }, new Object[] { 3 })))
			.withMessageContaining("Batch row 1 has 1 arguments");
	}

}
