/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure.emulator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

import ai.cohesivity.core.CohesivityCredentials;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CredentialsFile;
import ai.cohesivity.core.KeyRedactor;

/**
 * An in-process {@code ai.cohesivity.emulator.CohesivityEmulator}, reached by reflection
 * so that this module never links against the emulator. When the bean initializes, it
 * starts the emulator, creates (or, with a data directory, reuses) a tenant and
 * provisions its database; it stops the emulator when the context closes. Nothing is
 * started in the {@code @Bean} method.
 */
final class EmbeddedEmulator implements InitializingBean, DisposableBean {

	/** The emulator's main class. */
	static final String EMULATOR_CLASS = "ai.cohesivity.emulator.CohesivityEmulator";

	/** The emulator's builder, reached through {@code CohesivityEmulator.builder()}. */
	static final String BUILDER_CLASS = EMULATOR_CLASS + "$Builder";

	/** The tenant the emulator creates: a record whose accessors are read. */
	static final String TENANT_CLASS = "ai.cohesivity.emulator.EmulatorTenant";

	private static final Log logger = LogFactory.getLog(EmbeddedEmulator.class);

	private static final String TENANT_FILE = "embedded-tenant.cohesivity";

	private final int port;

	private final @Nullable Path dataDirectory;

	private final @Nullable ClassLoader classLoader;

	private @Nullable Running running;

	/**
	 * Create an emulator that starts when the bean initializes.
	 * @param port the port, {@code 0} for a free one
	 * @param dataDirectory where tenant databases survive restarts, or {@code null} for
	 * memory
	 * @param classLoader the class loader that sees the emulator
	 */
	EmbeddedEmulator(int port, @Nullable Path dataDirectory, @Nullable ClassLoader classLoader) {
		this.port = port;
		this.dataDirectory = dataDirectory;
		this.classLoader = classLoader;
	}

	@Override
	public void afterPropertiesSet() {
		Running started = start(this.port, this.dataDirectory, this.classLoader);
		this.running = started;
		logger.info("Cohesivity: started an embedded emulator at " + started.baseUrl() + " with "
				+ (started.reused() ? "the saved" : "a new") + " tenant " + started.tenant().tenantId()
				+ " (database provisioned); nothing is sent to cohesivity.ai. To use the real platform, create "
				+ ".cohesivity with 'npx @cohesivity/init' or set cohesivity.application-key and "
				+ "cohesivity.management-key, or set cohesivity.emulator.enabled=false.");
	}

