/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Create, list, read, replace, delete and search notes. Invalid input, a missing note and
 * a duplicate title are RFC 9457 problem details ({@link NotesProblemHandler}).
 */
@RestController
@RequestMapping("/notes")
class NoteController {

	private final NoteRepository notes;

	private final Clock clock;

	NoteController(NoteRepository notes) {
		this.notes = notes;
		this.clock = Clock.systemUTC();
	}

	@PostMapping
	ResponseEntity<Note> create(@Valid @RequestBody NoteRequest request, UriComponentsBuilder uri) {
		Note note = this.notes.create(request, this.clock.instant());
		URI location = uri.path("/notes/{id}").buildAndExpand(note.id()).toUri();
		return ResponseEntity.created(location).body(note);
	}

	@GetMapping
	NotePage list(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return new NotePage(this.notes.page(page, size), page, size, this.notes.count());
	}

	@GetMapping("/search")
	List<Note> search(@RequestParam @NotBlank @Size(max = 200) String q,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
		return this.notes.search(q.strip(), limit);
	}

	@GetMapping("/{id}")
	Note get(@PathVariable long id) {
		return this.notes.get(id);
	}

	@PutMapping("/{id}")
	Note replace(@PathVariable long id, @Valid @RequestBody NoteRequest request) {
		return this.notes.update(id, request, this.clock.instant());
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.notes.delete(id);
		return ResponseEntity.noContent().build();
	}

}
