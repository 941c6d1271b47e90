/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * How the requests of one transport are authenticated. The application key as
 * {@code ?key=} is not one of these: it is added by the connector of the transport's
 * client ({@link ApplicationKeyQueryConnector}).
 */
interface RequestCredential {

	/** No credential (tenant creation, a claim's wait token carried by the request). */
	RequestCredential NONE = new Unauthenticated("none");

	/**
	 * No credential of the transport's own: the client's connector adds the application
	 * key as {@code ?key=}.
	 */
	RequestCredential KEY_PARAMETER = new Unauthenticated("key-parameter");

	/**
	 * Send one call with the credential applied.
	 * @param <T> the result type
	 * @param request the request without credential
	 * @param call sends an authenticated request (with its retries)
	 * @return the result
	 */
	default <T> Mono<T> send(CohesivityRequest request, Function<CohesivityRequest, Mono<T>> call) {
		return stream(request, (authenticated) -> call.apply(authenticated).flux()).singleOrEmpty();
	}

	/**
	 * Send one streaming call with the credential applied.
	 * @param <T> the element type
	 * @param request the request without credential
	 * @param call sends an authenticated request (with its retries)
	 * @return the elements
	 */
	<T> Flux<T> stream(CohesivityRequest request, Function<CohesivityRequest, Flux<T>> call);

	/**
	 * The management key as Bearer, looked up per call so that an application without one
	 * fails only when it calls the control plane.
	 * @param connection the connection holding the key
	 * @return the credential
	 */
	static RequestCredential managementKey(CohesivityConnection connection) {
		return new RequestCredential() {

			@Override
			public <T> Flux<T> stream(CohesivityRequest request, Function<CohesivityRequest, Flux<T>> call) {
				return Flux.defer(() -> call.apply(request.withBearer(key())));
			}

			private String key() {
				String key = connection.managementKey();
				if (key == null || key.isBlank()) {
					throw connection.missingKey(CohesivityConnection.Key.MANAGEMENT);
				}
				return key;
			}

			@Override
			public String toString() {
				return "management-key";
			}

		};
	}

	/**
	 * A renewable token as Bearer: a call rejected with {@code 401} leads to one renewal
	 * and one more call, also for writes, since a rejected request was not executed.
	 * @param tokens the token source
	 * @return the credential
	 */
	static RequestCredential renewableToken(RenewableToken tokens) {
		return new RequestCredential() {

			@Override
			public <T> Flux<T> stream(CohesivityRequest request, Function<CohesivityRequest, Flux<T>> call) {
				return tokens.token()
					.flatMapMany((token) -> call.apply(request.withBearer(token))
						.onErrorResume(CohesivityUnauthorizedException.class,
								(rejected) -> tokens.renewAfterRejection(token)
									.flatMapMany((fresh) -> call.apply(request.withBearer(fresh)))));
			}

			@Override
			public String toString() {
				return "session-token";
			}

		};
	}

	/**
	 * Sends requests as they are.
	 */
	final class Unauthenticated implements RequestCredential {

		private final String name;

		private Unauthenticated(String name) {
			this.name = name;
		}

		@Override
		public <T> Flux<T> stream(CohesivityRequest request, Function<CohesivityRequest, Flux<T>> call) {
			return call.apply(request);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
