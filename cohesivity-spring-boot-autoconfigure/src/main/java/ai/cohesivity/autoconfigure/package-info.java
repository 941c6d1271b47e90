/**
 * Auto-configuration for Cohesivity: properties, connection details, the shared client
 * plumbing and the edge client, failure analyzers and redaction.
 */
@NullMarked
package ai.cohesivity.autoconfigure;

import org.jspecify.annotations.NullMarked;
