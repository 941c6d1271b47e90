/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityApiException;
import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityRequest;

/**
 * Polls {@code /api/wait} until a flow a human has to approve (a claim, a Codex
 * connection) ends. The one poller of every such flow:
 * <ul>
 * <li>it follows the {@link WaitBlob}: its {@code url} (only on the configured Cohesivity
 * origin: the wait token is never sent anywhere else), its {@code auth_header} (sent
 * instead of the management key), its {@code method} ({@code POST} when it does not say;
 * a {@code 405} switches to the other method once) and its {@code poll_interval_seconds}
 * (the caller's interval when it does not say);</li>
 * <li>{@code claimed}, {@code completed} and {@code approved} (or
 * {@code tenant_lifecycle: claimed}) end the wait well;</li>
 * <li>{@code expired}, {@code denied}, {@code cancelled} and {@code failed} end it at
 * once with a {@link WaitFailedException};</li>
 * <li>any other status ({@code pending}, or one this client does not know) keeps polling
 * until the timeout, which ends it with a {@link WaitTimedOutException};</li>
 * <li>each poll may be held open by the server (a long poll): it is sent through
 * {@link ManagementApi#sendWithToken}, whose read timeout outlasts one; a failed poll is
 * retried like any read.</li>
 * </ul>
 * Cancelling the returned {@code Mono} stops polling.
 */
public final class WaitPoller {

	private static final Set<String> SUCCESSES = Set.of("claimed", "completed", "approved");

	private static final Set<String> FAILURES = Set.of("expired", "denied", "cancelled", "failed");

	private final ManagementApi api;

	/**
	 * Create a poller.
	 * @param api the control-plane API; wait URLs must point at its origin
	 */
	public WaitPoller(ManagementApi api) {
		this.api = api;
	}

	/**
	 * Poll until the flow ends.
	 * @param flow what is waited for, for the messages
	 * @param wait the flow's wait blob
	 * @param pollInterval the pause between two polls when the blob does not say
	 * @param timeout how long to wait in total
	 * @return the completion; a {@link WaitFailedException} when the flow failed, a
	 * {@link WaitTimedOutException} when nobody approved it in time
	 */
	public Mono<WaitCompletion> await(Flow flow, WaitBlob wait, Duration pollInterval, Duration timeout) {
		return Mono.defer(() -> {
			String path = sameOriginPath(flow, wait.url());
			String token = wait.authorization().regionMatches(true, 0, "Bearer ", 0, 7)
					? wait.authorization().substring(7).strip() : wait.authorization().strip();
			HttpMethod first = (wait.method() != null) ? wait.method() : HttpMethod.POST;
			AtomicReference<HttpMethod> method = new AtomicReference<>(first);
			Duration interval = (wait.pollInterval() != null) ? wait.pollInterval() : pollInterval;
			return poll(flow, path, token, method, first)
				.repeatWhenEmpty(Integer.MAX_VALUE, (polls) -> polls.delayElements(interval))
				.timeout(timeout)
				.onErrorMap(TimeoutException.class,
						(ex) -> new WaitTimedOutException(flow.name() + " was not approved within " + timeout + "; "
								+ flow.howToApprove() + ", then wait again", timeout, ex));
		});
	}

	private Mono<WaitCompletion> poll(Flow flow, String path, String token, AtomicReference<HttpMethod> method,
			HttpMethod first) {
		return send(path, token, method, first).flatMap((body) -> Mono.justOrEmpty(outcome(flow, body)));
	}

	/**
	 * Send one poll; a {@code 405} to the blob's (or the default) method switches every
	 * later poll to the other method, once.
	 */
	private Mono<JsonNode> send(String path, String token, AtomicReference<HttpMethod> method, HttpMethod first) {
		return Mono.defer(() -> {
			HttpMethod current = method.get();
			return this.api.sendWithToken(CohesivityRequest.of(current, path), token, true)
				.onErrorResume((ex) -> current.equals(first) && ex instanceof CohesivityApiException api
						&& api.status() == 405, (ex) -> {
							method.set(HttpMethod.POST.equals(first) ? HttpMethod.GET : HttpMethod.POST);
							return send(path, token, method, first);
						});
		});
	}

	private static @Nullable WaitCompletion outcome(Flow flow, JsonNode body) {
		String status = body.path("status").asString("").strip().toLowerCase(Locale.ROOT);
		if (SUCCESSES.contains(status)) {
			return new WaitCompletion(status, body);
		}
		if (FAILURES.contains(status)) {
			String message = body.path("message").asString("").strip();
			throw new WaitFailedException(
					flow.name() + " ended with status '" + status + "'"
							+ (message.isEmpty() ? "" : " (" + message + ")") + "; " + flow.howToRestart(),
					status, body);
		}
		if ("claimed".equals(body.path("tenant_lifecycle").asString(""))) {
			return new WaitCompletion("claimed", body);
		}
		return null;
	}

	private String sameOriginPath(Flow flow, String waitUrl) {
		URI wait = URI.create(waitUrl);
		if (wait.getHost() == null) {
			return waitUrl.startsWith("/") ? waitUrl : "/" + waitUrl;
		}
		String baseUrl = this.api.baseUrl();
		URI base = URI.create(baseUrl);
		boolean sameOrigin = wait.getScheme().equalsIgnoreCase(base.getScheme())
				&& wait.getHost().equalsIgnoreCase(base.getHost()) && port(wait) == port(base);
		if (!sameOrigin) {
			throw new CohesivityException(
					"Refusing to send " + flow.lowerCaseName() + "'s wait token to " + wait.getScheme() + "://"
							+ wait.getHost() + ": it is not the configured Cohesivity origin " + baseUrl);
		}
		return wait.getRawPath() + ((wait.getRawQuery() != null) ? "?" + wait.getRawQuery() : "");
	}

	private static int port(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

	/**
	 * What is waited for, as the messages of a failed or timed-out wait say it.
	 *
	 * @param name the flow, capitalized, for example {@code The claim}
	 * @param howToApprove what a human does to approve it, for example
	 * {@code open https://cohesivity.ai/c/… to approve it}
	 * @param howToRestart what to do after it failed, for example
	 * {@code start a new claim with ClaimClient.start()}
	 */
	public record Flow(String name, String howToApprove, String howToRestart) {

		String lowerCaseName() {
			return this.name.isEmpty() ? this.name
					: this.name.substring(0, 1).toLowerCase(Locale.ROOT) + this.name.substring(1);
		}

	}

}
