/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.core;

import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * Creates the connector under every Cohesivity {@code WebClient}. Implementations must
 * apply the settings' connect and read timeouts and must not follow redirects.
 */
@FunctionalInterface
public interface ClientHttpConnectorFactory {

	/**
	 * Create a connector.
	 * @param settings the transport settings
	 * @return the connector
	 */
	ClientHttpConnector create(CohesivityClientSettings settings);

}
