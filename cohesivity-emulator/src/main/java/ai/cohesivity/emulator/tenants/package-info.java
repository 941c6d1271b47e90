/**
 * Tenants and their keys: the registry and each tenant's lifecycle, genesis (with its
 * rate limit, machine ids and the {@code .cohesivity} file), management-key
 * authentication, and provisioning ({@code /api/resources}). Internal: public only
 * because Java needs it across the emulator's packages; not API.
 */
@NullMarked
package ai.cohesivity.emulator.tenants;

import org.jspecify.annotations.NullMarked;
