/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.List;
import java.util.Locale;

/**
 * Writes {@link Comparison}s as a Markdown table: absolute numbers of both sides and the
 * ratio.
 */
public final class ResultTable {

	private ResultTable() {
	}

	/**
	 * Renders the comparisons.
	 * @param comparisons the rows of the table
	 * @return the Markdown table, one line per comparison after the header
	 */
	public static String markdown(List<Comparison> comparisons) {
		StringBuilder table = new StringBuilder();
		table.append(
				"| Measurement | Baseline (same run) | Unit | Baseline | Starter | Starter ÷ baseline | Reading |\n");
		table.append("|---|---|---|---:|---:|---:|---|\n");
		for (Comparison comparison : comparisons) {
			table.append("| ")
				.append(comparison.measurement())
				.append(" | ")
				.append(comparison.baseline())
				.append(" | ")
				.append(comparison.unit())
				.append(" | ")
				.append(cell(comparison.baselineValue(), comparison.baselineDetail()))
				.append(" | ")
				.append(cell(comparison.starterValue(), comparison.starterDetail()))
				.append(" | ")
				.append(String.format(Locale.ROOT, "%.2f", comparison.ratio()))
				.append(" | ")
				.append(comparison.verdict())
				.append(" |\n");
		}
		return table.toString();
	}

	private static String cell(double value, String detail) {
		return Comparison.number(value) + (detail.isEmpty() ? "" : " (" + detail + ")");
	}

}
