package ai.cohesivity.emulator.database;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on threads borrowed from a shared pool.
 * Gives each tenant's database a single-threaded owner without a thread per tenant.
 */
final class SerialExecutor implements Executor {

	private static final Logger logger = LoggerFactory.getLogger(SerialExecutor.class);

	private static final int BATCH = 256;

	private final Executor pool;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	SerialExecutor(Executor pool) {
		this.pool = pool;
	}

	@Override
	public void execute(Runnable task) {
		this.tasks.add(task);
		schedule();
	}

	private void schedule() {
		if (this.scheduled.compareAndSet(false, true)) {
			this.pool.execute(this::drain);
		}
	}

	private void drain() {
		try {
			for (int i = 0; i < BATCH; i++) {
				Runnable task = this.tasks.poll();
				if (task == null) {
					break;
				}
				try {
					task.run();
				}
				catch (RuntimeException ex) {
					logger.warn("A database task failed", ex);
				}
			}
		}
		finally {
			this.scheduled.set(false);
			if (!this.tasks.isEmpty()) {
				schedule();
			}
		}
	}

}
