/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Keeps the chat request, which Jackson writes by reflection as the body of
 * {@code POST /edge/managed-agents/v1/chat/completions}, serializable in a native image:
 * {@link ChatCompletionRequest} and its {@link ChatMessage}s, their accessors and their
 * {@code @JsonProperty} names. Answers are read as trees and need no hints.
 */
class AgentsRuntimeHints implements RuntimeHintsRegistrar {

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(), ChatCompletionRequest.class,
				ChatMessage.class);
	}

}
