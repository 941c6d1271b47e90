package ai.cohesivity.emulator.faults;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every request by method and path (query string excluded), for tests that check
 * how many calls a client made.
 */
public final class RequestCounter {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	/**
	 * Counts a request.
	 * @param method the HTTP method
	 * @param path the path, without the query string
	 */
	public void record(String method, String path) {
		this.counts.computeIfAbsent(method + " " + path, (key) -> new LongAdder()).increment();
	}

	/**
	 * How many requests came for a method and path.
	 * @param method the HTTP method
	 * @param path the path, without the query string
	 * @return the count
	 */
	public long count(String method, String path) {
		LongAdder adder = this.counts.get(method + " " + path);
		return (adder != null) ? adder.sum() : 0;
	}

	/**
	 * Clears every count.
	 */
	public void reset() {
		this.counts.clear();
	}

}