	private static Running start(int port, @Nullable Path dataDirectory, @Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(EMULATOR_CLASS, classLoader)) {
			throw new CohesivityException("The embedded Cohesivity emulator cannot start: cohesivity-emulator is not "
					+ "on the class path. Add the dependency ai.cohesivity:cohesivity-emulator with test scope, and "
					+ "start the application from src/test (mvn spring-boot:test-run)");
		}
		try {
			Class<?> emulatorClass = ClassUtils.forName(EMULATOR_CLASS, classLoader);
			Object builder = emulatorClass.getMethod("builder").invoke(null);
			builder = invoke(builder, "port", new Class<?>[] { int.class }, port);
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder = invoke(builder, "dataDirectory", new Class<?>[] { Path.class }, dataDirectory);
			}
			Object emulator = invoke(builder, "start", new Class<?>[0]);
			try {
				String baseUrl = (String) invoke(emulator, "baseUrl", new Class<?>[0]);
				CohesivityCredentials reusable = reusableTenant(emulator, dataDirectory);
				CohesivityCredentials tenant = (reusable != null) ? reusable : createTenant(emulator, dataDirectory);
				invoke(emulator, "provision", new Class<?>[] { String.class, String.class }, tenant.tenantId(),
						"database");
				return new Running(emulator, baseUrl, tenant, reusable != null);
			}
			catch (RuntimeException ex) {
				((AutoCloseable) emulator).close();
				throw ex;
			}
		}
		catch (CohesivityException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new CohesivityException("Could not start the embedded Cohesivity emulator: " + describe(ex), ex);
		}
	}

	private static @Nullable CohesivityCredentials reusableTenant(Object emulator, @Nullable Path dataDirectory) {
		if (dataDirectory == null) {
			return null;
		}
		CredentialsFile file = new CredentialsFile(dataDirectory.resolve(TENANT_FILE));
		CohesivityCredentials saved = file.read();
		if (saved.tenantId() == null || saved.applicationKey() == null) {
			return null;
		}
		try {
			invoke(emulator, "tenant", new Class<?>[] { String.class }, saved.tenantId());
			return saved;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static CohesivityCredentials createTenant(Object emulator, @Nullable Path dataDirectory) {
		Object tenant = invoke(emulator, "createTenant", new Class<?>[0]);
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put(CohesivityCredentials.TENANT_ID, (String) invoke(tenant, "tenantId", new Class<?>[0]));
		entries.put(CohesivityCredentials.MANAGEMENT_KEY, (String) invoke(tenant, "managementKey", new Class<?>[0]));
		entries.put(CohesivityCredentials.APPLICATION_KEY, (String) invoke(tenant, "applicationKey", new Class<?>[0]));
		Object expiresAt = invoke(tenant, "expiresAt", new Class<?>[0]);
		if (expiresAt instanceof Instant instant) {
			entries.put(CohesivityCredentials.EXPIRES_AT, instant.toString());
		}
		Object lifecycle = invoke(tenant, "lifecycle", new Class<?>[0]);
		if (lifecycle != null) {
			entries.put(CohesivityCredentials.TENANT_LIFECYCLE, lifecycle.toString());
		}
		CohesivityCredentials credentials = new CohesivityCredentials(entries);
		if (dataDirectory != null) {
			new CredentialsFile(dataDirectory.resolve(TENANT_FILE)).write(credentials);
		}
		return credentials;
	}

	private static @Nullable Object invoke(Object target, String name, Class<?>[] types, @Nullable Object... args) {
		try {
			Method method = target.getClass().getMethod(name, types);
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getTargetException();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new CohesivityException("Embedded emulator call " + name + " failed: " + describe(cause), cause);
		}
		catch (ReflectiveOperationException ex) {
			throw new CohesivityException("The cohesivity-emulator on the classpath has no usable " + name
					+ " method; use the emulator version that matches this starter", ex);
		}
	}

	private static String describe(Throwable failure) {
		String message = failure.getMessage();
		return failure.getClass().getSimpleName() + ((message != null) ? ": " + KeyRedactor.redact(message) : "");
	}

	private Running running() {
		Running started = this.running;
		Assert.state(started != null, "The embedded emulator has not been started");
		return started;
	}

	/**
	 * Return the emulator's origin, for example {@code http://127.0.0.1:54321}.
	 * @return the base URL
	 */
	String baseUrl() {
		return running().baseUrl();
	}

	/**
	 * Return the credentials of the emulator's tenant.
	 * @return the tenant credentials
	 */
	CohesivityCredentials tenant() {
		return running().tenant();
	}

	/**
	 * Return whether the tenant was reused from the data directory.
	 * @return whether the tenant existed before this start
	 */
	boolean reusedTenant() {
		return running().reused();
	}

	/**
	 * Stop the emulator and free its port, threads and files.
	 */
	@Override
	public void destroy() {
		Running started = this.running;
		if (started == null) {
			return;
		}
		this.running = null;
		try {
			((AutoCloseable) started.emulator()).close();
		}
		catch (Exception ex) {
			throw new CohesivityException("Could not stop the embedded Cohesivity emulator: " + describe(ex), ex);
		}
	}

	@Override
	public String toString() {
		Running started = this.running;
		return (started != null)
				? "EmbeddedEmulator[baseUrl=" + started.baseUrl() + ", tenant=" + started.tenant().tenantId() + "]"
				: "EmbeddedEmulator[not running]";
	}

	private record Running(Object emulator, String baseUrl, CohesivityCredentials tenant, boolean reused) {

	}

}
