/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ratios and readings point the right way for throughput and for time.
 */
class ComparisonTests {

	@Test
	void lowerThroughputReadsAsSlower() {
		Comparison comparison = Comparison.of("read", "raw", "calls/s", true, 1000, 800);
		assertThat(comparison.ratio()).isEqualTo(0.8);
		assertThat(comparison.verdict()).isEqualTo("1.25× slower");
	}

	@Test
	void lowerTimeReadsAsFaster() {
		Comparison comparison = Comparison.of("batch", "single", "ms", false, 400, 100);
		assertThat(comparison.ratio()).isEqualTo(0.25);
		assertThat(comparison.verdict()).isEqualTo("4.00× faster");
	}

	@Test
	void tableShowsBothAbsoluteValuesAndTheRatio() {
		String table = ResultTable
			.markdown(List.of(new Comparison("map", "hand", "us/op", false, 10, 12.5, "mean 11.00 ± 0.50", "")));
		assertThat(table).contains("| map | hand | us/op | 10.00 (mean 11.00 ± 0.50) | 12.50 | 1.25 | 1.25× slower |");
	}

}
