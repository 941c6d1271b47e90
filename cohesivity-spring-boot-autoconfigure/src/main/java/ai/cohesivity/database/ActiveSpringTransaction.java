/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Looks at the Spring-managed transaction bound to the calling thread, if spring-tx is on
 * the class path.
 */
final class ActiveSpringTransaction {

	private static final boolean SPRING_TX_PRESENT = ClassUtils.isPresent(
			"org.springframework.transaction.support.TransactionSynchronizationManager",
			ActiveSpringTransaction.class.getClassLoader());

	private ActiveSpringTransaction() {
	}

	/**
	 * Returns the name of the actual transaction active on this thread.
	 * @return the transaction's name (for {@code @Transactional}, the method, as
	 * {@code com.example.NoteService.create}), {@code "unnamed"} for one without a name,
	 * or {@code null} when no transaction is active
	 */
	static @Nullable String currentName() {
		return SPRING_TX_PRESENT ? SpringTx.currentName() : null;
	}

	/**
	 * Touches spring-tx only once it is known to be present.
	 */
	private static final class SpringTx {

		static @Nullable String currentName() {
			if (!TransactionSynchronizationManager.isActualTransactionActive()) {
				return null;
			}
			String name = TransactionSynchronizationManager.getCurrentTransactionName();
			return (name != null) ? name : "unnamed";
		}

	}

}
