/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Normalizes what the snapshot records receive: a missing list or map becomes empty, and
 * {@code null} elements are dropped, so readers never check for {@code null} collections.
 */
final class Tolerant {

	private Tolerant() {
	}

	static <T> List<T> list(@Nullable List<T> list) {
		return (list != null) ? list.stream().filter(Objects::nonNull).toList() : List.of();
	}

	static <K, V> Map<K, V> map(@Nullable Map<K, V> map) {
		if (map == null) {
			return Map.of();
		}
		Map<K, V> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> {
			if (key != null && value != null) {
				copy.put(key, value);
			}
		});
		return java.util.Collections.unmodifiableMap(copy);
	}

}
