/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.util.Assert;
import org.springframework.util.FileCopyUtils;

/**
 * Runs schema and data scripts against the edge database at start-up, like Spring Boot's
 * {@code spring.sql.init}: the schema scripts first, then the data scripts, each split
 * into statements by {@link SqlScriptSplitter} (comments, semicolons inside strings and
 * trigger bodies handled) and run one statement per request, in order.
 * <p>
 * A location may be a pattern ({@code classpath*:db/*.sql}, matches run in name order)
 * and may be prefixed with {@code optional:} to be skipped when nothing is there; a
 * missing location without that prefix is an error. The first failing statement stops the
 * start-up unless {@code continueOnError} is set, in which case it is logged and skipped.
 * Statements already run stay applied: write scripts that can run again
 * ({@code CREATE TABLE IF NOT EXISTS}, {@code INSERT OR IGNORE}), because they run at
 * every start.
 */
public class EdgeDatabaseScriptInitializer implements InitializingBean {

	private static final Log logger = LogFactory.getLog(EdgeDatabaseScriptInitializer.class);

	private static final String OPTIONAL_PREFIX = "optional:";

	private final EdgeDatabaseOperations operations;

	private final ResourcePatternResolver resourceResolver;

	private final List<String> schemaLocations;

	private final List<String> dataLocations;

	private final boolean continueOnError;

	private final Charset encoding;

	/**
	 * Creates an initializer.
	 * @param operations the operations that run the statements
	 * @param resourceLoader resolves the script locations
	 * @param schemaLocations the schema script locations
	 * @param dataLocations the data script locations
	 * @param continueOnError whether a failing statement is logged and skipped
	 * @param encoding the script encoding
	 */
	public EdgeDatabaseScriptInitializer(EdgeDatabaseOperations operations, ResourceLoader resourceLoader,
			List<String> schemaLocations, List<String> dataLocations, boolean continueOnError, Charset encoding) {
		Assert.notNull(operations, "EdgeDatabaseOperations must not be null");
		this.operations = operations;
		this.resourceResolver = ResourcePatternUtils.getResourcePatternResolver(resourceLoader);
		this.schemaLocations = List.copyOf(schemaLocations);
		this.dataLocations = List.copyOf(dataLocations);
		this.continueOnError = continueOnError;
		this.encoding = encoding;
	}

	@Override
	public void afterPropertiesSet() {
		initializeDatabase();
	}

	/**
	 * Runs the schema scripts, then the data scripts.
	 * @return the number of statements that ran successfully
	 */
	public int initializeDatabase() {
		int succeeded = 0;
		for (Resource script : resolve(this.schemaLocations)) {
			succeeded += run(script);
		}
		for (Resource script : resolve(this.dataLocations)) {
			succeeded += run(script);
		}
		return succeeded;
	}

	private List<Resource> resolve(List<String> locations) {
		List<Resource> scripts = new ArrayList<>();
		for (String location : locations) {
			boolean optional = location.startsWith(OPTIONAL_PREFIX);
			String path = optional ? location.substring(OPTIONAL_PREFIX.length()) : location;
			List<Resource> found = find(path);
			if (found.isEmpty() && !optional) {
				throw new IllegalStateException(
						"No SQL script found at '" + location + "'; fix the location or prefix it with 'optional:'");
			}
			scripts.addAll(found);
		}
		return scripts;
	}

	private List<Resource> find(String path) {
		try {
			Resource[] resources = this.resourceResolver.getResources(path);
			return Arrays.stream(resources)
				.filter(Resource::exists)
				.sorted(Comparator.comparing((resource) -> String.valueOf(resource.getFilename())))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not resolve SQL scripts at '" + path + "'", ex);
		}
	}

	private int run(Resource script) {
		List<String> statements = SqlScriptSplitter.split(read(script));
		int succeeded = 0;
		for (int i = 0; i < statements.size(); i++) {
			try {
				this.operations.execute(statements.get(i));
				succeeded++;
			}
			catch (DataAccessException ex) {
				String where = "statement " + (i + 1) + " of " + script.getDescription();
				if (!this.continueOnError) {
					throw new IllegalStateException("Edge database initialization failed at " + where, ex);
				}
				logger.warn("Edge database initialization: skipping failed " + where + ": " + ex.getMessage());
			}
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Ran " + succeeded + " of " + statements.size() + " statements of " + script.getDescription());
		}
		return succeeded;
	}

	private String read(Resource script) {
		try {
			return new String(FileCopyUtils.copyToByteArray(script.getInputStream()), this.encoding);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read SQL script " + script.getDescription(), ex);
		}
	}

}
