/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends to create or replace a note.
 *
 * @param title the title: required, unique
 * @param body the text, empty when left out
 * @param tags the tags (no commas: they are stored comma-separated), none when left out
 */
public record NoteRequest(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 10_000) String body,
		@Nullable @Size(max = 20) List<@NotBlank @Size(max = 40) @Pattern(regexp = "[^,]*",
				message = "must not contain a comma") String> tags) {

	String bodyOrEmpty() {
		return (this.body != null) ? this.body : "";
	}

	String tagsColumn() {
		return (this.tags != null) ? String.join(",", this.tags.stream().map(String::strip).toList()) : "";
	}

}
