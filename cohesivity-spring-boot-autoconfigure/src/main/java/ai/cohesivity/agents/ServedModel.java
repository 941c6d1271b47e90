/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Which model and model source served a chat call, from the response headers
 * {@code x-cohesivity-model} and {@code x-cohesivity-model-source}.
 *
 * @param model the model, for example {@code gpt-5.5} or {@code openai/gpt-5.4}, if the
 * header was sent
 * @param source the model source, for example {@code codex}, if the header was sent
 */
public record ServedModel(@Nullable String model, @Nullable String source) {

	/** The response header naming the model. */
	public static final String MODEL_HEADER = "x-cohesivity-model";

	/** The response header naming the model source. */
	public static final String MODEL_SOURCE_HEADER = "x-cohesivity-model-source";

	static ServedModel from(HttpHeaders headers) {
		return new ServedModel(headers.getFirst(MODEL_HEADER), headers.getFirst(MODEL_SOURCE_HEADER));
	}

}
