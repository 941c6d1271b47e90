/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import org.springframework.http.HttpMethod;

/**
 * Classifies transport failures into {@link CohesivityNetworkException}s, deciding
 * conservatively whether the request may have reached the server: only failures to
 * establish the connection count as "not reached".
 */
final class NetworkFailures {

	private NetworkFailures() {
	}

	static CohesivityNetworkException of(Throwable failure, HttpMethod method, String target) {
		boolean reached = !isConnectFailure(failure);
		String cause = describe(failure);
		String message = "Could not complete " + method + " " + target + " ("
				+ (reached ? "the request may have reached Cohesivity" : "the connection was never established") + "): "
				+ cause;
		return new CohesivityNetworkException(KeyRedactor.redact(message), failure, reached);
	}

	private static boolean isConnectFailure(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof ConnectException || current instanceof UnknownHostException
					|| current instanceof NoRouteToHostException || current instanceof SSLHandshakeException) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String name = root.getClass().getSimpleName();
		if (root instanceof TimeoutException || name.contains("Timeout")) {
			return "timed out (" + name + ")";
		}
		String message = root.getMessage();
		return (message != null) ? name + ": " + message : name;
	}

}
