/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.reactive.function.client.WebClient;

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

	private RestTestClient http;

	@BeforeEach
	void client() {
		this.http = RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void tenantCardShowsExpiryTimeLeftClaimStepsAndResources() {
		TenantCard card = this.http.get()
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
		Note note = this.http.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", "Unclaimed " + System.nanoTime()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Note.class)
			.returnResult()
			.getResponseBody();
		List<ServerSentEvent<Chunk>> events = WebClient.create("http://localhost:" + this.port)
			.post()
			.uri("/notes/{id}/ask", note.id())
			.accept(MediaType.TEXT_EVENT_STREAM)
			.retrieve()
			.bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<Chunk>>() {
			})
			.collectList()
			.block(Duration.ofSeconds(30));
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.event()).isEqualTo("error");
			assertThat(event.data().text())
				.isEqualTo("The agent could not answer: Managed agent not provisioned: a claimed account provisions "
						+ "one with POST /api/agents");
		});
	}

}
