/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.servlet.client.RestTestClient;

import ai.cohesivity.autoconfigure.emulator.AutoConfigureCohesivityEmulator;
import ai.cohesivity.sample.NoteAgentController.Chunk;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /notes/{id}/ask} over HTTP, on a fresh emulator whose tenant is claimed and
 * has a managed agent ({@link ManagedAgentOnTheEmulator}): the stream is read as a
 * browser would, through Spring's SSE decoding, and its chunks make the agent's whole
 * reply.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureCohesivityEmulator
@Import(ManagedAgentOnTheEmulator.class)
class AskTheAgentTests {

	@LocalServerPort
	private int port;

	private SampleClient sample;

	private RestTestClient http;

	@BeforeEach
	void client() {
		this.sample = new SampleClient(this.port);
		this.http = this.sample.http();
	}

	@Test
	void streamsTheAgentsAnswerAboutTheNote() {
		Note note = this.sample.create("Plumber " + System.nanoTime(), "Call on Tuesday\nbefore noon",
				List.of("home", "todo"));
		List<ServerSentEvent<Chunk>> events = this.sample.ask(note.id(), Map.of("question", "When should I call?"));
		assertThat(events).hasSizeGreaterThan(3).allSatisfy((event) -> assertThat(event.event()).isNull());
		String answer = String.join("", events.stream().map((event) -> event.data().text()).toList());
		assertThat(answer).isEqualTo("Emulated Hermes agent received 2 message(s). You said: When should I call?\n\n"
				+ "Note \"" + note.title() + "\" (tags: home, todo):\nCall on Tuesday\nbefore noon");
	}

	@Test
	void withoutAQuestionTheAgentIsAskedForASummary() {
		Note note = this.sample.create("Summary " + System.nanoTime(), "Short", List.of());
		String answer = String.join("",
				this.sample.ask(note.id(), null).stream().map((event) -> event.data().text()).toList());
		assertThat(answer).isEqualTo("Emulated Hermes agent received 2 message(s). You said: "
				+ "Summarise this note in one sentence.\n\nNote \"" + note.title() + "\" (tags: ):\nShort");
	}

	@Test
	void askingAboutAMissingNoteIsANotFoundProblemBeforeAnyStream() {
		this.http.post()
			.uri("/notes/987654321/ask")
			.accept(MediaType.TEXT_EVENT_STREAM)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("question", "Anyone there?"))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("No note at /notes/987654321/ask");
	}

	@Test
	void theTenantCardShowsAClaimedTenantWithoutClaimSteps() {
		this.http.get()
			.uri("/tenant")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.lifecycle")
			.isEqualTo("claimed")
			.jsonPath("$.claimSteps")
			.isEmpty()
			.jsonPath("$.statusError")
			.doesNotExist();
	}

}
