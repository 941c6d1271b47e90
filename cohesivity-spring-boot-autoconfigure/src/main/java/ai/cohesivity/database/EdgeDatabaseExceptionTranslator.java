/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLException;
import java.sql.SQLSyntaxErrorException;
import java.util.List;
import java.util.Locale;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityNotProvisionedException;
import ai.cohesivity.core.CohesivityRateLimitedException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;

/**
 * Translates edge database failures into Spring's {@link DataAccessException} family,
 * keeping the SQLite message and the original exception as the cause.
 * <table>
 * <caption>Translation</caption>
 * <tr>
 * <th>Failure</th>
 * <th>Exception</th>
 * </tr>
 * <tr>
 * <td>{@code UNIQUE constraint failed}, {@code PRIMARY KEY must be unique}</td>
 * <td>{@link DuplicateKeyException}</td>
 * </tr>
 * <tr>
 * <td>{@code syntax error}, {@code no such table / column / function},
 * {@code incomplete input}, {@code unrecognized token}, {@code has no column named},
 * {@code already exists}, {@code ambiguous column name}</td>
 * <td>{@link BadSqlGrammarException} (cause: an {@link SQLSyntaxErrorException} whose
 * cause is the Cohesivity exception)</td>
 * </tr>
 * <tr>
 * <td>{@code NOT NULL}, {@code CHECK}, {@code FOREIGN KEY} and other constraint failures,
 * {@code datatype mismatch}</td>
 * <td>{@link DataIntegrityViolationException}</td>
 * </tr>
 * <tr>
 * <td>any other SQL error: a {@code 400} with a JSON error body of either family</td>
 * <td>{@link UncategorizedSQLException}</td>
 * </tr>
 * <tr>
 * <td>{@code 401} invalid application key; any other {@code 403} that is not a tenant
 * state (the Cloudflare WAF's HTML page, a refused User-Agent)</td>
 * <td>{@link PermissionDeniedDataAccessException}</td>
 * </tr>
 * <tr>
 * <td>a {@code 429} that clears by waiting ({@code window_kind: utc_minute}, or
 * {@code Retry-After} without a window), {@code 502}, {@code 503}, {@code 504}</td>
 * <td>{@link TransientDataAccessResourceException} (waiting helps)</td>
 * </tr>
 * <tr>
 * <td>tenant paused or expired, database not provisioned, lifetime plan limit, payment
 * required, {@code 404}, an HTML or plain-text answer, other {@code 5xx}, network
 * failure, malformed answer</td>
 * <td>{@link DataAccessResourceFailureException}</td>
 * </tr>
 * </table>
 * SQL exceptions are raised only for a {@code 400} or a recognised SQLite message in a
 * JSON error body, so a firewall page or a wrong URL is never reported as bad SQL. A
 * database that is not provisioned is a resource failure rather than a permission
 * problem: the credentials are valid, the resource is missing (provision it, for example
 * with {@code cohesivity.database.provision-on-startup=true}). A network failure is a
 * resource failure and never transient, because a write may have reached the server.
 * <p>
 * {@link SQLException}s thrown while mapping rows (conversion failures in
 * {@link EdgeResultSet}) are translated by Spring's
 * {@link SQLExceptionSubclassTranslator}, as {@code JdbcTemplate} does.
 */
public class EdgeDatabaseExceptionTranslator {

	private static final List<String> DUPLICATE_KEY = List.of("unique constraint failed", "primary key must be unique",
			"is not unique");

	private static final List<String> BAD_GRAMMAR = List.of("syntax error", "no such table", "no such column",
			"no such function", "no such index", "no such view", "no such trigger", "incomplete input",
			"unrecognized token", "has no column named", "already exists", "ambiguous column name",
			"wrong number of arguments", "no tables specified");

	private static final List<String> INTEGRITY = List.of("constraint failed", "datatype mismatch", "sqlite_constraint",
			"sqlite_mismatch");

	private final SQLExceptionSubclassTranslator mappingTranslator = new SQLExceptionSubclassTranslator();

	/**
	 * Translates a failure.
	 * @param task what was being done, for example {@code "Edge database query"}
	 * @param sql the SQL, or {@code null} if not relevant
	 * @param failure the failure
	 * @return the translated exception ({@code failure} itself if it already is a
	 * {@link DataAccessException})
	 */
	public DataAccessException translate(String task, @Nullable String sql, Throwable failure) {
		return translate(task, sql, null, failure);
	}

