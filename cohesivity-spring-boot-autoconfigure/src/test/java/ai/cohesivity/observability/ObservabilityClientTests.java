/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.observability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.core.CohesivityObservabilityRequiresClaimException;
import ai.cohesivity.core.RetrySettings;
import ai.cohesivity.core.ScriptedServer;
import ai.cohesivity.management.ManagementApi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wire-level tests for {@link ObservabilityClient}: the exact query string, the tolerant
 * model and cursor pagination.
 */
class ObservabilityClientTests {

	private static final String MAN = "coh_man_abcdefghij0123456789";

	private static final String PATH = "/api/observability";

	private static final RetrySettings FAST = new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10),
			Duration.ofSeconds(1));

	private ScriptedServer server;

	private ObservabilityClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = new ScriptedServer();
		this.client = new ObservabilityClient(ManagementApi.builder(this.server.connection(MAN, null))
			.configurer(ScriptedServer.configurer(FAST))
			.build());
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void sendsEveryQueryParameterEncodedWithTheManagementKeyAsBearer() {
		this.server.enqueue(PATH, ScriptedServer.json(200, "{}"));
		this.client
			.snapshot(ObservabilityQuery.defaults()
				.tenant("brave-otter-runs")
				.include(ObservabilitySlice.EVENTS, ObservabilitySlice.SUMMARY, ObservabilitySlice.RECENT_EVENTS)
				.window(ObservabilityWindow.LAST_30_DAYS)
				.since(Instant.parse("2026-04-27T00:00:00Z"))
				.cursor("evt_5")
				.limit(10)
				.emptyBuckets(true))
			.block();
		RecordedRequest request = this.server.requests().get(0);
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo(PATH + "?tenant_id=brave-otter-runs&include=summary,events,"
				+ "recent_events&window=30d&since=2026-04-27T00%3A00%3A00Z&cursor=evt_5&limit=10&empty_buckets=true");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MAN);
	}

	@Test
	void defaultQuerySendsNoParameter() {
		this.server.enqueue(PATH, ScriptedServer.json(200, "{}"));
		this.client.snapshot().block();
		assertThat(this.server.requests().get(0).getTarget()).isEqualTo(PATH);
	}

	@Test
	void readsTheDocumentedShapeIgnoringUnknownFieldsAndKeepingUnknownCodes() {
		this.server.enqueue(PATH, ScriptedServer.json(200,
				"""
						{"auth":{"mode":"tenant_management_key","via_tenant_id":"swift-fox-sleeping","new":1},
						 "generated_at":"2026-04-28T07:50:00.000Z","request_id":"req_1","brand_new_slice":{"x":[1,2]},
						 "account":{"user_id":7,"plan":"plus","status":"active","wallet":{"balance_cents":1234,
						   "reserved_cents":5,"available_cents":1229,"this_month_topup_cents":500,"this_month_spent_cents":77,
						   "spent_by_service_this_month":[{"service":"database","cost_cents":70},null],"extra":true}},
						 "shared_buckets":[{"service":"database","metric":"rows_written","window":"month","limit":1000000,
						   "used_account_total":15,"pct_account":0.0015,"by_tenant":[{"tenant_id":"a-b","used":15,"is_self":true}]}],
						 "tenants_summary":{"total":2,"by_lifecycle":{"claimed":2},"by_status":{"active":1,"paused":1},"paused_count":1},
						 "tenants":[{"tenant_id":"a-b","is_self":true,"lifecycle":"claimed","status":"hibernating",
						   "runtime":{"profile":"v1-326"},"pause_reason":{"kind":"x"},"claimed_at":"not a date",
						   "resources":[{"resource_name":"database","status":"active"}]}],
						 "notifications":{"items":[{"id":"ntf_1","ts":"2026-04-28T07:00:00Z","code":"usage_80_percent",
						   "severity":"apocalyptic","message":"m"}],"next_cursor":null},
						 "advisories":[{"code":"brand_new_advisory","action":"do_something","target_url":null,"service":"database",
						   "pct":91.5}],
						 "limits_for_this_response":{"plan":"plus","window":"30d","rate_limit_per_minute":120}}
						"""));
		ObservabilitySnapshot snapshot = this.client.snapshot().block();
		assertThat(snapshot.auth().viaTenantId()).isEqualTo("swift-fox-sleeping");
		assertThat(snapshot.generatedAt()).isEqualTo(Instant.parse("2026-04-28T07:50:00Z"));
		assertThat(snapshot.wallet().balanceCents()).isEqualTo(1234L);
		assertThat(snapshot.wallet().spentByServiceThisMonth()).singleElement()
			.satisfies((cost) -> assertThat(cost.costCents()).isEqualTo(70L));
		assertThat(snapshot.wallet().spentByTenantThisMonth()).isEmpty();
		assertThat(snapshot.sharedBuckets()).singleElement().satisfies((bucket) -> {
			assertThat(bucket.usedAccountTotal()).isEqualTo(15.0);
			assertThat(bucket.byTenant().get(0).isSelf()).isTrue();
			assertThat(bucket.paused()).isNull();
		});
		assertThat(snapshot.rateLimitsPressured()).isEmpty();
		assertThat(snapshot.tenantsSummary().byStatus()).containsEntry("paused", 1L);
		assertThat(snapshot.tenants()).singleElement().satisfies((tenant) -> {
			assertThat(tenant.status()).isEqualTo("hibernating");
			assertThat(tenant.claimedAt()).isNull();
			assertThat(tenant.pauseReason().path("kind").asString()).isEqualTo("x");
			assertThat(tenant.currentMonthBuckets()).isEmpty();
		});
		assertThat(snapshot.notifications().items()).singleElement()
			.satisfies((notification) -> assertThat(notification.severity()).isEqualTo("apocalyptic"));
		assertThat(snapshot.advisories()).singleElement().satisfies((advisory) -> {
			assertThat(advisory.code()).isEqualTo("brand_new_advisory");
			assertThat(advisory.targetUrl()).isNull();
			assertThat(advisory.details()).containsOnlyKeys("service", "pct");
		});
		assertThat(snapshot.accountCost()).isNull();
		assertThat(snapshot.events()).isNull();
		assertThat(snapshot.limitsForThisResponse().rateLimitPerMinute()).isEqualTo(120L);
	}

	@Test
	void ephemeralTenantIsRefusedWithRequiresClaim() {
		this.server.enqueue(PATH,
				ScriptedServer.json(403, "{\"error\":\"observability_requires_claim\",\"message\":\"claim first\"}"));
		assertThatExceptionOfType(CohesivityObservabilityRequiresClaimException.class)
			.isThrownBy(() -> this.client.snapshot().block());
	}

	@Test
	void malformedBodyNamesTheEndpoint() {
		this.server.enqueue(PATH, ScriptedServer.json(200, "{\"account\":\"not an object\"}"));
		assertThatExceptionOfType(MalformedSnapshotException.class).isThrownBy(() -> this.client.snapshot().block())
			.withMessageContaining("GET /api/observability");
	}

	@Test
	void eventsFollowNextCursorUntilTheLastPage() {
		this.server.enqueue(PATH, ScriptedServer.json(200, page("evt_1", "evt_2", "evt_2")));
		this.server.enqueue(PATH, ScriptedServer.json(200, page("evt_3", "evt_4", "evt_4")));
		this.server.enqueue(PATH, ScriptedServer.json(200, page("evt_5", null, null)));
		List<String> ids = this.client.events(ObservabilityQuery.defaults().limit(2))
			.map(ObservabilitySnapshot.UsageEvent::id)
			.collectList()
			.block();
		assertThat(ids).containsExactly("evt_1", "evt_2", "evt_3", "evt_4", "evt_5");
		assertThat(this.server.requests()).extracting(RecordedRequest::getTarget)
			.containsExactly(PATH + "?include=events&limit=2", PATH + "?include=events&cursor=evt_2&limit=2",
					PATH + "?include=events&cursor=evt_4&limit=2");
	}

	@Test
	void aRepeatedCursorStopsPagingWithAnError() {
		this.server.enqueue(PATH, ScriptedServer.json(200, page("evt_1", null, "evt_1")));
		this.server.enqueue(PATH, ScriptedServer.json(200, page("evt_1", null, "evt_1")));
		assertThatExceptionOfType(CohesivityException.class)
			.isThrownBy(() -> this.client.events(ObservabilityQuery.defaults()).collectList().block())
			.withMessageContaining("twice");
		assertThat(this.server.requests()).hasSize(2);
	}

	private static String page(String first, String second, String nextCursor) {
		String items = "{\"id\":\"" + first + "\",\"service\":\"database\"}"
				+ ((second != null) ? ",{\"id\":\"" + second + "\",\"service\":\"database\"}" : "");
		return "{\"events\":{\"items\":[" + items + "],\"next_cursor\":"
				+ ((nextCursor != null) ? "\"" + nextCursor + "\"" : "null") + "}}";
	}

}
