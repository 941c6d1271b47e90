/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The row-mapping benchmark compares like with like: every mapper path reads exactly the
 * notes the hand-written baseline reads, and those are the notes that were encoded.
 */
class RowMappingBenchmarkTests {

	@Test
	void everyMapperPathReadsTheSameNotesAsTheHandBaseline() throws SQLException {
		RowMappingBenchmark benchmark = new RowMappingBenchmark();
		benchmark.rows = 1000;
		benchmark.parseRows();
		List<Note> expected = LongStream.rangeClosed(1, 1000).mapToObj(NoteRows::note).toList();
		List<Note> hand = benchmark.handReadJsonNodes();
		assertThat(hand).isEqualTo(expected);
		assertThat(benchmark.dataClassRowMapper()).isEqualTo(hand);
		assertThat(benchmark.dataClassRowMapperAliasedColumns()).isEqualTo(hand);
		assertThat(benchmark.beanPropertyRowMapper()).map(NoteBean::toNote).isEqualTo(hand);
		assertThat(benchmark.lambdaRowMapper()).isEqualTo(hand);
	}

	@Test
	void fixtureRowsCoverEveryConvertedValueKind() {
		List<Note> notes = HandNoteReader.readAll(NoteRows.parsed(6));
		assertThat(notes).extracting(Note::done).containsExactly(false, false, true, false, false, true);
		assertThat(notes.get(0).price()).isEqualTo(1.25);
		assertThat(notes.get(1).createdAt()).hasToString("2026-01-01T00:02:02Z");
	}

}