	/**
	 * Translates a failure of a statement that was sent in another form than the user
	 * wrote it (a {@code RETURNING} clause appended, named parameters substituted, a
	 * batch rewritten): the message shows the user's SQL first, then what was sent,
	 * labelled {@code sent as}.
	 * @param task what the user was doing, for example {@code "Edge database update"}
	 * @param sql the SQL the user wrote, or {@code null} if not relevant
	 * @param sent what was sent instead, for example
	 * {@code "[INSERT … RETURNING rowid]"}, or {@code null} when it was the user's SQL
	 * @param failure the failure
	 * @return the translated exception ({@code failure} itself if it already is a
	 * {@link DataAccessException})
	 */
	public DataAccessException translate(String task, @Nullable String sql, @Nullable String sent, Throwable failure) {
		if (failure instanceof DataAccessException dataAccess) {
			return dataAccess;
		}
		if (failure instanceof SQLException sqlException) {
			DataAccessException translated = this.mappingTranslator.translate(task, sql, sqlException);
			return (translated != null) ? translated : new UncategorizedSQLException(task, sql, sqlException);
		}
		if (failure instanceof CohesivityApiException api) {
			return translateApi(task, sql, sent, api);
		}
		// Network failures, malformed answers and anything unexpected.
		return new DataAccessResourceFailureException(describe(task, sql, sent, failure.getMessage()), failure);
	}

	private DataAccessException translateApi(String task, @Nullable String sql, @Nullable String sent,
			CohesivityApiException api) {
		String message = describe(task, sql, sent, api.getMessage());
		if (api instanceof CohesivityUnauthorizedException) {
			return new PermissionDeniedDataAccessException(message, api);
		}
		if (api instanceof CohesivityRateLimitedException rateLimited) {
			return rateLimited.isRetryable() ? new TransientDataAccessResourceException(message, api)
					: new DataAccessResourceFailureException(message, api);
		}
		if (api instanceof CohesivityNotProvisionedException) {
			return new DataAccessResourceFailureException(message + "; provision the edge database once: "
					+ "with the Spring Boot starter set cohesivity.database.provision-on-startup=true, or send "
					+ "POST /api/resources/database with the management key", api);
		}
		if (api.getClass() != CohesivityApiException.class) {
			// Paused, expired, not provisioned, payment required: the typed subclasses.
			return new DataAccessResourceFailureException(message, api);
		}
		int status = api.status();
		if (status == 502 || status == 503 || status == 504) {
			return new TransientDataAccessResourceException(message, api);
		}
		boolean fromCohesivity = api.envelope().jsonBody();
		String lower = String.valueOf(api.getMessage()).toLowerCase(Locale.ROOT);
		if (fromCohesivity && containsAny(lower, DUPLICATE_KEY)) {
			return new DuplicateKeyException(message, api);
		}
		if (fromCohesivity && containsAny(lower, INTEGRITY)) {
			return new DataIntegrityViolationException(message, api);
		}
		if (fromCohesivity && containsAny(lower, BAD_GRAMMAR)) {
			// BadSqlGrammarException's own message names only the task and the SQL: keep
			// SQLite's message too.
			return new BadSqlGrammarException(task + "; " + api.getMessage() + sentAs(sent), String.valueOf(sql),
					new SQLSyntaxErrorException(api.getMessage(), api));
		}
		if (fromCohesivity && status == 400) {
			return new UncategorizedSQLException(task + sentAs(sent), sql, new SQLException(api.getMessage(), api));
		}
		if (status == 401 || status == 403) {
			// A refusal that is not an SQL error: a firewall page (the Cloudflare WAF's
			// error 1010), a refused User-Agent, a mode the tenant may not use.
			return new PermissionDeniedDataAccessException(message, api);
		}
		// 404 (a wrong base URL), an HTML or plain-text page, any other status.
		return new DataAccessResourceFailureException(message, api);
	}

	private static boolean containsAny(String text, List<String> fragments) {
		for (String fragment : fragments) {
			if (text.contains(fragment)) {
				return true;
			}
		}
		return false;
	}

	private static String describe(String task, @Nullable String sql, @Nullable String sent, @Nullable String message) {
		return task + ((sql != null) ? "; SQL [" + sql + "]" : "") + sentAs(sent) + "; " + message;
	}

	private static String sentAs(@Nullable String sent) {
		return (sent != null) ? "; sent as " + sent : "";
	}

}
