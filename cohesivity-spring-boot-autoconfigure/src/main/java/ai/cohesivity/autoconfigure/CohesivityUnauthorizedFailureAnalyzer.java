/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.core.KeyRedactor;

/**
 * Explains a start-up that failed because Cohesivity rejected a key ({@code 401}) — while
 * provisioning, running schema scripts or in an application runner: which key, where it
 * came from (a property with its origin, or the credentials file), where it was sent, and
 * what to do. Never the key itself.
 */
class CohesivityUnauthorizedFailureAnalyzer extends AbstractFailureAnalyzer<CohesivityUnauthorizedException> {

	private final Environment environment;

	CohesivityUnauthorizedFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, CohesivityUnauthorizedException cause) {
		CohesivityConnection.Key key = rejectedKey(rootFailure, cause);
		StringBuilder description = new StringBuilder("Cohesivity rejected ")
			.append((key != null) ? "the " + key.description() : "a key")
			.append(" (HTTP 401: ")
			.append(KeyRedactor.redact(String.valueOf(cause.getMessage())))
			.append(").\n\n");
		if (key != null) {
			description.append("The ").append(key.description()).append(" comes from ").append(sourceOf(key));
		}
		else {
			description.append("The management key comes from ")
				.append(sourceOf(CohesivityConnection.Key.MANAGEMENT))
				.append(".\nThe application key comes from ")
				.append(sourceOf(CohesivityConnection.Key.APPLICATION));
		}
		description.append(".\nIt was sent to ").append(KeySources.baseUrl(this.environment)).append('.');
		String action = "Use the keys of the tenant that lives at that base URL: the ones in the .cohesivity file "
				+ "Cohesivity's tooling wrote for it ('npx @cohesivity/init'), or the genesis file of a local "
				+ "emulator (an emulator's keys mean nothing to https://cohesivity.ai, and the emulator forgets its "
				+ "tenants when it restarts without --data-dir). A key set as a property or environment variable wins "
				+ "over the file: unset it to use the file. An expired ephemeral tenant's keys stay rejected: "
				+ "create a new tenant.";
		return new FailureAnalysis(description.toString(), action, cause);
	}

	private String sourceOf(CohesivityConnection.Key key) {
		return KeySources.describe(this.environment, key);
	}

	/**
	 * Which key was rejected: the application key when the failure came through the edge
	 * database (its exceptions wrap the edge's) or the answer names it or the edge token;
	 * the management key when the answer names it.
	 */
	private static CohesivityConnection.@Nullable Key rejectedKey(Throwable rootFailure,
			CohesivityUnauthorizedException cause) {
		String said = (String.valueOf(cause.code()) + " " + cause.getMessage()).toLowerCase(Locale.ROOT);
		if (said.contains("management")) {
			return CohesivityConnection.Key.MANAGEMENT;
		}
		if (said.contains("application") || said.contains("edge token")) {
			return CohesivityConnection.Key.APPLICATION;
		}
		for (Throwable failure = rootFailure; failure != null && failure != cause; failure = failure.getCause()) {
			if (failure instanceof DataAccessException) {
				return CohesivityConnection.Key.APPLICATION;
			}
		}
		return null;
	}

}
