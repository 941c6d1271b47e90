/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.edge;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Sends JSON calls to the Cohesivity data plane ({@code /edge/*}). Authentication is
 * applied for the caller: an edge session token as {@code Authorization: Bearer}, minted
 * and refreshed ahead of expiry (or the application key as {@code ?key=} when session
 * tokens are disabled). A {@code 401} leads to one forced re-mint and one retry. Error
 * responses become {@link ai.cohesivity.core.CohesivityApiException} subclasses; other
 * failures are retried only when the call is idempotent.
 */
public interface EdgeClient {

	/**
	 * POST a JSON body to an edge path.
	 * @param path the path, for example {@code /edge/database}; it must not contain a key
	 * @param jsonBody the body, serialized as JSON ({@code Map}, {@code JsonNode}, a
	 * record, …)
	 * @param idempotent whether repeating the call is harmless (a read); a write that may
	 * have reached the server is never repeated when this is {@code false}
	 * @return the JSON answer
	 */
	Mono<JsonNode> post(String path, Object jsonBody, boolean idempotent);

}
