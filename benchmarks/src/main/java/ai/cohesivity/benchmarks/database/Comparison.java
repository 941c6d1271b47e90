/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.Locale;

/**
 * One measured result of the starter next to its baseline from the same run.
 *
 * @param measurement what was measured
 * @param baseline the baseline's name
 * @param unit the unit of both values, for example {@code µs/op} or {@code calls/s}
 * @param higherIsBetter whether a higher value is better (throughput) or worse (time)
 * @param baselineValue the baseline's value
 * @param starterValue the starter's value
 * @param baselineDetail more about the baseline's value (for example its mean and error),
 * or empty
 * @param starterDetail more about the starter's value, or empty
 */
public record Comparison(String measurement, String baseline, String unit, boolean higherIsBetter, double baselineValue,
		double starterValue, String baselineDetail, String starterDetail) {

	/**
	 * Creates a comparison without details.
	 * @param measurement what was measured
	 * @param baseline the baseline's name
	 * @param unit the unit of both values
	 * @param higherIsBetter whether a higher value is better
	 * @param baselineValue the baseline's value
	 * @param starterValue the starter's value
	 * @return the comparison
	 */
	public static Comparison of(String measurement, String baseline, String unit, boolean higherIsBetter,
			double baselineValue, double starterValue) {
		return new Comparison(measurement, baseline, unit, higherIsBetter, baselineValue, starterValue, "", "");
	}

	/**
	 * Returns the starter's value divided by the baseline's.
	 * @return the ratio
	 */
	public double ratio() {
		return this.starterValue / this.baselineValue;
	}

	/**
	 * Describes the ratio in words a reader needs no unit for: how many times slower or
	 * faster the starter is than the baseline.
	 * @return for example {@code 1.35× slower} or {@code as fast (±5%)}
	 */
	public String verdict() {
		double slowdown = this.higherIsBetter ? this.baselineValue / this.starterValue
				: this.starterValue / this.baselineValue;
		if (Math.abs(slowdown - 1) < 0.05) {
			return "as fast (±5%)";
		}
		return (slowdown > 1) ? format("%.2f× slower", slowdown) : format("%.2f× faster", 1 / slowdown);
	}

	/**
	 * Formats a value for a table: no decimals from 100 up, two below.
	 * @param value the value
	 * @return for example {@code 1,234} or {@code 12.34}
	 */
	public static String number(double value) {
		return (value >= 100) ? format("%,.0f", value) : format("%,.2f", value);
	}

	private static String format(String pattern, double value) {
		return String.format(Locale.ROOT, pattern, value);
	}

}
