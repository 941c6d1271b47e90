/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ai.cohesivity.core.BaseUrls;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.sql.init.AbstractScriptDatabaseInitializer;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.core.io.Resource;
import org.springframework.dao.DataAccessException;
import org.springframework.util.Assert;
import org.springframework.util.FileCopyUtils;

/**
 * Spring Boot's {@link AbstractScriptDatabaseInitializer} for the edge database: runs the
 * schema scripts, then the data scripts, at start-up, exactly as {@code spring.sql.init}
 * does for a {@code DataSource} (locations, {@code optional:} prefix, patterns,
 * continue-on-error, encoding, mode). A user's bean annotated with
 * {@link org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization
 * DependsOnDatabaseInitialization} is created after this initializer has run.
 * <p>
 * The edge database is "embedded" in Boot's sense when it is the local emulator: a
 * loopback base URL. So {@link DatabaseInitializationMode#EMBEDDED} runs the scripts
 * against the emulator only, never against the real Cohesivity.
 * <p>
 * Each script is split into statements by the client's own splitter, which keeps
 * {@code CREATE TRIGGER … BEGIN … END} bodies, comments and semicolons inside strings
 * whole (the {@linkplain DatabaseInitializationSettings#getSeparator() separator} setting
 * is not used: statements always end with {@code ;}). Statements run one per request, in
 * order. The first failing statement stops the start-up unless continue-on-error is set,
 * in which case it is logged and skipped. Statements already run stay applied: write
 * scripts that can run again ({@code CREATE TABLE IF NOT EXISTS},
 * {@code INSERT OR IGNORE}), because they run at every start.
 */
public class EdgeDatabaseScriptDatabaseInitializer extends AbstractScriptDatabaseInitializer {

	private static final Log logger = LogFactory.getLog(EdgeDatabaseScriptDatabaseInitializer.class);

	private final EdgeDatabaseOperations operations;

	private final boolean local;

	/**
	 * Creates an initializer.
	 * @param operations the operations that run the statements
	 * @param settings the locations, mode and error handling
	 * @param baseUrl the Cohesivity base URL the operations talk to: a loopback address
	 * (the local emulator) counts as an embedded database; {@code null} when unknown,
	 * which does not
	 */
	public EdgeDatabaseScriptDatabaseInitializer(EdgeDatabaseOperations operations,
			DatabaseInitializationSettings settings, @Nullable String baseUrl) {
		super(settings);
		Assert.notNull(operations, "EdgeDatabaseOperations must not be null");
		this.operations = operations;
		this.local = baseUrl != null && BaseUrls.isLoopback(baseUrl);
	}

	/**
	 * Returns whether the edge database is the local emulator (a loopback base URL).
	 * @return {@code true} for a loopback base URL
	 */
	@Override
	protected boolean isEmbeddedDatabase() {
		return this.local;
	}

	@Override
	protected void runScripts(Scripts scripts) {
		Charset encoding = (scripts.getEncoding() != null) ? scripts.getEncoding() : StandardCharsets.UTF_8;
		for (Resource script : scripts) {
			run(script, encoding, scripts.isContinueOnError());
		}
	}

	private void run(Resource script, Charset encoding, boolean continueOnError) {
		List<String> statements = SqlScriptSplitter.split(read(script, encoding));
		int succeeded = 0;
		for (int i = 0; i < statements.size(); i++) {
			try {
				this.operations.execute(statements.get(i));
				succeeded++;
			}
			catch (DataAccessException ex) {
				String where = "statement " + (i + 1) + " of " + script.getDescription();
				if (!continueOnError) {
					throw new IllegalStateException("Edge database initialization failed at " + where, ex);
				}
				logger.warn("Edge database initialization: skipping failed " + where + ": " + ex.getMessage());
			}
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Ran " + succeeded + " of " + statements.size() + " statements of " + script.getDescription());
		}
	}

	private static String read(Resource script, Charset encoding) {
		try {
			return new String(FileCopyUtils.copyToByteArray(script.getInputStream()), encoding);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read SQL script " + script.getDescription(), ex);
		}
	}

}
