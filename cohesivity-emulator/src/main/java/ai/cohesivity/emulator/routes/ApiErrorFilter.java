package ai.cohesivity.emulator.routes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.server.HandlerFilterFunction;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.ErrorAnswers;

/**
 * Turns what handlers throw into answers: an {@link ApiError} as its envelope, a rejected
 * admin argument as 400, anything else as a logged 500 that names the failure (never a
 * key: handlers never put keys in exception messages).
 */
final class ApiErrorFilter implements HandlerFilterFunction<ServerResponse, ServerResponse> {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrorFilter.class);

	private final ErrorAnswers errors;

	ApiErrorFilter(ErrorAnswers errors) {
		this.errors = errors;
	}

	@Override
	public Mono<ServerResponse> filter(ServerRequest request, HandlerFunction<ServerResponse> next) {
		return Mono.defer(() -> next.handle(request))
			.onErrorResume(ApiError.class, this.errors::response)
			.onErrorResume(IllegalArgumentException.class,
					(ex) -> this.errors
						.response(ApiError.control(400, "invalid_request", String.valueOf(ex.getMessage()))))
			.onErrorResume((ex) -> !(ex instanceof ApiError || ex instanceof IllegalArgumentException), (ex) -> {
				logger.error("Emulator failure on {} {}", request.method(), request.path(), ex);
				return this.errors.response(ApiError.control(500, "emulator_error",
						"The emulator failed: " + ex.getClass().getSimpleName()));
			});
	}

}
