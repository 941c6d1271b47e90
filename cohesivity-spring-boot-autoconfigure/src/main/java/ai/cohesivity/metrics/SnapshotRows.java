/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.metrics;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The rows of one {@link MultiGauge} over a set that changes with every snapshot. Each
 * row reads the latest values map, so a row that stays is never re-registered. At most
 * {@code maxRows} distinct tag sets are ever admitted (first come); later ones are left
 * out, with one WARN line per meter.
 * <ul>
 * <li>Additive meters ({@code zeroFill}): a tag set seen once keeps its row and reads
 * {@code 0} when it is absent from a later snapshot (an advisory that went away, a
 * service without spending this month).</li>
 * <li>Other meters (buckets): the rows are the snapshot's; a bucket no longer listed is
 * removed from the registry ({@link MultiGauge#register(Iterable, boolean)}).</li>
 * </ul>
 */
final class SnapshotRows {

	private static final Log logger = LogFactory.getLog(SnapshotRows.class);

	private final String name;

	private final MultiGauge gauge;

	private final int maxRows;

	private final boolean zeroFill;

	private final Set<Tags> admitted = new LinkedHashSet<>();

	private volatile Map<Tags, Double> values = Map.of();

	private boolean capReported;

	SnapshotRows(String name, MultiGauge gauge, int maxRows, boolean zeroFill) {
		this.name = name;
		this.gauge = gauge;
		this.maxRows = maxRows;
		this.zeroFill = zeroFill;
	}

	synchronized void update(Map<Tags, Double> rows) {
		Map<Tags, Double> kept = new LinkedHashMap<>();
		int left = 0;
		for (Map.Entry<Tags, Double> row : rows.entrySet()) {
			if (this.admitted.contains(row.getKey()) || this.admitted.size() < this.maxRows) {
				this.admitted.add(row.getKey());
				kept.merge(row.getKey(), row.getValue(), Double::sum);
			}
			else {
				left++;
			}
		}
		if (left > 0 && !this.capReported) {
			this.capReported = true;
			logger.warn("Cohesivity meter '" + this.name + "' reached its cap of " + this.maxRows
					+ " distinct tag values (cohesivity.metrics.max-tag-values); " + left + " row(s) left out");
		}
		this.values = kept;
		Set<Tags> rowTags = this.zeroFill ? this.admitted : kept.keySet();
		List<MultiGauge.Row<?>> registered = rowTags
			.stream().<MultiGauge
					.Row<?>>map((tags) -> MultiGauge.Row.of(tags, this, (self) -> self.value(tags)))
			.toList();
		this.gauge.register(registered, false);
	}

	private double value(Tags tags) {
		Double value = this.values.get(tags);
		if (value != null) {
			return value;
		}
		return this.zeroFill ? 0 : Double.NaN;
	}

}
