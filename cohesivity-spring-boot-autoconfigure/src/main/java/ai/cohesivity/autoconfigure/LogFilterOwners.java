/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The owners of a process-wide log filter ({@link LogRedaction} beans, one per
 * application context): the filter is installed when the first owner attaches and removed
 * when the last one detaches, so contexts opened and closed in any order neither leave it
 * behind nor take it from each other. Each logging backend's filter keeps one.
 */
final class LogFilterOwners {

	private final Set<Object> owners = Collections.newSetFromMap(new IdentityHashMap<>());

	/**
	 * Attach an owner and install the filter (the installation must do nothing when the
	 * filter is there already).
	 * @param owner the owner
	 * @param install installs the filter
	 */
	synchronized void attach(Object owner, Runnable install) {
		this.owners.add(owner);
		install.run();
	}

	/**
	 * Detach an owner, and remove the filter if it was the last.
	 * @param owner the owner
	 * @param remove removes the filter
	 */
	synchronized void detach(Object owner, Runnable remove) {
		if (this.owners.remove(owner) && this.owners.isEmpty()) {
			remove.run();
		}
	}

	/**
	 * Run an action while holding the owners, if any is attached (to put the filter back
	 * after the backend was reconfigured).
	 * @param action the action
	 */
	synchronized void ifAttached(Runnable action) {
		if (!this.owners.isEmpty()) {
			action.run();
		}
	}

	/**
	 * Return how many owners are attached.
	 * @return the count
	 */
	synchronized int count() {
		return this.owners.size();
	}

}
