/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.autoconfigure;

/**
 * Property names as the tests that read configuration metadata need them.
 */
public final class PropertyNames {

	private PropertyNames() {
	}

	/**
	 * Return the Java bean property name of a dashed configuration property name's last
	 * element, for example {@code maxInMemorySize} for {@code max-in-memory-size}.
	 * @param dashed the dashed name
	 * @return the camel-case name
	 */
	public static String camelCase(String dashed) {
		StringBuilder result = new StringBuilder();
		boolean upper = false;
		for (char c : dashed.toCharArray()) {
			if (c == '-') {
				upper = true;
			}
			else {
				result.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return result.toString();
	}

}
