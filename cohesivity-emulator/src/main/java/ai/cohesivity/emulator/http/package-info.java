/**
 * Internal. The HTTP plumbing every handler of the emulator uses: error answers in the
 * documented envelopes, JSON answers, request bodies, bearer credentials, and the event
 * loop a request's work completes on. Public only because Java needs it across the
 * emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.http;

import org.jspecify.annotations.NullMarked;
