/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}): Spring
 * MVC's own exceptions through {@link ResponseEntityExceptionHandler} (which is what
 * {@code spring.mvc.problemdetails.enabled} would register; this subclass replaces it),
 * invalid fields listed under {@code errors}, and the edge database's
 * {@code DataAccessException}s mapped to the status a client expects.
 */
@RestControllerAdvice
class NotesProblemHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler
	ProblemDetail noSuchNote(EmptyResultDataAccessException ex, HttpServletRequest request) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No note at " + request.getRequestURI());
	}

	@ExceptionHandler
	ProblemDetail duplicateTitle(DuplicateKeyException ex) {
		// The exception's message holds the SQL: useful in the log, not for the client.
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A note with this title already exists");
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class })
	ProblemDetail databaseUnavailable(RuntimeException ex) {
		this.logger.warn("The edge database did not answer", ex);
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"The edge database is unavailable; try again later");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ex.getBody();
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setDetail("Invalid note: " + errors.size() + " field(s) rejected");
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

}
