/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.management;

import tools.jackson.databind.JsonNode;

/**
 * A wait that ended well: the human approved the flow.
 *
 * @param status the status that ended it ({@code claimed}, {@code completed} or
 * {@code approved})
 * @param body the whole final answer of {@code /api/wait}
 */
public record WaitCompletion(String status, JsonNode body) {

}
