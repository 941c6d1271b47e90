package ai.cohesivity.emulator.tenants;

import java.time.Instant;
import java.util.Map;

/**
 * One offering provisioned on a tenant, with the (validated, normalised) configuration it
 * was provisioned with.
 *
 * @param name the offering, e.g. {@code database}
 * @param config the normalised configuration
 * @param provisionedAt when it was provisioned
 */
public record ProvisionedResource(String name, Map<String, Object> config, Instant provisionedAt) {
}
