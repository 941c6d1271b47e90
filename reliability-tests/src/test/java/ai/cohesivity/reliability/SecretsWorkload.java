/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.cohesivity.emulator.CohesivityEmulator;
import ai.cohesivity.emulator.EmulatorTenant;

import org.springframework.context.ApplicationContext;

import ai.cohesivity.agents.AgentChatClient;
import ai.cohesivity.agents.AgentPlan;
import ai.cohesivity.agents.ChatCompletionChunk;
import ai.cohesivity.agents.ChatCompletionRequest;
import ai.cohesivity.agents.ManagedAgentsClient;
import ai.cohesivity.billing.BillingClient;
import ai.cohesivity.agents.AgentChatClient;
import ai.cohesivity.agents.AgentPlan;
import ai.cohesivity.agents.ChatCompletionChunk;
import ai.cohesivity.agents.ChatCompletionRequest;
import ai.cohesivity.agents.ManagedAgentsClient;
import ai.cohesivity.billing.BillingClient;
import ai.cohesivity.core.CohesivityConnection;
import ai.cohesivity.database.EdgeDatabaseOperations;
import ai.cohesivity.database.ReactiveEdgeDatabaseClient;
import ai.cohesivity.edge.EdgeClient;
import ai.cohesivity.management.ClaimClient;
import ai.cohesivity.management.ClaimStart;
import ai.cohesivity.management.ResourcesClient;
import ai.cohesivity.management.StatusClient;
import ai.cohesivity.observability.ObservabilityClient;

/**
 * What a representative application does with every client of the starter, through its
 * beans: provision and use the database (template, fluent and reactive APIs, a batch, a
 * bad statement), claim the tenant (start, a human approves, wait), provision the managed
 * agent and stream a chat answer, read status and observability, live through a
 * revocation of its edge tokens, and meet a refused application key. Every exception
 * raised on the way is recorded with {@link SuiteSecrets#raised(Throwable)}.
 */
public final class SecretsWorkload {

	/** An application key of the right shape that Cohesivity does not know. */
	public static final String UNKNOWN_KEY = "coh_app_zzzzzzzzzzzzzzzzzzzz";

	private SecretsWorkload() {
	}

	/**
	 * Run the workload.
	 * @param application the application's context
	 * @param emulator the emulator its tenant lives on
	 * @param tenant the tenant (ephemeral, so that the claim flow runs)
	 * @return what each flow answered, for the test's figures
	 */
	public static List<String> run(ApplicationContext application, CohesivityEmulator emulator, EmulatorTenant tenant) {
		SuiteSecrets.secret(UNKNOWN_KEY);
		List<String> done = new ArrayList<>();
		Duration wait = Duration.ofSeconds(30);
		application.getBean(ResourcesClient.class).provision("database", Map.of()).block(wait);
		EdgeDatabaseOperations database = application.getBean(EdgeDatabaseOperations.class);
		database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, done INTEGER DEFAULT 0)");
		database.update("INSERT INTO notes (title) VALUES (?)", "first");
		database.batchUpdate("INSERT INTO notes (title) VALUES (?)",
				List.of(new Object[] { "second" }, new Object[] { "third" }));
		done.add("notes " + database.sql("SELECT count(*) FROM notes WHERE done = :done")
			.param("done", 0)
			.query(Long.class)
			.single());
		done.add("reactive " + application.getBean(ReactiveEdgeDatabaseClient.class)
			.sql("SELECT title FROM notes ORDER BY id")
			.mapValue(String.class)
			.all()
			.collectList()
			.block(wait));
		raise(() -> database.queryForList("SELECT * FROM missing_table"));
		emulator.admin().revokeEdgeTokens();
		done.add("after revocation " + database.queryForObject("SELECT count(*) FROM notes", Long.class));
		done.add("status " + application.getBean(StatusClient.class).status().block(wait).lifecycle());
		ClaimClient claims = application.getBean(ClaimClient.class);
		ClaimStart claim = claims.start().block(wait);
		emulator.admin().approveClaim(tenant.tenantId());
		done.add("claim " + claims.awaitClaimed(claim, Duration.ofMillis(50), wait).block(wait));
		done.add(
				"observability " + application.getBean(ObservabilityClient.class).snapshot().block(wait).generatedAt());
		done.add("top-up " + application.getBean(BillingClient.class).topUp(500).block(wait));
		application.getBean(ManagedAgentsClient.class).provision(AgentPlan.STARTER).block(wait);
		List<ChatCompletionChunk> chunks = application.getBean(AgentChatClient.class)
			.stream(ChatCompletionRequest.of("Say hello"))
			.collectList()
			.block(wait);
		done.add("chat " + chunks.size() + " chunks: "
				+ String.join("", chunks.stream().map(ChatCompletionChunk::content).toList()));
		try (EdgeClient refused = EdgeClient.builder(CohesivityConnection.of(emulator.baseUrl(), null, UNKNOWN_KEY))
			.build()) {
			raise(() -> refused.post("/edge/database", Map.of("query", "SELECT 1"), true).block(wait));
		}
		return done;
	}

	private static void raise(Runnable call) {
		try {
			call.run();
			throw new AssertionError("expected a failure");
		}
		catch (RuntimeException ex) {
			SuiteSecrets.raised(ex);
		}
	}

}
