package ai.cohesivity.emulator;

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
final class EventLoops {

	private EventLoops() {
	}

	static Executor of(ServerHttpRequest request) {
		Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
		if (nativeRequest instanceof Connection connection) {
			return connection.channel().eventLoop();
		}
		return Runnable::run;
	}

}
