/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * A {@link SqlParameterSource} that looks a name up in a first source, then in a second:
 * explicit {@code bind(name, value)} values win over the properties of a bound bean or
 * record.
 */
final class FirstMatchSqlParameterSource implements SqlParameterSource {

	private final SqlParameterSource first;

	private final SqlParameterSource second;

	FirstMatchSqlParameterSource(SqlParameterSource first, SqlParameterSource second) {
		this.first = first;
		this.second = second;
	}

	@Override
	public boolean hasValue(String paramName) {
		return this.first.hasValue(paramName) || this.second.hasValue(paramName);
	}

	@Override
	public @Nullable Object getValue(String paramName) {
		return this.first.hasValue(paramName) ? this.first.getValue(paramName) : this.second.getValue(paramName);
	}

	@Override
	public int getSqlType(String paramName) {
		return this.first.hasValue(paramName) ? this.first.getSqlType(paramName) : this.second.getSqlType(paramName);
	}

	@Override
	public @Nullable String getTypeName(String paramName) {
		return this.first.hasValue(paramName) ? this.first.getTypeName(paramName) : this.second.getTypeName(paramName);
	}

}
