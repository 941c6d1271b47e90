package ai.cohesivity.emulator.claims;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.CredentialGenerator;

/**
 * The wait tokens behind {@code wait} blobs: one per claim request or Codex connection,
 * polled through {@code POST /api/wait} until the human side (here: the admin API)
 * completes it.
 */
public final class WaitTickets {

	/** The kind of a claim's wait. */
	public static final String CLAIM = "claim";

	/** The kind of a Codex connection's wait. */
	public static final String CODEX = "codex";

	private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

	private final CredentialGenerator credentials;

	private final BaseUrl baseUrl;

	/**
	 * Creates the tickets.
	 * @param credentials makes wait tokens and approval codes
	 * @param baseUrl the emulator's origin, for the blob's {@code url}
	 */
	public WaitTickets(CredentialGenerator credentials, BaseUrl baseUrl) {
		this.credentials = credentials;
		this.baseUrl = baseUrl;
	}

	/**
	 * Opens a wait.
	 * @param kind {@link #CLAIM} or {@link #CODEX}
	 * @param tenantId the tenant that asked
	 * @return the ticket
	 */
	public Ticket open(String kind, String tenantId) {
		Ticket ticket = new Ticket(this.credentials.token("cwt_", 32), this.credentials.token("", 24), kind, tenantId);
		this.tickets.put(ticket.waitToken(), ticket);
		return ticket;
	}

	/**
	 * The {@code wait} blob that hands a ticket to the client: {@code {url, method,
	 * auth_header, poll_interval_seconds}}.
	 * @param ticket the ticket
	 * @return the blob
	 */
	public Map<String, Object> blob(Ticket ticket) {
		Map<String, Object> wait = new LinkedHashMap<>();
		wait.put("url", this.baseUrl.of("/api/wait"));
		wait.put("method", "POST");
		wait.put("auth_header", "Bearer " + ticket.waitToken());
		wait.put("poll_interval_seconds", 2);
		return wait;
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
	public record Ticket(String waitToken, String approvalCode, String kind, String tenantId) {

		@Override
		public String toString() {
			return "Ticket[" + this.kind + ", tenant=" + this.tenantId + "]";
		}

	}

}
