package ai.cohesivity.emulator.support;

import org.jspecify.annotations.Nullable;

/**
 * The emulator's own origin, e.g. {@code http://127.0.0.1:8787}, known once the server is
 * bound: the links the emulator hands out (approval pages, top-up, edge URLs) start with
 * it.
 */
public final class BaseUrl {

	private volatile @Nullable String origin;

	/**
	 * Sets the origin, once the server is bound.
	 * @param origin the origin, without a trailing slash
	 */
	public void bound(String origin) {
		this.origin = origin;
	}

	/**
	 * The origin.
	 * @return the origin, without a trailing slash
	 */
	public String get() {
		String origin = this.origin;
		if (origin == null) {
			throw new IllegalStateException("The emulator is not bound to a port yet");
		}
		return origin;
	}

	/**
	 * An absolute URL on the emulator.
	 * @param path the path, starting with {@code /}
	 * @return the origin followed by the path
	 */
	public String of(String path) {
		return get() + path;
	}

}
