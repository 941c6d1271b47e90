/**
 * Credentials, connection details, errors and envelope parsing, redaction, retry policy
 * and the HTTP plumbing that every Cohesivity client shares.
 */
@NullMarked
package ai.cohesivity.core;

import org.jspecify.annotations.NullMarked;
