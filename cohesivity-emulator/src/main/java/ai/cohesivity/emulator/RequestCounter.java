package ai.cohesivity.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every request by method and path (query string excluded), for tests that check
 * how many calls a client made.
 */
final class RequestCounter {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	void record(String method, String path) {
		this.counts.computeIfAbsent(method + " " + path, (key) -> new LongAdder()).increment();
	}

	long count(String method, String path) {
		LongAdder adder = this.counts.get(method + " " + path);
		return (adder != null) ? adder.sum() : 0;
	}

	void reset() {
		this.counts.clear();
	}

}
