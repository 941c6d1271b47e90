package ai.cohesivity.emulator.claims;

import java.util.List;

import ai.cohesivity.emulator.accounts.EmulatorAccount;
import ai.cohesivity.emulator.support.BaseUrl;
import ai.cohesivity.emulator.support.EmulatorClock;
import ai.cohesivity.emulator.support.StateChanges;
import ai.cohesivity.emulator.tenants.Tenant;
import ai.cohesivity.emulator.tenants.TenantRegistry;

/**
 * What the human side of a wait does: claims tenants for the emulator's one account (the
 * tenant becomes {@code claimed}, loses its expiry and any pause, and the account is
 * notified), connects Codex, and finishes waits with any documented outcome — a success
 * ({@code claimed}, {@code completed}, {@code approved}) does what approving does, a
 * failure ({@code expired}, {@code denied}, {@code cancelled}, {@code failed}) leaves the
 * tenant as it is.
 */
public final class Claims {

	private final TenantRegistry registry;

	private final EmulatorAccount account;

	private final WaitTickets tickets;

	private final EmulatorClock clock;

	private final StateChanges changes;

	private final BaseUrl baseUrl;

	/**
	 * Creates the claims.
	 * @param registry the tenants
	 * @param account the account that claims them
	 * @param tickets the open waits
	 * @param clock the emulator clock
	 * @param changes told after a change worth saving
	 * @param baseUrl the emulator's origin, for approval links
	 */
	public Claims(TenantRegistry registry, EmulatorAccount account, WaitTickets tickets, EmulatorClock clock,
			StateChanges changes, BaseUrl baseUrl) {
		this.registry = registry;
		this.account = account;
		this.tickets = tickets;
		this.clock = clock;
		this.changes = changes;
		this.baseUrl = baseUrl;
	}

	/**
	 * Claims a tenant (nothing happens when it is claimed already).
	 * @param tenant the tenant
	 */
	public synchronized void approve(Tenant tenant) {
		if (tenant.isClaimed()) {
			return;
		}
		this.account.notify(this.clock.instant(), "tenant_claimed", "info", "Tenant " + tenant.id() + " was claimed",
				tenant.id());
		this.registry.claim(tenant);
	}

	/**
	 * Connects Codex, as the human does in ChatGPT: the managed agent's model source
	 * becomes the Codex subscription.
	 */
	public void connectCodex() {
		this.account.codexConnected(true);
		this.changes.changed();
	}

	/**
	 * A working one-click claim link: opens a claim wait for the tenant.
	 * @param tenant the tenant
	 * @return the approval page's URL
	 */
	public String approvalUrl(Tenant tenant) {
		return this.baseUrl.of("/c/" + this.tickets.open(WaitTickets.CLAIM, tenant.id()).approvalCode());
	}

	/**
	 * Finishes the tenant's pending claim waits; with none pending, the next claim wait
	 * the tenant opens finishes so.
	 * @param tenant the tenant
	 * @param outcome a documented wait status
	 */
	public void finishClaimWaits(Tenant tenant, String outcome) {
		finished(this.tickets.finishPending(WaitTickets.CLAIM, tenant.id(), requireOutcome(outcome)));
	}

	/**
	 * Finishes the pending Codex-connect waits; with none pending, the next one opened
	 * finishes so.
	 * @param outcome a documented wait status
	 */
	public void finishCodexWaits(String outcome) {
		finished(this.tickets.finishPending(WaitTickets.CODEX, null, requireOutcome(outcome)));
	}

	/**
	 * Finishes one wait.
	 * @param waitToken the wait's token (the blob's {@code auth_header}, with or without
	 * {@code Bearer })
	 * @param outcome a documented wait status
	 */
	public void finishWait(String waitToken, String outcome) {
		String token = waitToken.startsWith("Bearer ") ? waitToken.substring(7).trim() : waitToken;
		WaitTickets.Ticket ticket = this.tickets.byWaitToken(token);
		if (ticket == null) {
			throw new IllegalArgumentException("No wait with that token in this emulator");
		}
		ticket.outcome(requireOutcome(outcome));
		finished(List.of(ticket));
	}

	/**
	 * Does what a success does for a ticket finished with one (idempotent: it is done
	 * again when the outcome is answered, for outcomes arranged before the ticket
	 * existed).
	 * @param ticket the ticket
	 */
	void settle(WaitTickets.Ticket ticket) {
		if (!WaitTickets.SUCCESSES.contains(ticket.outcome())) {
			return;
		}
		if (WaitTickets.CLAIM.equals(ticket.kind())) {
			approve(this.registry.require(ticket.tenantId()));
		}
		else if (!this.account.codexConnected()) {
			connectCodex();
		}
	}

	/**
	 * Forgets outcomes arranged for waits not opened yet.
	 */
	public void resetArrangements() {
		this.tickets.resetArrangements();
	}

	private void finished(List<WaitTickets.Ticket> tickets) {
		tickets.forEach(this::settle);
	}

	private static String requireOutcome(String outcome) {
		if (!WaitTickets.SUCCESSES.contains(outcome) && !WaitTickets.FAILURES.contains(outcome)) {
			throw new IllegalArgumentException("A wait finishes with one of " + WaitTickets.SUCCESSES + " or "
					+ WaitTickets.FAILURES + ", not '" + outcome + "'");
		}
		return outcome;
	}

}
