package ai.cohesivity.emulator.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.CredentialGenerator;

/**
 * The wait tokens behind {@code wait} blobs: one per claim request or Codex connection,
 * polled through {@code /api/wait} until the human side — here the admin API or the
 * approval page — settles it. A ticket can also be finished with any documented outcome,
 * and an outcome can be arranged for the next ticket a tenant (or the Codex connection)
 * opens.
 */
public final class WaitTickets {

	/** The kind of a claim's wait. */
	public static final String CLAIM = "claim";

	/** The kind of a Codex connection's wait. */
	public static final String CODEX = "codex";

	/** Outcomes that end a wait well. */
	public static final Set<String> SUCCESSES = Set.of("claimed", "completed", "approved");

	/** Outcomes that end a wait badly. */
	public static final Set<String> FAILURES = Set.of("expired", "denied", "cancelled", "failed");

	private static final String ANY_TENANT = "";

	private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

	private final Map<String, String> arranged = new ConcurrentHashMap<>();

	private final CredentialGenerator credentials;

	private final WaitSettings settings;

	private final BaseUrl baseUrl;

	/**
	 * Creates the tickets.
	 * @param credentials makes wait tokens and approval codes
	 * @param settings what the blob advertises
	 * @param baseUrl the emulator's origin, for the blob's {@code url}
	 */
	public WaitTickets(CredentialGenerator credentials, WaitSettings settings, BaseUrl baseUrl) {
		this.credentials = credentials;
		this.settings = settings;
		this.baseUrl = baseUrl;
	}

	/**
	 * Opens a wait; an outcome arranged for it settles it at once.
	 * @param kind {@link #CLAIM} or {@link #CODEX}
	 * @param tenantId the tenant that asked
	 * @return the ticket
	 */
	public Ticket open(String kind, String tenantId) {
		Ticket ticket = new Ticket(this.credentials.token("cwt_", 32), this.credentials.token("", 24), kind, tenantId);
		ticket.outcome = this.arranged.remove(arrangementKey(kind, CLAIM.equals(kind) ? tenantId : ANY_TENANT));
		this.tickets.put(ticket.waitToken(), ticket);
		return ticket;
	}

	/**
	 * The {@code wait} blob that hands a ticket to the client: {@code {url, method,
	 * auth_header, poll_interval_seconds}}, {@code method} and
	 * {@code poll_interval_seconds} as {@link WaitSettings} say.
	 * @param ticket the ticket
	 * @return the blob
	 */
	public Map<String, Object> blob(Ticket ticket) {
		Map<String, Object> wait = new LinkedHashMap<>();
		wait.put("url", this.baseUrl.of("/api/wait"));
		String method = this.settings.blobMethod();
		if (method != null) {
			wait.put("method", method);
		}
		wait.put("auth_header", "Bearer " + ticket.waitToken());
		Integer interval = this.settings.pollIntervalSeconds();
		if (interval != null) {
			wait.put("poll_interval_seconds", interval);
		}
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
	 * Finishes the pending tickets that match with an outcome; when none is pending, the
	 * outcome is kept for the next ticket of that kind (and tenant, for a claim).
	 * @return the tickets finished now
	 */
	List<Ticket> finishPending(String kind, @Nullable String tenantId, String outcome) {
		Predicate<Ticket> matches = (ticket) -> ticket.kind().equals(kind)
				&& (tenantId == null || ticket.tenantId().equals(tenantId)) && ticket.outcome() == null;
		List<Ticket> finished = new ArrayList<>();
		for (Ticket ticket : this.tickets.values()) {
			if (matches.test(ticket)) {
				ticket.outcome = outcome;
				finished.add(ticket);
			}
		}
		if (finished.isEmpty()) {
			this.arranged.put(arrangementKey(kind, (tenantId != null) ? tenantId : ANY_TENANT), outcome);
		}
		return finished;
	}

	/**
	 * Forgets outcomes arranged for tickets not opened yet.
	 */
	void resetArrangements() {
		this.arranged.clear();
	}

	private static String arrangementKey(String kind, String tenantId) {
		return kind + "/" + tenantId;
	}

	/**
	 * A wait.
	 */
	public static final class Ticket {

		private final String waitToken;

		private final String approvalCode;

		private final String kind;

		private final String tenantId;

		private volatile @Nullable String outcome;

		Ticket(String waitToken, String approvalCode, String kind, String tenantId) {
			this.waitToken = waitToken;
			this.approvalCode = approvalCode;
			this.kind = kind;
			this.tenantId = tenantId;
		}

		/**
		 * The bearer token of {@code /api/wait}.
		 * @return the token
		 */
		public String waitToken() {
			return this.waitToken;
		}

		/**
		 * The code in the human-facing approval URL ({@code /c/<code>}).
		 * @return the code
		 */
		public String approvalCode() {
			return this.approvalCode;
		}

		/**
		 * {@link #CLAIM} or {@link #CODEX}.
		 * @return the kind
		 */
		public String kind() {
			return this.kind;
		}

		/**
		 * The tenant that asked.
		 * @return the tenant id
		 */
		public String tenantId() {
			return this.tenantId;
		}

		/**
		 * The outcome it was finished with.
		 * @return the outcome, {@code null} while it is not finished by hand
		 */
		public @Nullable String outcome() {
			return this.outcome;
		}

		void outcome(String outcome) {
			this.outcome = outcome;
		}

		@Override
		public String toString() {
			return "Ticket[" + this.kind + ", tenant=" + this.tenantId + "]";
		}

	}

}
