/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import ai.cohesivity.database.ReactiveEdgeDatabaseClient.GenericExecuteSpec;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.util.Assert;

/**
 * The parameters bound to one statement, as one immutable value shared by the fluent
 * {@link EdgeStatementSpec} and the reactive {@link GenericExecuteSpec}: values by
 * position ({@code 0}-based here; the fluent API's JDBC-style {@code 1}-based index is
 * converted on entry), values by name, and an optional source of named values (a bean, a
 * record or a {@link SqlParameterSource}; explicitly named values win over it).
 * <p>
 * Each {@code with…} method returns a new value. Nothing is checked while binding: the
 * bindings are validated once, when {@link #toRequest(String)} turns them into the
 * request — by position or by name, never both, and no position left without a value.
 */
final class StatementBindings {

	/**
	 * No parameters.
	 */
	static final StatementBindings NONE = new StatementBindings(Collections.emptyNavigableMap(), Map.of(), null);

	private final NavigableMap<Integer, @Nullable Object> byIndex;

	private final Map<String, @Nullable Object> byName;

	private final @Nullable SqlParameterSource source;

	private StatementBindings(NavigableMap<Integer, @Nullable Object> byIndex, Map<String, @Nullable Object> byName,
			@Nullable SqlParameterSource source) {
		this.byIndex = byIndex;
		this.byName = byName;
		this.source = source;
	}

	/**
	 * Returns bindings of the given values by position, the first at index {@code 0}.
	 * @param values the values; {@code null} for none
	 * @return the bindings
	 */
	static StatementBindings ofPositional(@Nullable Object @Nullable [] values) {
		return (values != null) ? NONE.withIndexed(Arrays.asList(values)) : NONE;
	}

	/**
	 * Returns these bindings with the given values at positions {@code 0} to
	 * {@code n - 1}.
	 * @param values the values
	 * @return the new bindings
	 */
	StatementBindings withIndexed(List<? extends @Nullable Object> values) {
		NavigableMap<Integer, @Nullable Object> indexed = new TreeMap<>(this.byIndex);
		for (int i = 0; i < values.size(); i++) {
			indexed.put(i, values.get(i));
		}
		return new StatementBindings(Collections.unmodifiableNavigableMap(indexed), this.byName, this.source);
	}

	/**
	 * Returns these bindings with a value at a position.
	 * @param index the position, {@code 0}-based
	 * @param value the value
	 * @return the new bindings
	 */
	StatementBindings withIndexed(int index, @Nullable Object value) {
		Assert.isTrue(index >= 0, () -> "Index must be 0 or more, was " + index);
		NavigableMap<Integer, @Nullable Object> indexed = new TreeMap<>(this.byIndex);
		indexed.put(index, value);
		return new StatementBindings(Collections.unmodifiableNavigableMap(indexed), this.byName, this.source);
	}

	/**
	 * Returns these bindings with a value at the position after the highest bound one.
	 * @param value the value
	 * @return the new bindings
	 */
	StatementBindings withNext(@Nullable Object value) {
		return withIndexed(this.byIndex.isEmpty() ? 0 : this.byIndex.lastKey() + 1, value);
	}

	/**
	 * Returns these bindings with a named value.
	 * @param name the name, as in {@code :name}
	 * @param value the value; a collection or array expands for {@code IN (:name)}
	 * @return the new bindings
	 */
	StatementBindings withNamed(String name, @Nullable Object value) {
		Assert.hasText(name, "Parameter name must not be empty");
		return withNamed(Collections.singletonMap(name, value));
	}

	/**
	 * Returns these bindings with more named values.
	 * @param values the values by name
	 * @return the new bindings
	 */
	StatementBindings withNamed(Map<String, ? extends @Nullable Object> values) {
		Map<String, @Nullable Object> named = new LinkedHashMap<>(this.byName);
		named.putAll(values);
		return new StatementBindings(this.byIndex, Collections.unmodifiableMap(named), this.source);
	}

	/**
	 * Returns these bindings with a source of named values, replacing an earlier one.
	 * @param source a {@link SqlParameterSource}, or a bean or record whose properties
	 * are the values
	 * @return the new bindings
	 */
	StatementBindings withSource(Object source) {
		Assert.notNull(source, "Parameter source must not be null");
		SqlParameterSource parameterSource = (source instanceof SqlParameterSource given) ? given
				: new SimplePropertySqlParameterSource(source);
		return new StatementBindings(this.byIndex, this.byName, parameterSource);
	}

	/**
	 * Binds these values to the given SQL: validates them and builds the request.
	 * @param sql the SQL
	 * @return the request
	 * @throws InvalidDataAccessApiUsageException if values were bound both by position
	 * and by name, a position below the highest bound one has no value, or the values do
	 * not match the placeholders or the {@link StatementLimits}
	 */
	EdgeDatabaseRequest toRequest(String sql) {
		boolean named = !this.byName.isEmpty() || this.source != null;
		if (named && !this.byIndex.isEmpty()) {
			throw new InvalidDataAccessApiUsageException(
					"Parameters were bound both by index and by name; use one style per statement");
		}
		if (named) {
			return StatementBinder.named(sql, namedSource());
		}
		List<@Nullable Object> args = new ArrayList<>(this.byIndex.size());
		for (Map.Entry<Integer, @Nullable Object> entry : this.byIndex.entrySet()) {
			if (entry.getKey() != args.size()) {
				throw new InvalidDataAccessApiUsageException(
						"No value bound at index " + args.size() + " (parameter " + (args.size() + 1) + ")");
			}
			args.add(entry.getValue());
		}
		return StatementBinder.positional(sql, Collections.unmodifiableList(args));
	}

	/**
	 * Hands these bindings to a reactive spec (the template runs through the public
	 * reactive API, so that a user's own {@link ReactiveEdgeDatabaseClient} works too).
	 * @param spec the spec
	 * @return the spec with these bindings
	 */
	GenericExecuteSpec applyTo(GenericExecuteSpec spec) {
		GenericExecuteSpec bound = spec;
		if (!this.byIndex.isEmpty() && this.byIndex.lastKey() == this.byIndex.size() - 1) {
			bound = bound.bindValues(new ArrayList<>(this.byIndex.values()));
		}
		else {
			// A gap stays a gap: it is reported when the statement is sent.
			for (Map.Entry<Integer, @Nullable Object> entry : this.byIndex.entrySet()) {
				Object value = entry.getValue();
				bound = (value != null) ? bound.bind(entry.getKey(), value)
						: bound.bindNull(entry.getKey(), Object.class);
			}
		}
		if (!this.byName.isEmpty()) {
			bound = bound.bindValues(this.byName);
		}
		return (this.source != null) ? bound.bindProperties(this.source) : bound;
	}

	private SqlParameterSource namedSource() {
		MapSqlParameterSource explicit = new MapSqlParameterSource(this.byName);
		return (this.source != null) ? new FirstMatchSqlParameterSource(explicit, this.source) : explicit;
	}

	@Override
	public String toString() {
		// Values are user data: never printed.
		return "StatementBindings[" + this.byIndex.size() + " by index, " + this.byName.size() + " by name"
				+ ((this.source != null) ? ", a source" : "") + "]";
	}

}
