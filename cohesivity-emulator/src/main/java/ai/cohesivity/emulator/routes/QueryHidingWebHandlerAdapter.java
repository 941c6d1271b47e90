package ai.cohesivity.emulator.routes;

import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.server.HandlerStrategies;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.server.adapter.HttpWebHandlerAdapter;
import org.springframework.web.server.handler.ExceptionHandlingWebHandler;

/**
 * WebFlux' request adapter, except that its DEBUG request line leaves out the query
 * string: {@code /edge/*} takes the application key as {@code ?key=}, and a key never
 * goes into a log.
 */
final class QueryHidingWebHandlerAdapter extends HttpWebHandlerAdapter {

	private QueryHidingWebHandlerAdapter(RouterFunction<?> routes, HandlerStrategies strategies) {
		super(new ExceptionHandlingWebHandler(RouterFunctions.toWebHandler(routes, strategies),
				strategies.exceptionHandlers()));
		ServerCodecConfigurer codecs = ServerCodecConfigurer.create();
		codecs.registerDefaults(false);
		setCodecConfigurer(codecs);
		setLocaleContextResolver(strategies.localeContextResolver());
	}

	static HttpWebHandlerAdapter of(RouterFunction<?> routes, HandlerStrategies strategies) {
		return new QueryHidingWebHandlerAdapter(routes, strategies);
	}

	@Override
	protected String formatRequest(ServerHttpRequest request) {
		return "HTTP " + request.getMethod() + " \"" + request.getPath() + "\"";
	}

}
