package ai.cohesivity.emulator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The wait tokens behind {@code wait} blobs: one per claim request or Codex connection,
 * polled through {@code POST /api/wait} until the human side (here: the admin API)
 * completes it.
 */
final class WaitTickets {

	static final String CLAIM = "claim";

	static final String CODEX = "codex";

	private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

	private final CredentialGenerator credentials;

	WaitTickets(CredentialGenerator credentials) {
		this.credentials = credentials;
	}

	Ticket open(String kind, String tenantId) {
		Ticket ticket = new Ticket(this.credentials.token("cwt_", 32), this.credentials.token("", 24), kind, tenantId);
		this.tickets.put(ticket.waitToken(), ticket);
		return ticket;
	}

	@Nullable Ticket byWaitToken(String waitToken) {
		return this.tickets.get(waitToken);
	}

	@Nullable Ticket byApprovalCode(String approvalCode) {
		for (Ticket ticket : this.tickets.values()) {
			if (ticket.approvalCode().equals(approvalCode)) {
				return ticket;
			}
		}
		return null;
	}

	/**
	 * A pending wait.
	 *
	 * @param waitToken the bearer token of {@code POST /api/wait}
	 * @param approvalCode the code in the human-facing approval URL ({@code /c/<code>})
	 * @param kind {@link #CLAIM} or {@link #CODEX}
	 * @param tenantId the tenant that asked
	 */
	record Ticket(String waitToken, String approvalCode, String kind, String tenantId) {

		@Override
		public String toString() {
			return "Ticket[" + this.kind + ", tenant=" + this.tenantId + "]";
		}

	}

}
