/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

/**
 * What {@link EdgeDatabaseTemplate} does when it is asked to write inside an active
 * Spring-managed transaction ({@code @Transactional}, {@code TransactionTemplate}). The
 * edge database has no interactive transactions, so the template cannot join one: its
 * statements are applied at once and stay applied when the Spring transaction rolls back.
 * The one atomic unit the edge database has is a single request:
 * {@link EdgeDatabaseOperations#atomicBatch()}.
 */
public enum InTransactionPolicy {

	/**
	 * Log one warning per template (that is, per application) saying so and what to do
	 * instead, and carry on.
	 */
	WARN,

	/**
	 * Refuse with an {@link org.springframework.dao.InvalidDataAccessApiUsageException}
	 * before anything is sent.
	 */
	FAIL,

	/**
	 * Say nothing: the application knows the statements are not part of the transaction.
	 */
	IGNORE

}
