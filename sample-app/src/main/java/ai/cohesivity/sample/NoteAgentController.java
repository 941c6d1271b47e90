/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ai.cohesivity.core.CohesivityException;

/**
 * {@code POST /notes/{id}/ask}: the managed agent's answer about a note, streamed as
 * Server-Sent Events through Spring AI's {@link ChatClient} on the starter's
 * {@link ChatModel}.
 * <p>
 * The handler returns a {@code Flux<ServerSentEvent<…>>}: Spring MVC subscribes to it
 * (reactive return values work in MVC when Reactor is present), writes each element as an
 * event and cancels the subscription — which closes the agent's stream — when the client
 * goes away or the async request times out ({@code spring.mvc.async.request-timeout}). No
 * {@code SseEmitter} to complete, no callback to wire, and the same method works
 * unchanged in WebFlux.
 * <p>
 * Each chunk is an event whose data is JSON {@code {"text": "…"}}: the agent's chunks
 * begin with spaces and may hold line breaks, which plain-text SSE data would lose. A
 * missing note is a 404 problem before the stream starts; an agent that fails (an
 * ephemeral tenant, for example, whose agent needs a claim) ends the stream with one
 * {@code error} event saying why.
 */
@RestController
class NoteAgentController {

	private final NoteRepository notes;

	private final ChatClient chatClient;

	NoteAgentController(NoteRepository notes, ChatModel chatModel) {
		this.notes = notes;
		this.chatClient = ChatClient.builder(chatModel)
			.defaultSystem("You answer questions about one note of the user's. Be brief.")
			.build();
	}

	@PostMapping(path = "/notes/{id}/ask", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Chunk>> ask(@PathVariable long id,
			@Valid @RequestBody(required = false) @Nullable Question question) {
		Note note = this.notes.get(id);
		return this.chatClient.prompt()
			.user(prompt(note, question))
			.stream()
			.content()
			.map((text) -> ServerSentEvent.builder(new Chunk(text)).build())
			.onErrorResume((ex) -> Flux.just(ServerSentEvent.builder(new Chunk(why(ex))).event("error").build()));
	}

	static String prompt(Note note, @Nullable Question question) {
		String asked = (question != null && question.question() != null && !question.question().isBlank())
				? question.question().strip() : "Summarise this note in one sentence.";
		return asked + "\n\nNote \"" + note.title() + "\" (tags: " + String.join(", ", note.tags()) + "):\n"
				+ note.body();
	}

	private static String why(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CohesivityException) {
				return "The agent could not answer: " + cause.getMessage();
			}
		}
		return "The agent could not answer: " + NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
	}

	/**
	 * What to ask about the note.
	 *
	 * @param question the question; a one-sentence summary is asked for when left out
	 */
	record Question(@Nullable @Size(max = 2_000) String question) {

	}

	/**
	 * One piece of the streamed answer.
	 *
	 * @param text the piece, spaces and line breaks included
	 */
	record Chunk(String text) {

	}

}
