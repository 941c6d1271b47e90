/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One request to {@code POST /edge/database}, ready to send: SQL with {@code ?} /
 * {@code ?NNN} placeholders only and parameter values already converted to JSON-ready
 * types by {@link BindValueConverter}. Built by {@link StatementBinder} from what a user
 * bound on an {@link EdgeStatementSpec} or a
 * {@link ReactiveEdgeDatabaseClient.GenericExecuteSpec}.
 *
 * @param sql the SQL text
 * @param params the parameter values in placeholder order
 */
record EdgeDatabaseRequest(String sql, List<@Nullable Object> params) {

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
	EdgeDatabaseRequest withSql(String otherSql) {
		return new EdgeDatabaseRequest(otherSql, this.params);
	}

	@Override
	public String toString() {
		// Parameters are user data: never printed.
		return "EdgeDatabaseRequest[" + this.params.size() + " parameters]";
	}

}
