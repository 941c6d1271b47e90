package ai.cohesivity.emulator;

import java.time.Instant;
import java.util.Map;

/**
 * One offering provisioned on a tenant, with the (validated, normalised) configuration it
 * was provisioned with.
 */
record ProvisionedResource(String name, Map<String, Object> config, Instant provisionedAt) {
}
