package ai.cohesivity.emulator;

import java.util.function.Supplier;

/**
 * The emulator's shared state and helpers, handed to every route handler.
 */
record EmulatorServices(TenantRegistry registry, EdgeTokens tokens, EmulatorSettings settings, FaultPlan faults,
		EmulatorClock clock, EmulatorAccount account, UsageLedger usage, CredentialGenerator credentials,
		WaitTickets waitTickets, JsonResponses responses, RequestBodies bodies, ManagementAuthentication management,
		EdgeAuthentication edge, GenesisRateLimiter genesisLimiter, MachineIds machineIds, RequestCounter requests,
		Supplier<String> baseUrl) {
}
