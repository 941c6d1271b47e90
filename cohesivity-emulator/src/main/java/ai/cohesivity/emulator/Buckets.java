package ai.cohesivity.emulator;

/**
 * Published D1 bucket sizes (§12): the claimed Free plan's monthly rows. Ephemeral caps live in
 * {@link EmulatorSettings} because tests may lower them.
 */
final class Buckets {

	static final long FREE_ROWS_READ = 10_000_000;

	static final long FREE_ROWS_WRITTEN = 1_000_000;

	private Buckets() {
	}

}
