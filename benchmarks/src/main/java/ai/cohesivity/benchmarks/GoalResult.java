/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One measured goal: the baseline and the starter ("ours") measured in the same run, the
 * ratio that the goal is stated in, whether it is met, and further sides measured
 * alongside for context.
 *
 * @param what what was measured, for example {@code Client CPU per query, 32 callers}
 * @param unit the unit of the values
 * @param baseline the baseline's name and value
 * @param ours the starter's name and value
 * @param ratio the ratio the goal is stated in
 * @param goal the goal on that ratio
 * @param context further sides, measured in the same run (may be empty)
 */
public record GoalResult(String what, String unit, Side baseline, Side ours, Ratio ratio, Goal goal,
		List<Side> context) {

	/**
	 * Creates a result whose ratio is ours ÷ baseline.
	 * @param what what was measured
	 * @param unit the unit of the values
	 * @param baseline the baseline
	 * @param ours the starter
	 * @param goal the goal on ours ÷ baseline
	 * @param context further sides
	 * @return the result
	 */
	public static GoalResult oursOverBaseline(String what, String unit, Side baseline, Side ours, Goal goal,
			List<Side> context) {
		return new GoalResult(what, unit, baseline, ours, new Ratio("ours ÷ baseline", ours.value() / baseline.value()),
				goal, context);
	}

	/**
	 * Creates a result whose ratio is baseline ÷ ours (how many times less the starter
	 * needs, for example time).
	 * @param what what was measured
	 * @param unit the unit of the values
	 * @param baseline the baseline
	 * @param ours the starter
	 * @param goal the goal on baseline ÷ ours
	 * @param context further sides
	 * @return the result
	 */
	public static GoalResult baselineOverOurs(String what, String unit, Side baseline, Side ours, Goal goal,
			List<Side> context) {
		return new GoalResult(what, unit, baseline, ours, new Ratio("baseline ÷ ours", baseline.value() / ours.value()),
				goal, context);
	}

	/**
	 * Returns whether the goal is met.
	 * @return whether the ratio satisfies the goal
	 */
	public boolean met() {
		return this.goal.isMetBy(this.ratio.value());
	}

	/**
	 * Renders the result as a Markdown table: the baseline, ours, the context sides, the
	 * ratio and the goal.
	 * @return the table
	 */
	public String markdown() {
		List<String> lines = new ArrayList<>();
		lines.add("| " + this.what + " | " + this.unit + " |");
		lines.add("|---|---:|");
		lines.add("| Baseline: " + this.baseline.name() + " | " + number(this.baseline.value()) + " |");
		lines.add("| Ours: " + this.ours.name() + " | " + number(this.ours.value()) + " |");
		for (Side side : this.context) {
			lines.add("| (same run) " + side.name() + " | " + number(side.value()) + " |");
		}
		lines.add("| **Ratio, " + this.ratio.description() + "** | **"
				+ String.format(Locale.ROOT, "%.2f×", this.ratio.value()) + "** |");
		lines.add("| Goal | " + this.goal + " — **" + (met() ? "met" : "not met") + "** |");
		return String.join("\n", lines) + "\n";
	}

	/**
	 * Formats a value: no decimals from 1,000 up, one from 100, two below.
	 * @param value the value
	 * @return the text
	 */
	static String number(double value) {
		String pattern = (Math.abs(value) >= 1000) ? "%,.0f" : (Math.abs(value) >= 100) ? "%,.1f" : "%,.2f";
		return String.format(Locale.ROOT, pattern, value);
	}

	/**
	 * One side of a measurement.
	 *
	 * @param name what the side runs
	 * @param value its value, in the result's unit
	 */
	public record Side(String name, double value) {

	}

	/**
	 * The ratio a goal is stated in.
	 *
	 * @param description for example {@code ours ÷ baseline}
	 * @param value the ratio
	 */
	public record Ratio(String description, double value) {

	}

	/**
	 * A bound on a ratio.
	 *
	 * @param bound the bound
	 * @param atMost whether the ratio must be at most the bound (otherwise at least)
	 */
	public record Goal(double bound, boolean atMost) {

		/**
		 * Returns a goal that the ratio is at most a bound.
		 * @param bound the bound
		 * @return the goal
		 */
		public static Goal atMost(double bound) {
			return new Goal(bound, true);
		}

		/**
		 * Returns a goal that the ratio is at least a bound.
		 * @param bound the bound
		 * @return the goal
		 */
		public static Goal atLeast(double bound) {
			return new Goal(bound, false);
		}

		/**
		 * Returns whether a ratio meets the goal.
		 * @param ratio the ratio
		 * @return whether it is within the bound
		 */
		public boolean isMetBy(double ratio) {
			return this.atMost ? ratio <= this.bound : ratio >= this.bound;
		}

		@Override
		public String toString() {
			return (this.atMost ? "≤ " : "≥ ") + String.format(Locale.ROOT, "%.2f×", this.bound);
		}

	}

}
