/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A statement ready to send to {@code POST /edge/database}: SQL with {@code ?} /
 * {@code ?NNN} placeholders and parameter values already converted to JSON-ready types by
 * {@link BindValueConverter}.
 *
 * @param sql the SQL text
 * @param params the parameter values in placeholder order
 */
record EdgeStatement(String sql, List<@Nullable Object> params) {

	/**
	 * Returns the JSON request body {@code {"query": …, "params": […]}}.
	 * @return the body as a map in wire order
	 */
	Map<String, Object> toRequestBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", this.sql);
		body.put("params", this.params);
		return body;
	}

	/**
	 * Returns a copy of this statement with other SQL and the same parameters.
	 * @param otherSql the replacement SQL
	 * @return the new statement
	 */
	EdgeStatement withSql(String otherSql) {
		return new EdgeStatement(otherSql, this.params);
	}

	@Override
	public String toString() {
		// Parameters are user data: never printed.
		return "EdgeStatement[" + this.params.size() + " parameters]";
	}

}
