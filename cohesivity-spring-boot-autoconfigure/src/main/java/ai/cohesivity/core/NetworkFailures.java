/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLHandshakeException;

import io.netty.handler.ssl.NotSslRecordException;

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
		if (isPlainHttpAnswer(failure)) {
			String plain = target.replaceFirst("^https://", "http://");
			return new CohesivityNetworkException(KeyRedactor.redact("Could not complete " + method + " " + target
					+ " (the connection was never established): the server answered in plain HTTP, not TLS. "
					+ "The base URL says https, but the server there speaks http, as the local emulator does: "
					+ "use an http:// base URL for it (" + plain.substring(0, plain.indexOf('/', "http://".length()))
					+ ")"), failure, false);
		}
		boolean reached = !isConnectFailure(failure);
		String cause = describe(failure);
		String message = "Could not complete " + method + " " + target + " ("
				+ (reached ? "the request may have reached Cohesivity" : "the connection was never established") + "): "
				+ cause;
		return new CohesivityNetworkException(KeyRedactor.redact(message), failure, reached);
	}

	/**
	 * Whether the failure is a TLS handshake answered in plain HTTP (Netty's
	 * {@code NotSslRecordException}, whose message is a hex dump of the answer): nothing
	 * was sent, and sending again cannot help.
	 * @param failure the failure
	 * @return whether an https request met a plain-HTTP server
	 */
	static boolean isPlainHttpAnswer(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			if (current instanceof NotSslRecordException) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	/**
	 * Return whether a failure of a call that is not idempotent leaves its outcome
	 * unknown: the request may have reached the server, and no answer came.
	 * @param failure the failure
	 * @return whether the outcome is unknown
	 */
	static boolean outcomeUnknown(Throwable failure) {
		return failure instanceof CohesivityNetworkException network && network.mayHaveReachedServer();
	}

	/**
	 * Say it in the failure of a call that is not idempotent: its outcome is unknown, and
	 * it was not sent again.
	 * @param failure a failure for which {@link #outcomeUnknown(Throwable)} holds
	 * @return the failure to raise
	 */
	static CohesivityNetworkException withOutcomeUnknown(Throwable failure) {
		return new CohesivityNetworkException(
				failure.getMessage() + "; its outcome is unknown: it may have been "
						+ "applied, and it was not sent again because it is not idempotent (check before repeating it)",
				failure, true);
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
