/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Customizes the {@link WebClient.Builder} of Cohesivity clients only, unlike Boot's
 * {@code WebClientCustomizer}, which applies to every {@code WebClient} of the
 * application. Applied after the application's customizers and before Cohesivity's own
 * settings (user agent, connector, error handling), which therefore cannot be undone by
 * accident.
 */
@FunctionalInterface
public interface CohesivityWebClientCustomizer {

	/**
	 * Customize the builder of a Cohesivity client.
	 * @param builder a builder that only Cohesivity clients use
	 */
	void customize(WebClient.Builder builder);

}
