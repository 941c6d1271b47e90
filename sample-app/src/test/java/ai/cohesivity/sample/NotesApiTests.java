/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.ClassUtils;

import ai.cohesivity.autoconfigure.emulator.AutoConfigureCohesivityEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notes API over HTTP, on a fresh emulator: every endpoint, and the problem details a
 * client gets for invalid input, a missing note and a duplicate title.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureCohesivityEmulator
class NotesApiTests {

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
	void runsOnSpringMvcWithoutAWebFluxServer(@Autowired ApplicationContext context) {
		assertThat(context).isInstanceOf(ServletWebServerApplicationContext.class);
		assertThat(ClassUtils.isPresent("org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration",
				getClass().getClassLoader()))
			.as("spring-boot-webflux on the class path")
			.isFalse();
	}

	@Test
	void createsReadsReplacesAndDeletesANote() {
		Note created = create("Crud " + System.nanoTime(), "first text", List.of("a", "b"));
		assertThat(created.id()).isPositive();
		assertThat(created.tags()).containsExactly("a", "b");
		assertThat(created.createdAt()).isEqualTo(created.updatedAt());

		this.http.get()
			.uri("/notes/{id}", created.id())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Note.class)
			.isEqualTo(created);

		Note replaced = this.http.put()
			.uri("/notes/{id}", created.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", created.title() + " (edited)", "body", "second text", "tags", List.of("c")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Note.class)
			.returnResult()
			.getResponseBody();
		assertThat(replaced.title()).endsWith("(edited)");
		assertThat(replaced.body()).isEqualTo("second text");
		assertThat(replaced.tags()).containsExactly("c");
		assertThat(replaced.createdAt()).isEqualTo(created.createdAt());
		assertThat(replaced.updatedAt()).isAfterOrEqualTo(created.updatedAt());

		this.http.delete().uri("/notes/{id}", created.id()).exchange().expectStatus().isNoContent();
		this.http.get().uri("/notes/{id}", created.id()).exchange().expectStatus().isNotFound();
	}

	@Test
	void createAnswersWithTheNotesLocation() {
		this.http.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", "Located " + System.nanoTime()))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectHeader()
			.value("Location",
					(location) -> assertThat(location).matches("http://localhost:" + this.port + "/notes/\\d+"))
			.expectBody()
			.jsonPath("$.body")
			.isEqualTo("")
			.jsonPath("$.tags")
			.isEmpty();
	}

	@Test
	void listsPagesNewestFirst() {
		String prefix = "Paged " + System.nanoTime() + " ";
		Note first = create(prefix + 1, "", List.of());
		Note second = create(prefix + 2, "", List.of());
		Note third = create(prefix + 3, "", List.of());
		NotePage page = this.http.get()
			.uri("/notes?page=0&size=2")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(NotePage.class)
			.returnResult()
			.getResponseBody();
		assertThat(page.notes()).extracting(Note::id).containsExactly(third.id(), second.id());
		assertThat(page.page()).isZero();
		assertThat(page.size()).isEqualTo(2);
		assertThat(page.total()).isGreaterThanOrEqualTo(3);
		NotePage next = this.http.get()
			.uri("/notes?page=1&size=2")
			.exchange()
			.expectBody(NotePage.class)
			.returnResult()
			.getResponseBody();
		assertThat(next.notes()).extracting(Note::id).first().isEqualTo(first.id());
	}

	@Test
	void searchesTitlesBodiesAndTags() {
		String word = "zebra" + System.nanoTime();
		Note inTitle = create("A " + word + " in the title", "", List.of());
		Note inBody = create("Body " + System.nanoTime(), "a " + word + " in the body", List.of());
		Note inTags = create("Tags " + System.nanoTime(), "", List.of(word));
		create("Unrelated " + System.nanoTime(), "nothing here", List.of("other"));
		assertThat(search(word.toUpperCase())).containsExactly(inTags.id(), inBody.id(), inTitle.id());
	}

	@Test
	void searchTreatsWildcardsAsText() {
		Note percent = create("Discount 100% " + System.nanoTime(), "", List.of());
		assertThat(search("100%")).contains(percent.id());
		assertThat(search("1_0")).doesNotContain(percent.id());
	}

	@Test
	void invalidNoteIsAProblemNamingEachField() {
		this.http.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", " ", "tags", List.of("a,b")))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.instance")
			.isEqualTo("/notes")
			.jsonPath("$.errors[?(@.field == 'title')].message")
			.isEqualTo(List.of("must not be blank"))
			.jsonPath("$.errors[?(@.field == 'tags[0]')].message")
			.isEqualTo(List.of("must not contain a comma"));
	}

	@Test
	void unreadableBodyAndBadParametersAreProblems() {
		this.http.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{not json")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/notes?size=1000")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.http.get()
			.uri("/notes/search?q=")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void missingNoteIsANotFoundProblem() {
		for (String method : List.of("GET", "PUT", "DELETE")) {
			this.http.method(HttpMethod.valueOf(method))
				.uri("/notes/987654321")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("title", "Nowhere"))
				.exchange()
				.expectStatus()
				.isNotFound()
				.expectHeader()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.detail")
				.isEqualTo("No note at /notes/987654321");
		}
	}

	@Test
	void duplicateTitleIsAConflictProblemAndWritesNothing() {
		String title = "Twice " + System.nanoTime();
		create(title, "original", List.of());
		Note other = create("Other " + System.nanoTime(), "", List.of());
		this.http.post()
			.uri("/notes")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title, "body", "copy"))
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("A note with this title already exists");
		this.http.put()
			.uri("/notes/{id}", other.id())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("title", title))
			.exchange()
			.expectStatus()
			.isEqualTo(409);
		this.http.get()
			.uri("/notes/search?q={q}", title)
			.exchange()
			.expectBody()
			.jsonPath("$[*].body")
			.isEqualTo(List.of("original"));
	}

	private List<Long> search(String query) {
		List<Note> found = this.http.get()
			.uri("/notes/search?q={q}", query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(new ParameterizedTypeReference<List<Note>>() {
			})
			.returnResult()
			.getResponseBody();
		return found.stream().map(Note::id).toList();
	}

	private Note create(String title, String body, List<String> tags) {
		return this.sample.create(title, body, tags);
	}

}
