/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.util.ConcurrentLruCache;

/**
 * One {@link RowMapper} per mapped class, built on first use and then shared, as Spring's
 * {@code JdbcClient} keeps its row mappers: building a {@code DataClassRowMapper}
 * introspects the class (constructor, properties, conversion service) and costs more than
 * mapping a few rows with it. Spring's property row mappers keep no per-row state, so one
 * instance serves concurrent queries. The cache is bounded (least recently used classes
 * are dropped) and thread-safe.
 */
final class RowMapperCache {

	/**
	 * How many mapped classes are kept by default, as many as Spring's parsed-SQL cache
	 * keeps statements.
	 */
	static final int DEFAULT_CAPACITY = 256;

	private final ConcurrentLruCache<Class<?>, RowMapper<?>> mappers;

	/**
	 * Creates a cache of {@link #DEFAULT_CAPACITY} classes.
	 * @param factory builds the mapper of a class on a miss
	 */
	RowMapperCache(Function<Class<?>, RowMapper<?>> factory) {
		this(DEFAULT_CAPACITY, factory);
	}

	/**
	 * Creates a cache.
	 * @param capacity how many classes are kept
	 * @param factory builds the mapper of a class on a miss
	 */
	RowMapperCache(int capacity, Function<Class<?>, RowMapper<?>> factory) {
		this.mappers = new ConcurrentLruCache<>(capacity, factory);
	}

	/**
	 * Returns the mapper of the given class, building it on first use.
	 * @param <T> the mapped type
	 * @param mappedClass the class rows are mapped to
	 * @return the shared mapper
	 */
	@SuppressWarnings("unchecked")
	<T> RowMapper<T> get(Class<T> mappedClass) {
		return (RowMapper<T>) this.mappers.get(mappedClass);
	}

}
