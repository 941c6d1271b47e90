/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CredentialsFile;

/**
 * Makes sure a credentials file exists, creating a tenant at most once however many
 * processes or application contexts start at the same time in one directory: creation
 * happens under a lock (a lock within this JVM plus an OS file lock on
 * {@code <file>.lock}), and the file is read again once the lock is held. The machine id
 * genesis hands out ({@code X-Cohesivity-Machine-Id}) is kept in
 * {@code <file>.machine-id} (mode {@code 0600}) and sent on the next genesis.
 */
public class GenesisBootstrap {

	private static final Log logger = LogFactory.getLog(GenesisBootstrap.class);

	private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

	private final GenesisClient genesisClient;

	private final Duration lockTimeout;

	/**
	 * Create a bootstrap.
	 * @param genesisClient creates tenants
	 * @param lockTimeout how long to wait for the lock
	 */
	public GenesisBootstrap(GenesisClient genesisClient, Duration lockTimeout) {
		this.genesisClient = genesisClient;
		this.lockTimeout = lockTimeout;
	}

	/**
	 * Return the credentials in the file, creating a tenant and writing the file (mode
	 * {@code 0600}) when it holds no key. Blocks; call it at start-up, not on an event
	 * loop.
	 * @param file the credentials file
	 * @return the credentials
	 */
	public CohesivityCredentials ensureCredentials(CredentialsFile file) {
		Path path = file.path().toAbsolutePath().normalize();
		ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(path, (key) -> new ReentrantLock());
		long deadline = System.nanoTime() + this.lockTimeout.toNanos();
		try {
			if (!jvmLock.tryLock(this.lockTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw lockTimeout(path);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CohesivityException("Interrupted while waiting for the credentials file lock", ex);
		}
		try (FileChannel channel = FileChannel.open(path.resolveSibling(path.getFileName() + ".lock"),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			FileLock lock = acquire(channel, deadline, path);
			try {
				CohesivityCredentials existing = file.read();
				if (existing.hasAnyKey()) {
					return existing;
				}
				logger.info("No Cohesivity credentials found; creating an ephemeral tenant (cohesivity.genesis.enabled"
						+ "=true) and writing " + path);
				GenesisClient.CreatedTenant answer = this.genesisClient.createTenant(file.readMachineId())
					.block(this.lockTimeout);
				if (answer == null) {
					throw new CohesivityException("Tenant creation returned nothing");
				}
				CohesivityCredentials created = answer.credentials();
				// Written before anything else can fail: the tenant exists now, and a
				// start that lost its keys would create another one.
				file.write(created);
				keepMachineId(file, answer.machineId());
				logger.info("Created Cohesivity tenant " + created.tenantId() + " (" + created.tenantLifecycle()
						+ ", expires " + created.expiresAt() + "); credentials written to " + path);
				return file.read();
			}
			finally {
				lock.release();
			}
		}
		catch (IOException ex) {
			throw new CohesivityException("Cannot lock " + path + ".lock to create a tenant", ex);
		}
		finally {
			jvmLock.unlock();
		}
	}

	/**
	 * Keep the machine id the server handed out (§1.5: persist whatever comes back); a
	 * value that cannot be one is not kept, and a failure to keep it does not fail the
	 * start: the tenant exists and its keys are written.
	 */
	private static void keepMachineId(CredentialsFile file, @Nullable String machineId) {
		if (machineId == null) {
			return;
		}
		if (!CredentialsFile.isMachineId(machineId)) {
			logger.warn("Genesis answered an X-Cohesivity-Machine-Id that cannot be one; it is not kept");
			return;
		}
		try {
			file.writeMachineId(machineId);
		}
		catch (CohesivityException ex) {
			logger.warn("Cannot keep the machine id genesis handed out in " + file.machineIdFile() + ": "
					+ ex.getMessage());
		}
	}

	private FileLock acquire(FileChannel channel, long deadline, Path path) throws IOException {
		while (true) {
			@Nullable FileLock lock = channel.tryLock();
			if (lock != null) {
				return lock;
			}
			if (System.nanoTime() > deadline) {
				throw lockTimeout(path);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new CohesivityException("Interrupted while waiting for the credentials file lock", ex);
			}
		}
	}

	private CohesivityException lockTimeout(Path path) {
		return new CohesivityException("Another process held " + path + ".lock for more than " + this.lockTimeout
				+ " (cohesivity.genesis.lock-timeout); remove the lock file if no other process is starting");
	}

}
