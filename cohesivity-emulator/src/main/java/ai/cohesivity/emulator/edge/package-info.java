/**
 * The edge's front door: edge session tokens ({@code /edge/session}), the admission of
 * every {@code /edge} call (token or {@code ?key=}, expiry, pause, provisioning, credit,
 * request limits) and the data-plane error envelopes of §1.4. Internal: public only
 * because Java needs it across the emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.edge;

import org.jspecify.annotations.NullMarked;
