package ai.cohesivity.emulator.faults;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

/**
 * The faults tests asked for: added latency, error statuses at a rate, connections
 * dropped after the request's work has been done (and committed), and requests the
 * Cloudflare WAF refuses.
 */
public final class FaultPlan {

	private volatile Duration fixedLatency = Duration.ZERO;

	private volatile Duration latencyJitter = Duration.ZERO;

	private final List<FailureRule> failures = new CopyOnWriteArrayList<>();

	private final List<DropRule> drops = new CopyOnWriteArrayList<>();

	private final List<String> wafBlockedPaths = new CopyOnWriteArrayList<>();

	private final List<String> wafBlockedUserAgents = new CopyOnWriteArrayList<>();

	/**
	 * Delays every request by {@code fixed} plus a random share of {@code jitter}.
	 * @param fixed the fixed delay
	 * @param jitter the upper bound of the random extra delay
	 */
	public void latency(Duration fixed, Duration jitter) {
		if (fixed.isNegative() || jitter.isNegative()) {
			throw new IllegalArgumentException("Latency must not be negative");
		}
		this.fixedLatency = fixed;
		this.latencyJitter = jitter;
	}

	/**
	 * The delay for one request: the fixed latency plus a uniformly random share of the
	 * jitter.
	 */
	Duration nextDelay() {
		Duration jitter = this.latencyJitter;
		if (jitter.isZero()) {
			return this.fixedLatency;
		}
		return this.fixedLatency.plusNanos(ThreadLocalRandom.current().nextLong(jitter.toNanos() + 1));
	}

	/**
	 * Fails a share of the requests under a path prefix, before any work is done; a
	 * {@code 429} or {@code 503} carries {@code Retry-After: 1}.
	 * @param pathPrefix the path prefix
	 * @param status a 4xx or 5xx status
	 * @param rate the share, between 0 and 1 (0 removes the rule)
	 */
	public void failRequests(String pathPrefix, int status, double rate) {
		failRequests(pathPrefix, status, rate, true);
	}

	/**
	 * Fails a share of the requests under a path prefix, before any work is done.
	 * @param pathPrefix the path prefix
	 * @param status a 4xx or 5xx status
	 * @param rate the share, between 0 and 1 (0 removes the rule)
	 * @param retryAfter whether a {@code 429} or {@code 503} carries
	 * {@code Retry-After: 1} (an overloaded gateway's {@code 503} usually does not)
	 */
	public void failRequests(String pathPrefix, int status, double rate, boolean retryAfter) {
		if (status < 400 || status > 599) {
			throw new IllegalArgumentException("An injected failure needs a 4xx or 5xx status, not " + status);
		}
		if (rate < 0 || rate > 1) {
			throw new IllegalArgumentException("The failure rate must be between 0 and 1, not " + rate);
		}
		this.failures.removeIf((rule) -> rule.pathPrefix.equals(pathPrefix));
		if (rate > 0) {
			this.failures.add(new FailureRule(pathPrefix, status, rate, retryAfter));
		}
	}

	/**
	 * The failure to answer this request with, or {@code null} to let it through.
	 * Deterministic: with rate {@code r}, exactly {@code floor(n * r)} of the first
	 * {@code n} matching requests fail.
	 */
	@Nullable InjectedFailure failureFor(String path) {
		for (FailureRule rule : this.failures) {
			if (path.startsWith(rule.pathPrefix)) {
				long n = rule.seen.incrementAndGet();
				if (Math.floor(n * rule.rate) > Math.floor((n - 1) * rule.rate)) {
					return new InjectedFailure(rule.status, rule.retryAfter);
				}
				return null;
			}
		}
		return null;
	}

	/**
	 * Drops the connection of the next requests under a path prefix after their work is
	 * done, with an orderly close (a TCP FIN).
	 * @param pathPrefix the path prefix
	 * @param times how many requests (0 removes the rule)
	 */
	public void dropConnectionAfterCommit(String pathPrefix, int times) {
		addDropRule(pathPrefix, times, Drop.CLOSE);
	}

