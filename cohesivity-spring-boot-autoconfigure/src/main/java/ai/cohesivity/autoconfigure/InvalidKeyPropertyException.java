/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.core.CohesivityException;

/**
 * A key set as a property or environment variable holds whitespace or a control
 * character, so it cannot be the key Cohesivity issued. The message names the property
 * and where it was set, never the key.
 */
class InvalidKeyPropertyException extends CohesivityException {

	private final CohesivityConnection.Key key;

	private final String source;

	private final String defect;

	InvalidKeyPropertyException(CohesivityConnection.Key key, String source, String defect) {
		super("The Cohesivity " + key.description() + " from " + source + " holds " + defect);
		this.key = key;
		this.source = source;
		this.defect = defect;
	}

	CohesivityConnection.Key key() {
		return this.key;
	}

	String source() {
		return this.source;
	}

	String defect() {
		return this.defect;
	}

}
