/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The default {@link EdgeDatabaseObservationConvention}: the observation is named
 * {@value #NAME} and has two low-cardinality tags, {@code operation} ({@code query},
 * {@code update}, {@code execute}) and {@code outcome} ({@code success},
 * {@code sql_error}, {@code transient_failure}, {@code resource_failure},
 * {@code permission_denied}, {@code client_error}, {@code answer_too_large} (the
 * statement ran, its rows were too many to read), {@code unknown}). No SQL text,
 * parameter or key ever becomes a tag.
 */
public class DefaultEdgeDatabaseObservationConvention implements EdgeDatabaseObservationConvention {

	/** The observation name. */
	public static final String NAME = "cohesivity.edge.database";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(EdgeDatabaseObservationContext context) {
		return "edge database " + context.getCallKind().tagValue();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(EdgeDatabaseObservationContext context) {
		return KeyValues.of(KeyValue.of("operation", context.getCallKind().tagValue()),
				KeyValue.of("outcome", outcome(context.getError())));
	}

	/**
	 * Names the outcome of a call from its (translated) error.
	 * @param error the error, or {@code null} on success
	 * @return the outcome tag value
	 */
	protected String outcome(@Nullable Throwable error) {
		if (error == null) {
			return "success";
		}
		if (error instanceof EdgeDatabaseAnswerTooLargeException) {
			return "answer_too_large";
		}
		if (error instanceof DataIntegrityViolationException || error instanceof InvalidDataAccessResourceUsageException
				|| error instanceof UncategorizedSQLException) {
			return "sql_error";
		}
		if (error instanceof TransientDataAccessException) {
			return "transient_failure";
		}
		if (error instanceof PermissionDeniedDataAccessException) {
			return "permission_denied";
		}
		if (error instanceof DataAccessResourceFailureException) {
			return "resource_failure";
		}
		if (error instanceof InvalidDataAccessApiUsageException) {
			return "client_error";
		}
		return "unknown";
	}

}