	/**
	 * Resets the connection of the next requests under a path prefix after their work is
	 * done (a TCP RST, as a crashed proxy or a load balancer that gives up sends): the
	 * client sees "connection reset by peer" after it sent the whole request.
	 * @param pathPrefix the path prefix
	 * @param times how many requests (0 removes the rule)
	 */
	public void resetConnectionAfterCommit(String pathPrefix, int times) {
		addDropRule(pathPrefix, times, Drop.RESET);
	}

	private void addDropRule(String pathPrefix, int times, Drop drop) {
		if (times < 0) {
			throw new IllegalArgumentException("times must not be negative");
		}
		this.drops.removeIf((rule) -> rule.pathPrefix.equals(pathPrefix));
		if (times > 0) {
			this.drops.add(new DropRule(pathPrefix, drop, new AtomicInteger(times)));
		}
	}

	/**
	 * How to end this request's connection once its work is done; consumes one drop.
	 * @return the drop, or {@link Drop#NONE} to answer normally
	 */
	Drop takeDrop(String path) {
		for (DropRule rule : this.drops) {
			if (path.startsWith(rule.pathPrefix)) {
				return (rule.remaining.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) ? rule.drop : Drop.NONE;
			}
		}
		return Drop.NONE;
	}

	boolean mayDrop(String path) {
		for (DropRule rule : this.drops) {
			if (path.startsWith(rule.pathPrefix) && rule.remaining.get() > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Makes the Cloudflare WAF refuse every request whose path starts with a prefix, with
	 * its HTML {@code 403} "error 1010" page.
	 * @param pathPrefix the path prefix, e.g. {@code /edge/database}
	 */
	public void wafBlockPath(String pathPrefix) {
		if (!pathPrefix.startsWith("/")) {
			throw new IllegalArgumentException("A path prefix starts with '/', not '" + pathPrefix + "'");
		}
		this.wafBlockedPaths.add(pathPrefix);
	}

	/**
	 * Makes the Cloudflare WAF refuse every request whose {@code User-Agent} contains a
	 * text (case-insensitively), as it refuses default HTTP-library agents (§1.3).
	 * @param userAgentPart the text, e.g. {@code Java-http-client}
	 */
	public void wafBlockUserAgent(String userAgentPart) {
		if (userAgentPart.isBlank()) {
			throw new IllegalArgumentException("Name a part of the User-Agent to block");
		}
		this.wafBlockedUserAgents.add(userAgentPart.toLowerCase(Locale.ROOT));
	}

	/**
	 * Whether the WAF refuses a request.
	 * @param path the request's path
	 * @param userAgent its {@code User-Agent}, if any
	 * @return whether it is blocked
	 */
	boolean wafBlocks(String path, @Nullable String userAgent) {
		for (String prefix : this.wafBlockedPaths) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		String agent = (userAgent != null) ? userAgent.toLowerCase(Locale.ROOT) : "";
		for (String part : this.wafBlockedUserAgents) {
			if (agent.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Removes every fault.
	 */
	public void reset() {
		this.fixedLatency = Duration.ZERO;
		this.latencyJitter = Duration.ZERO;
		this.failures.clear();
		this.drops.clear();
		this.wafBlockedPaths.clear();
		this.wafBlockedUserAgents.clear();
	}

	/**
	 * An injected failure: its status, and whether a {@code 429} or {@code 503} carries
	 * {@code Retry-After}.
	 *
	 * @param status the status
	 * @param retryAfter whether to send {@code Retry-After: 1} with a 429 or 503
	 */
	record InjectedFailure(int status, boolean retryAfter) {

	}

	private record FailureRule(String pathPrefix, int status, double rate, boolean retryAfter, AtomicLong seen) {

		FailureRule(String pathPrefix, int status, double rate, boolean retryAfter) {
			this(pathPrefix, status, rate, retryAfter, new AtomicLong());
		}

	}

	private record DropRule(String pathPrefix, Drop drop, AtomicInteger remaining) {
	}

	/**
	 * How a connection is dropped instead of answered.
	 */
	enum Drop {

		/** Answer normally. */
		NONE,

		/** Close the connection (FIN). */
		CLOSE,

		/** Reset the connection (RST). */
		RESET

	}

}
