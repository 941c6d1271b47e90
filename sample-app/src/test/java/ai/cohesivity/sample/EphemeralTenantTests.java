/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.codec.ServerSentEvent;

import ai.cohesivity.autoconfigure.emulator.AutoConfigureCohesivityEmulator;
import ai.cohesivity.management.TenantRecovery;
import ai.cohesivity.sample.NoteAgentController.Chunk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample on a fresh emulator tenant, ephemeral as every new tenant is: the tenant
 * card says when it expires and how to claim it, and asking the agent (which needs a
 * claimed account) ends the stream with an error event saying so.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureCohesivityEmulator
class EphemeralTenantTests {

	@LocalServerPort
	private int port;

	private SampleClient sample;

	@BeforeEach
	void client() {
		this.sample = new SampleClient(this.port);
	}

	@Test
	void tenantCardShowsExpiryTimeLeftClaimStepsAndResources() {
		TenantCard card = this.sample.http()
			.get()
			.uri("/tenant")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(TenantCard.class)
			.returnResult()
			.getResponseBody();
		assertThat(card.tenantId()).matches("[a-z]+-[a-z]+-[a-z]+");
		assertThat(card.lifecycle()).isEqualTo("ephemeral");
		assertThat(card.state()).isEqualTo("active");
		assertThat(card.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(71)),
				Instant.now().plus(Duration.ofHours(73)));
		assertThat(card.timeLeft()).isBetween(Duration.ofHours(71), Duration.ofHours(72));
		assertThat(card.claimSteps()).isEqualTo(TenantRecovery.CLAIM_STEPS);
		assertThat(card.resources()).containsExactly(new TenantCard.Resource("database", "READY"));
		assertThat(card.baseUrl()).startsWith("http://127.0.0.1:");
		assertThat(card.statusError()).isNull();
	}

	@Test
	void askingTheAgentOfAnEphemeralTenantEndsWithAnErrorEventSayingWhy() {
		Note note = this.sample.create("Unclaimed " + System.nanoTime(), "", List.of());
		List<ServerSentEvent<Chunk>> events = this.sample.ask(note.id(), null);
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.event()).isEqualTo("error");
			assertThat(event.data().text())
				.isEqualTo("The agent could not answer: Managed agent not provisioned: a claimed account provisions "
						+ "one with POST /api/agents");
		});
	}

}
