package ai.cohesivity.emulator.faults;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerResponse;

import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.ErrorAnswers;
import ai.cohesivity.emulator.http.EventLoops;

/**
 * In front of the routes: counts every request, opens CORS on {@code /edge/*}, and
 * applies the {@link FaultPlan} to everything outside {@code /__emulator/} — the WAF's
 * refusals, added latency, injected error statuses (before any work is done, in the
 * envelope of the plane they hit) and connections dropped after the work is done.
 */
public final class FaultInjectingHttpHandler implements HttpHandler {

	private static final String ADMIN_PREFIX = "/__emulator/";

	private final HttpHandler delegate;

	private final FaultPlan faults;

	private final RequestCounter requests;

	private final ErrorAnswers errors;

	private final Scheduler timer;

	/**
	 * Wraps the emulator's handler.
	 * @param delegate the handler that serves requests
	 * @param faults the faults to apply
	 * @param requests counts every request
	 * @param errors writes injected failures
	 * @param timer delays requests
	 */
	public FaultInjectingHttpHandler(HttpHandler delegate, FaultPlan faults, RequestCounter requests,
			ErrorAnswers errors, Scheduler timer) {
		this.delegate = delegate;
		this.faults = faults;
		this.requests = requests;
		this.errors = errors;
		this.timer = timer;
	}

	@Override
	public Mono<Void> handle(ServerHttpRequest request, ServerHttpResponse response) {
		String path = request.getPath().pathWithinApplication().value();
		this.requests.record(request.getMethod().name(), path);
		if (path.startsWith(ADMIN_PREFIX)) {
			return this.delegate.handle(request, response);
		}
		if (this.faults.wafBlocks(path, request.getHeaders().getFirst(HttpHeaders.USER_AGENT))) {
			return CloudflareBlockPage.write(response);
		}
		if (path.startsWith("/edge/")) {
			response.getHeaders().set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		Mono<Void> handling = Mono.defer(() -> {
			FaultPlan.InjectedFailure failure = this.faults.failureFor(path);
			if (failure != null) {
				return writeFailure(response, path, failure);
			}
			if (this.faults.mayDrop(path)) {
				return this.delegate.handle(request, new DroppingResponse(response, path));
			}
			return this.delegate.handle(request, response);
		});
		Duration delay = this.faults.nextDelay();
		if (delay.isZero()) {
			return handling;
		}
		return Mono.delay(delay, this.timer).publishOn(Schedulers.fromExecutor(EventLoops.of(request))).then(handling);
	}

	private Mono<Void> writeFailure(ServerHttpResponse response, String path, FaultPlan.InjectedFailure injected) {
		int status = injected.status();
		String message = "Injected failure (emulator fault injection)";
		ApiError failure;
		if (path.startsWith("/edge/")) {
			failure = ApiError.edge(status, "injected_failure", message);
			if (status == 429) {
				failure.with("tenant_state", "active").with("window_kind", "utc_minute");
			}
		}
		else {
			failure = ApiError.control(status, "injected_failure", message);
		}
		if (injected.retryAfter() && (status == 429 || status == 503)) {
			failure.header(HttpHeaders.RETRY_AFTER, "1");
		}
		return this.errors.write(failure, response);
	}

	/**
	 * Closes the connection instead of writing the answer, if a drop is still armed when
	 * the handler — and so the write — has completed.
	 */
	private final class DroppingResponse extends ServerHttpResponseDecorator {

		private final String path;

		DroppingResponse(ServerHttpResponse delegate, String path) {
			super(delegate);
			this.path = path;
		}

		@Override
		public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
			FaultPlan.Drop drop = FaultInjectingHttpHandler.this.faults.takeDrop(this.path);
			if (drop != FaultPlan.Drop.NONE) {
				return Mono.from(body).doOnNext(DataBufferUtils::release).then(drop(drop));
			}
			return super.writeWith(body);
		}

		@Override
		public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
			FaultPlan.Drop drop = FaultInjectingHttpHandler.this.faults.takeDrop(this.path);
			if (drop != FaultPlan.Drop.NONE) {
				return Flux.from(body).concatMap(Flux::from).doOnNext(DataBufferUtils::release).then(drop(drop));
			}
			return super.writeAndFlushWith(body);
		}

		@Override
		public Mono<Void> setComplete() {
			FaultPlan.Drop drop = FaultInjectingHttpHandler.this.faults.takeDrop(this.path);
			if (drop != FaultPlan.Drop.NONE) {
				return drop(drop);
			}
			return super.setComplete();
		}

		private Mono<Void> drop(FaultPlan.Drop drop) {
			HttpServerResponse nativeResponse = ServerHttpResponseDecorator.getNativeResponse(getDelegate());
			return Mono.create((sink) -> nativeResponse.withConnection((connection) -> {
				if (drop == FaultPlan.Drop.RESET) {
					// a zero linger time makes close() send RST instead of FIN
					connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
				}
				connection.channel().close().addListener((future) -> sink.success());
			}));
		}

	}

}
