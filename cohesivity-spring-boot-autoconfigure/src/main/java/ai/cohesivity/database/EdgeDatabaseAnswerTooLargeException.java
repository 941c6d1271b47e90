/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import org.jspecify.annotations.Nullable;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.NonTransientDataAccessException;

/**
 * The edge database ran a statement and answered with success ({@code 2xx}), but the
 * answer was larger than the client reads ({@code cohesivity.edge.max-in-memory-size}),
 * so its rows could not be handed over. The statement itself ran: when it writes
 * ({@link #isWriteApplied()}), its changes are applied and must not be sent again. Not
 * transient: the same statement would produce the same answer. Return fewer rows (a
 * narrower {@code SELECT} or {@code RETURNING}, paging with {@code LIMIT}) or raise the
 * limit.
 * <p>
 * Raised only where rows were asked for ({@code query}, {@code fetch().all()}, generated
 * keys); a call that needs no rows ({@code execute}, {@code then()}) completes normally,
 * and {@code update} returns {@link java.sql.Statement#SUCCESS_NO_INFO}.
 */
public class EdgeDatabaseAnswerTooLargeException extends NonTransientDataAccessException {

	private final boolean writeApplied;

	/**
	 * Creates an exception.
	 * @param task what was being done, for example {@code "Edge database query"}
	 * @param sql the SQL the user gave
	 * @param writeApplied whether the statement can write (anything but a single read)
	 * @param cause the failure to read the answer
	 */
	public EdgeDatabaseAnswerTooLargeException(String task, String sql, boolean writeApplied,
			@Nullable Throwable cause) {
		super(task + "; SQL [" + sql + "]; "
				+ (writeApplied ? "the statement WAS applied (the edge database answered 2xx): do not send it again. "
						: "the query ran (nothing was changed). ")
				+ "Its answer is larger than the client reads (cohesivity.edge.max-in-memory-size): return fewer rows "
				+ "(a narrower SELECT or RETURNING, or page with LIMIT) or raise the limit", cause);
		this.writeApplied = writeApplied;
	}

	/**
	 * Returns whether the statement can write, so that its changes are applied although
	 * its answer was not read.
	 * @return {@code true} unless the statement is a single read
	 */
	public boolean isWriteApplied() {
		return this.writeApplied;
	}

	/**
	 * Whether a failure is an answer over the in-memory limit: the server answered
	 * {@code 2xx} (error answers are read separately), so the statement ran.
	 * @param failure the failure
	 * @return {@code true} if its root cause is a {@link DataBufferLimitException}
	 */
	static boolean isAnswerOverLimit(Throwable failure) {
		return NestedExceptionUtils.getRootCause(failure) instanceof DataBufferLimitException;
	}

}
