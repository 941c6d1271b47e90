package ai.cohesivity.emulator.support;

/**
 * Told after every change of state that a restart should keep (tenants, the account, the
 * usage totals): the emulator then saves it to its data directory, if it has one.
 */
@FunctionalInterface
public interface StateChanges {

	/**
	 * Something worth keeping changed.
	 */
	void changed();

}
