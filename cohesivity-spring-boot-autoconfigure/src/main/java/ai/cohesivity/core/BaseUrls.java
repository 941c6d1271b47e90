/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Checks that a Cohesivity base URL is safe to send keys to: {@code https}, or
 * {@code http} only to a loopback address (the local emulator).
 */
public final class BaseUrls {

	private BaseUrls() {
	}

	/**
	 * Validate a base URL and return it without a trailing slash.
	 * @param baseUrl the base URL
	 * @return the normalized base URL
	 * @throws InsecureBaseUrlException if the URL is malformed, has a path, query,
	 * fragment or user info, or is plain {@code http} to a host that is not loopback
	 */
	public static String validate(String baseUrl) {
		URI uri;
		try {
			uri = new URI(baseUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw new InsecureBaseUrlException(baseUrl, "it is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new InsecureBaseUrlException(baseUrl,
					"it must be an absolute http(s) URL such as https://cohesivity.ai");
		}
		if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new InsecureBaseUrlException(baseUrl, "it must not carry user info, a query or a fragment");
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		if (("/" + path + "/").matches(".*/(api|edge)/.*")) {
			throw new InsecureBaseUrlException(baseUrl, "its path " + path + " is one the client adds itself "
					+ "(/api/... for the control plane, /edge/... for the data plane), so every call would miss; use "
					+ scheme + "://" + uri.getRawAuthority() + " (a path is only for a proxy that serves Cohesivity "
					+ "under a prefix)");
		}
		if (scheme.equals("http") && !isLoopbackHost(uri.getHost())) {
			throw new InsecureBaseUrlException(baseUrl,
					"plain http is only allowed to a loopback address (the local emulator); use https");
		}
		String normalized = uri.toString();
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized;
	}

	/**
	 * Return whether a base URL names this machine ({@code localhost} or a loopback
	 * address literal), without a DNS lookup.
	 * @param baseUrl the base URL
	 * @return whether the URL's host is loopback; {@code false} for a malformed URL
	 */
	public static boolean isLoopback(String baseUrl) {
		try {
			String host = new URI(baseUrl.strip()).getHost();
			return host != null && isLoopbackHost(host);
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean isLoopbackHost(String host) {
		String bare = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (!bare.matches("[0-9.]+") && !bare.contains(":")) {
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
