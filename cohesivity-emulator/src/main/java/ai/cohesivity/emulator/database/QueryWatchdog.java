package ai.cohesivity.emulator.database;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;

/**
 * Stops queries that run longer than D1's limit (30 s by default): once a second it
 * interrupts any tenant database whose current request is over the limit, so that a
 * runaway query cannot hold a database thread forever.
 */
public final class QueryWatchdog implements AutoCloseable {

	private final Disposable task;

	/**
	 * Starts watching.
	 * @param databases the tenants' databases
	 * @param settings holds the time limit
	 * @param timer where the check runs once a second
	 */
	public QueryWatchdog(TenantDatabases databases, DatabaseSettings settings, Scheduler timer) {
		this.task = timer.schedulePeriodically(() -> {
			Duration limit = settings.queryTimeLimit();
			for (TenantDatabase database : databases.all()) {
				database.interruptIfRunningLongerThan(limit);
			}
		}, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		this.task.dispose();
	}

}
