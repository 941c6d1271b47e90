package ai.cohesivity.emulator.http;

import java.util.concurrent.Executor;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.netty.Connection;

/**
 * Finds the Netty event loop that owns a request's connection. Work finished on another
 * thread (SQLite, timers) hands its result back to that loop before the response is
 * written: Reactor Netty can otherwise miss the next keep-alive request that arrives
 * while the previous response is still being completed from a foreign thread, and leave
 * it unread.
 */
public final class EventLoops {

	private EventLoops() {
	}

	/**
	 * The event loop of the request's connection, or a direct executor when the request
	 * is not served by Reactor Netty.
	 * @param request the request
	 * @return where to complete the request's work
	 */
	public static Executor of(ServerHttpRequest request) {
		Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
		if (nativeRequest instanceof Connection connection) {
			return connection.channel().eventLoop();
		}
		return Runnable::run;
	}

}
