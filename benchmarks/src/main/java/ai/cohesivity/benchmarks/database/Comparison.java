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
 * @param baselineError the baseline's 99.9% confidence half-width, or {@code NaN} if unknown
 * @param starterValue the starter's value
 * @param starterError the starter's 99.9% confidence half-width, or {@code NaN} if unknown
 */
public record Comparison(String measurement, String baseline, String unit, boolean higherIsBetter,
		double baselineValue, double baselineError, double starterValue, double starterError) {

	/**
	 * Creates a comparison without error estimates.
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
		return new Comparison(measurement, baseline, unit, higherIsBetter, baselineValue, Double.NaN, starterValue,
				Double.NaN);
	}

	/**
	 * Returns the starter's value divided by the baseline's.
	 * @return the ratio
	 */
	public double ratio() {
		return this.starterValue / this.baselineValue;
	}

	/**
	 * Describes the ratio in words a reader needs no unit for: how many times slower or faster the
	 * starter is than the baseline.
	 * @return for example {@code 1.35× slower} or {@code 0.98× (as fast)}
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
	 * Returns a value with its error as text.
	 * @param value the value
	 * @param error its error, or {@code NaN}
	 * @return for example {@code 123.4 ± 5.6}
	 */
	static String describe(double value, double error) {
		String number = (value >= 100) ? format("%,.0f", value) : format("%,.2f", value);
		if (Double.isNaN(error)) {
			return number;
		}
		return number + " ± " + ((error >= 100) ? format("%,.0f", error) : format("%,.2f", error));
	}

	private static String format(String pattern, double value) {
		return String.format(Locale.ROOT, pattern, value);
	}

}
