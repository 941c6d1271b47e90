/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.cohesivity.core.CohesivityObservabilityRequiresClaimException;
import ai.cohesivity.core.CohesivityUnauthorizedException;
import ai.cohesivity.edge.EdgeClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ObservabilityClient} against the emulator over HTTP: what every query parameter
 * does to the answer, and paging through events, ledger and notifications.
 */
class ObservabilityClientEmulatorTests {

	private CohesivityEmulator emulator;

	private EmulatorTenant tenant;

	private ObservabilityClient client;

	@BeforeEach
	void start() {
		this.emulator = CohesivityEmulator.builder().start();
		this.tenant = EmulatorWorkload.claimedTenantWithDatabase(this.emulator);
		this.client = new ObservabilityClient(
				EmulatorWorkload.managementApi(this.emulator, this.tenant.managementKey()));
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void defaultSlicesWithoutHeavyOnes() {
		EmulatorWorkload.insertRows(edge(), "notes", 2, 3);
		ObservabilitySnapshot snapshot = this.client.snapshot().block();
		assertThat(snapshot.auth().viaTenantId()).isEqualTo(this.tenant.tenantId());
		assertThat(snapshot.tenantsSummary()).isNotNull();
		assertThat(snapshot.tenants()).extracting(ObservabilitySnapshot.TenantView::tenantId)
			.containsExactly(this.tenant.tenantId());
		assertThat(snapshot.sharedBuckets()).isNotEmpty();
		assertThat(snapshot.accountCost()).isNotNull();
		assertThat(snapshot.notifications()).isNotNull();
		assertThat(snapshot.events()).isNull();
		assertThat(snapshot.ledger()).isNull();
		assertThat(snapshot.limitsForThisResponse().plan()).isEqualTo("free");
	}

	@Test
	void includeSelectsExactlyTheNamedSlices() {
		ObservabilitySnapshot snapshot = this.client
			.snapshot(ObservabilityQuery.defaults()
				.include(ObservabilitySlice.EVENTS, ObservabilitySlice.LEDGER, ObservabilitySlice.POLLER_HEALTH,
						ObservabilitySlice.END_USER_SESSIONS, ObservabilitySlice.DEPLOY_HISTORY,
						ObservabilitySlice.WEBHOOK_HISTORY, ObservabilitySlice.RECENT_EVENTS))
			.block();
		assertThat(snapshot.events()).isNotNull();
		assertThat(snapshot.ledger()).isNotNull();
		assertThat(snapshot.pollerHealth().bySource()).isNotEmpty();
		assertThat(snapshot.recentEvents()).isNotNull();
		assertThat(snapshot.webhookHistory()).isNotNull();
		assertThat(snapshot.deployHistory()).isNotNull();
		assertThat(snapshot.endUserSessions()).isNotNull();
		assertThat(snapshot.tenants()).isEmpty();
		assertThat(snapshot.tenantsSummary()).isNull();
		assertThat(snapshot.accountCost()).isNull();
	}

	@Test
	void windowIsCappedByThePlan() {
		ObservabilitySnapshot snapshot = this.client
			.snapshot(ObservabilityQuery.defaults().window(ObservabilityWindow.LAST_90_DAYS))
			.block();
		assertThat(snapshot.limitsForThisResponse().window()).isEqualTo("7d");
		snapshot = this.client.snapshot(ObservabilityQuery.defaults().window(ObservabilityWindow.LAST_24_HOURS))
			.block();
		assertThat(snapshot.limitsForThisResponse().window()).isEqualTo("24h");
	}

	@Test
	void tenantIdFocusesOneTenantOfTheAccount() {
		EmulatorTenant sibling = EmulatorWorkload.claimedTenantWithDatabase(this.emulator);
		assertThat(this.client.snapshot().block().tenants()).hasSize(2);
		ObservabilitySnapshot focused = this.client.snapshot(ObservabilityQuery.defaults().tenant(sibling.tenantId()))
			.block();
		assertThat(focused.tenants()).extracting(ObservabilitySnapshot.TenantView::tenantId)
			.containsExactly(sibling.tenantId());
		assertThat(focused.tenants().get(0).isSelf()).isFalse();
		assertThat(focused.tenantsSummary().total()).isEqualTo(2L);
	}

	@Test
	void emptyBucketsListsBucketsWithoutUsage() {
		assertThat(this.client.snapshot().block().sharedBuckets()).isEmpty();
		List<ObservabilitySnapshot.SharedBucket> buckets = this.client
			.snapshot(ObservabilityQuery.defaults().emptyBuckets(true))
			.block()
			.sharedBuckets();
		assertThat(buckets).extracting(ObservabilitySnapshot.SharedBucket::metric)
			.containsExactlyInAnyOrder("rows_read", "rows_written");
		assertThat(buckets).allSatisfy((bucket) -> assertThat(bucket.usedAccountTotal()).isZero());
	}

	@Test
	void eventsPagedWithLimitAndCursorAreEveryEventOnce() {
		int queries = EmulatorWorkload.insertRows(edge(), "notes", 6, 1);
		List<ObservabilitySnapshot.UsageEvent> events = this.client.events(ObservabilityQuery.defaults().limit(2))
			.collectList()
			.block();
		assertThat(events).hasSize(queries);
		assertThat(events).extracting(ObservabilitySnapshot.UsageEvent::id).doesNotHaveDuplicates();
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.tenantId()).isEqualTo(this.tenant.tenantId());
			assertThat(event.service()).isEqualTo("database");
		});
		assertThat(this.emulator.requestCount("GET", "/api/observability")).isEqualTo((queries + 1) / 2);
	}

	@Test
	void sinceReturnsOnlyLaterEvents() {
		EmulatorWorkload.insertRows(edge(), "early", 2, 1);
		Instant between = this.emulator.admin().now();
		this.emulator.admin().advanceClock(Duration.ofMinutes(1));
		int later = EmulatorWorkload.insertRows(edge(), "late", 3, 1);
		List<ObservabilitySnapshot.UsageEvent> events = this.client.events(ObservabilityQuery.defaults().since(between))
			.collectList()
			.block();
		assertThat(events).hasSize(later).allSatisfy((event) -> assertThat(event.ts()).isAfter(between));
	}

	@Test
	void ledgerAndNotificationsArePagedToTheEnd() {
		for (int i = 0; i < 3; i++) {
			EmulatorWorkload.topUp(this.emulator, this.tenant, 500 + i);
		}
		List<ObservabilitySnapshot.LedgerEntry> ledger = this.client.ledger(ObservabilityQuery.defaults().limit(1))
			.collectList()
			.block();
		assertThat(ledger).filteredOn((entry) -> "topup".equals(entry.kind()))
			.extracting(ObservabilitySnapshot.LedgerEntry::amountCents)
			.containsExactly(500L, 501L, 502L);
		List<ObservabilitySnapshot.Notification> notifications = this.client
			.notifications(ObservabilityQuery.defaults().limit(1))
			.collectList()
			.block();
		assertThat(notifications).extracting(ObservabilitySnapshot.Notification::code)
			.contains("tenant_claimed", "topup_credited");
		assertThat(notifications).extracting(ObservabilitySnapshot.Notification::id).doesNotHaveDuplicates();
	}

	@Test
	void ephemeralTenantAndBadKeyAreRefused() {
		EmulatorTenant ephemeral = this.emulator.createTenant();
		ObservabilityClient ephemeralClient = new ObservabilityClient(
				EmulatorWorkload.managementApi(this.emulator, ephemeral.managementKey()));
		assertThatExceptionOfType(CohesivityObservabilityRequiresClaimException.class)
			.isThrownBy(() -> ephemeralClient.snapshot().block());
		ObservabilityClient badKey = new ObservabilityClient(
				EmulatorWorkload.managementApi(this.emulator, "coh_man_00000000000000000000"));
		assertThatExceptionOfType(CohesivityUnauthorizedException.class).isThrownBy(() -> badKey.snapshot().block());
	}

	private EdgeClient edge() {
		return EmulatorWorkload.edgeClient(this.emulator, this.tenant.applicationKey());
	}

}
