/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.time.Duration;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;

import ai.cohesivity.core.CohesivityRequest;
import ai.cohesivity.management.ManagementApi;
import ai.cohesivity.management.WaitCompletion;
import ai.cohesivity.management.WaitFailedException;
import ai.cohesivity.management.WaitPoller;
import ai.cohesivity.management.WaitTimedOutException;

/**
 * Connects the account's Codex (ChatGPT) subscription as the managed agent's model source
 * ({@code /api/codex/*}), with the management key of a claimed tenant. The connection is
 * account-level and agent-mediated: {@link #connect()} starts OpenAI's device-code flow,
 * a human approves it, and {@link #awaitConnected(CodexDeviceCode)} completes once
 * {@code /api/wait} reports completion (the {@link WaitPoller} shared with the claim
 * flow).
 */
public class CodexClient {

	private final ManagementApi api;

	private final WaitPoller waits;

	private final Duration pollInterval;

	private final Duration timeout;

	/**
	 * Create a client that polls every 3 seconds (unless the wait blob says otherwise)
	 * for up to 15 minutes.
	 * @param api the control-plane API; wait URLs must point at its origin
	 */
	public CodexClient(ManagementApi api) {
		this(api, Duration.ofSeconds(3), Duration.ofMinutes(15));
	}

	/**
	 * Create a client.
	 * @param api the control-plane API; wait URLs must point at its origin
	 * @param pollInterval the default pause between two polls, when the wait blob does
	 * not say
	 * @param timeout the default time to wait for the human's approval
	 */
	public CodexClient(ManagementApi api, Duration pollInterval, Duration timeout) {
		this.api = api;
		this.waits = new WaitPoller(api);
		this.pollInterval = pollInterval;
		this.timeout = timeout;
	}

	/**
	 * Start connecting a Codex subscription ({@code POST /api/codex/connect}). Not
	 * retried automatically: each call starts a new device-code flow.
	 * @return the code the human enters and where
	 */
	public Mono<CodexDeviceCode> connect() {
		return this.api.send(CohesivityRequest.of(HttpMethod.POST, "/api/codex/connect"), false)
			.map(CodexDeviceCode::from);
	}

	/**
	 * Wait until the human approved the connection, with the configured interval and
	 * timeout. Cancel the {@code Mono} to stop waiting.
	 * @param deviceCode the started connection
	 * @return the final answer of the wait; a {@link WaitFailedException} when the
	 * connection expired, was denied, cancelled or failed, a
	 * {@link WaitTimedOutException} when nobody approved it in time
	 */
	public Mono<WaitCompletion> awaitConnected(CodexDeviceCode deviceCode) {
		return awaitConnected(deviceCode, this.pollInterval, this.timeout);
	}

	/**
	 * Wait until the human approved the connection.
	 * @param deviceCode the started connection
	 * @param pollInterval the pause between two polls, when the wait blob does not say
	 * @param timeout how long to wait in total
	 * @return the final answer of the wait; failures as for
	 * {@link #awaitConnected(CodexDeviceCode)}
	 */
	public Mono<WaitCompletion> awaitConnected(CodexDeviceCode deviceCode, Duration pollInterval, Duration timeout) {
		WaitPoller.Flow flow = new WaitPoller.Flow("The Codex connection", deviceCode.instructions(),
				"start a new one with CodexClient.connect()");
		return this.waits.await(flow, deviceCode.waitBlob(), pollInterval, timeout);
	}

	/**
	 * Return whether a Codex subscription is connected ({@code GET /api/codex}).
	 * @return the status
	 */
	public Mono<CodexStatus> status() {
		return this.api.send(CohesivityRequest.of(HttpMethod.GET, "/api/codex"), true).map(CodexStatus::from);
	}

	/**
	 * Revoke the connection ({@code POST /api/codex/disconnect}): the agent switches back
	 * to the Cohesivity AI Gateway (same box, within about 30 seconds).
	 * @return the status afterwards
	 */
	public Mono<CodexStatus> disconnect() {
		return this.api.send(CohesivityRequest.of(HttpMethod.POST, "/api/codex/disconnect"), false)
			.map(CodexStatus::from);
	}

}
