/**
 * The emulator's front door: the route table's frame (CORS preflight, 404, error filter)
 * around every room's routes, WebFlux' adapter without the query string in its log line,
 * the few codecs the emulator needs, and the fault injection in front. Only the root
 * package reaches in here; no room does. Internal: public only because Java needs it
 * across the emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.routes;

import org.jspecify.annotations.NullMarked;
