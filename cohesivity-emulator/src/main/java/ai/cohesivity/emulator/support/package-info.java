/**
 * Internal. What every room of the emulator shares and that knows nothing of HTTP: the
 * movable clock, the credential generator, the wire's timestamp format, the emulator's
 * own origin and the hook that saves state. Public only because Java needs it across the
 * emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.support;

import org.jspecify.annotations.NullMarked;
