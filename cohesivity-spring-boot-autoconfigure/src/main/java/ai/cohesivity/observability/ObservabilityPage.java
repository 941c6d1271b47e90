/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a paged slice (events, ledger, notifications, recent events, webhooks).
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
public record ObservabilityPage<T>(List<T> items, @Nullable String nextCursor) {

	/**
	 * Normalize the page.
	 * @param items the items
	 * @param nextCursor the next cursor
	 */
	public ObservabilityPage {
		items = Tolerant.list(items);
		nextCursor = (nextCursor != null && !nextCursor.isBlank()) ? nextCursor : null;
	}

}
