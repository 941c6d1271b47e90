/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.core.CohesivityApiException;

/**
 * The request named a {@code model} the managed agent does not run
 * ({@code 400 model_not_selectable}). {@code model} is not a selector: the model follows
 * the agent's model source ({@code gpt-5.5} on a Codex subscription,
 * {@code openai/gpt-5.4} on the AI Gateway). Leave {@code model} out, or send exactly
 * {@link #agentModel()}.
 */
public class ModelNotSelectableException extends CohesivityApiException {

	private static final Pattern QUOTED = Pattern.compile("[\"'`]([^\"'`\\s]+)[\"'`]");

	private final @Nullable String requestedModel;

	private final @Nullable String agentModel;

	/**
	 * Create a new exception.
	 * @param cause the error response
	 * @param requestedModel the model the request named
	 */
	public ModelNotSelectableException(CohesivityApiException cause, @Nullable String requestedModel) {
		this(cause, requestedModel, agentModel(cause.getMessage(), requestedModel));
	}

	private ModelNotSelectableException(CohesivityApiException cause, @Nullable String requestedModel,
			@Nullable String agentModel) {
		super(cause.envelope(), "The managed agent does not let a request choose its model: " + describe(requestedModel)
				+ " was sent, but the agent runs " + ((agentModel != null) ? "'" + agentModel + "'" : "another model")
				+ "; leave model out (the default) or send exactly the agent's model. Cohesivity said: "
				+ cause.getMessage());
		initCause(cause);
		this.requestedModel = requestedModel;
		this.agentModel = agentModel;
	}

	/**
	 * Return the model the request named.
	 * @return the model, or {@code null}
	 */
	public @Nullable String requestedModel() {
		return this.requestedModel;
	}

	/**
	 * Return the model the agent runs, as the error named it.
	 * @return the model, or {@code null} when the error did not name it
	 */
	public @Nullable String agentModel() {
		return this.agentModel;
	}

	private static String describe(@Nullable String model) {
		return (model != null) ? "'" + model + "'" : "a model";
	}

	private static @Nullable String agentModel(@Nullable String message, @Nullable String requested) {
		if (message == null) {
			return null;
		}
		Matcher quoted = QUOTED.matcher(message);
		while (quoted.find()) {
			String candidate = quoted.group(1);
			if (!candidate.equals(requested) && !candidate.equals("model")) {
				return candidate;
			}
		}
		return null;
	}

}
