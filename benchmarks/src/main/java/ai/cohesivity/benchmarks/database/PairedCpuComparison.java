/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Runs the JMH benchmarks' own methods (the same fixtures, the same code) as
 * baseline/starter pairs through a {@link PairedCpuTimer}: the row-mapping paths at 1,000
 * and 10,000 rows and the statement-preparation paths.
 */
public final class PairedCpuComparison {

	private final PairedCpuTimer timer;

	/**
	 * Creates the comparison.
	 * @param timer the timer that measures each pair
	 */
	public PairedCpuComparison(PairedCpuTimer timer) {
		this.timer = timer;
	}

	/**
	 * Measures every pair.
	 * @return one comparison per pair, in CPU µs per operation
	 * @throws Exception if an operation fails
	 */
	public List<Comparison> run() throws Exception {
		List<Comparison> comparisons = new ArrayList<>();
		for (int rows : new int[] { 1000, 10000 }) {
			RowMappingBenchmark mapping = new RowMappingBenchmark();
			mapping.rows = rows;
			mapping.parseRows();
			String prefix = "Map " + String.format(Locale.ROOT, "%,d", rows) + " rows: ";
			Callable<?> hand = mapping::handReadJsonNodes;
			String handName = "hand-read `JsonNode` rows";
			comparisons.add(pair(prefix + "`EdgeResultSet` + `DataClassRowMapper` (record)", handName, hand,
					mapping::dataClassRowMapper));
			comparisons.add(pair(prefix + "`EdgeResultSet` + `DataClassRowMapper`, columns aliased to component names",
					handName, hand, mapping::dataClassRowMapperAliasedColumns));
			comparisons.add(pair(prefix + "`EdgeResultSet` + `BeanPropertyRowMapper`", handName, hand,
					mapping::beanPropertyRowMapper));
			comparisons
				.add(pair(prefix + "`EdgeResultSet` + lambda `RowMapper`", handName, hand, mapping::lambdaRowMapper));
		}
		StatementPreparationBenchmark preparation = new StatementPreparationBenchmark();
		preparation.setUp((body) -> {
		});
		comparisons.add(pair("Prepare: `template.update(sql, 3 args)`, canned answer", "hand-built body",
				preparation::handUpdate, preparation::templateUpdate));
		comparisons.add(pair("Prepare: `sql(…).param(\"ids\", 50 ids).update()`, `IN (:ids)` expanded, canned answer",
				"hand-written `IN (?, …)`", preparation::handUpdateInList, preparation::templateNamedUpdateInList));
		comparisons
			.add(pair("Prepare: `batchUpdate` of 1,000 rows × 5 columns into 50 multi-row INSERTs, canned " + "answers",
					"hand-chunked multi-row INSERTs", preparation::handBatchInsert, preparation::templateBatchInsert));
		return comparisons;
	}

	private Comparison pair(String measurement, String baseline, Callable<?> baselineOperation,
			Callable<?> starterOperation) throws Exception {
		PairedCpuTimer.PairedResult result = this.timer.measure(baselineOperation, starterOperation);
		return new Comparison(measurement, baseline, "CPU µs/op, median of paired batches", false,
				result.baselineMicros(), result.starterMicros(), result.pairs() + " pairs",
				"median pair ratio " + String.format(Locale.ROOT, "%.2f", result.medianRatio()));
	}

}
