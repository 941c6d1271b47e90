/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed because a key set as a property holds whitespace or a
 * control character: where it was set and how to fix it, without the key.
 */
class InvalidKeyPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidKeyPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidKeyPropertyException cause) {
		String description = "The Cohesivity " + cause.key().description() + " set by " + cause.source() + " holds "
				+ cause.defect() + ", so it cannot be the key Cohesivity issued.";
		String action = "Set " + KeySources.property(cause.key()) + " again to the key exactly as it stands in "
				+ "your .cohesivity file (one unbroken word starting with "
				+ ((cause.key() == ai.cohesivity.core.CohesivityConnection.Key.MANAGEMENT) ? "coh_man_" : "coh_app_")
				+ "), without spaces, quotes or line breaks; or unset it to use the .cohesivity file.";
		return new FailureAnalysis(description, action, cause);
	}

}
