package ai.cohesivity.emulator.faults;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * The Cloudflare WAF's answer to a refused browser signature (§1.3): {@code 403} with an
 * HTML "Error 1010 — Access denied" page, {@code Server: cloudflare} and a {@code CF-RAY}
 * id. Not a Cohesivity JSON error: clients must not read it as one.
 */
final class CloudflareBlockPage {

	private CloudflareBlockPage() {
	}

	static Mono<Void> write(ServerHttpResponse response) {
		String ray = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 4);
		String page = """
				<!DOCTYPE html>
				<html lang="en-US">
				<head>
				<title>Access denied | cohesivity.ai used Cloudflare to restrict access</title>
				<meta charset="UTF-8" />
				<meta name="robots" content="noindex, nofollow" />
				</head>
				<body>
				<div id="cf-wrapper">
				<div id="cf-error-details" class="cf-error-details-wrapper">
				<h1 data-translate="block_headline"><span class="cf-error-type">Error</span> <span class="cf-error-code">1010</span></h1>
				<span class="cf-error-ray">Ray ID: %s</span>
				<h2 class="cf-subheadline" data-translate="block_subheadline">Access denied</h2>
				<h2 data-translate="what_happened">What happened?</h2>
				<p>The owner of this website (cohesivity.ai) has banned your access based on your browser's signature (%s-LHR).</p>
				</div>
				</div>
				</body>
				</html>
				"""
			.formatted(ray, ray);
		response.setStatusCode(HttpStatus.FORBIDDEN);
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		response.getHeaders().set("Server", "cloudflare");
		response.getHeaders().set("CF-RAY", ray + "-LHR");
		return response.writeWith(Mono.just(response.bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8))));
	}

}
