/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the benchmarks' {@code notes} table as a JavaBean (mapped by
 * {@code BeanPropertyRowMapper}).
 */
public class NoteBean {

	private long id;

	private @Nullable String title;

	private boolean done;

	private double price;

	private @Nullable Instant createdAt;

	/**
	 * Returns the primary key.
	 * @return the id
	 */
	public long getId() {
		return this.id;
	}

	/**
	 * Sets the primary key.
	 * @param id the id
	 */
	public void setId(long id) {
		this.id = id;
	}

	/**
	 * Returns the title.
	 * @return the title
	 */
	public @Nullable String getTitle() {
		return this.title;
	}

	/**
	 * Sets the title.
	 * @param title the title
	 */
	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	/**
	 * Returns whether the note is done.
	 * @return whether it is done
	 */
	public boolean isDone() {
		return this.done;
	}

	/**
	 * Sets whether the note is done.
	 * @param done whether it is done
	 */
	public void setDone(boolean done) {
		this.done = done;
	}

	/**
	 * Returns the price.
	 * @return the price
	 */
	public double getPrice() {
		return this.price;
	}

	/**
	 * Sets the price.
	 * @param price the price
	 */
	public void setPrice(double price) {
		this.price = price;
	}

	/**
	 * Returns when the note was created.
	 * @return the creation time
	 */
	public @Nullable Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Sets when the note was created.
	 * @param createdAt the creation time
	 */
	public void setCreatedAt(@Nullable Instant createdAt) {
		this.createdAt = createdAt;
	}

	/**
	 * Returns the same values as a {@link Note}, so that results of both mappers compare
	 * equal.
	 * @return the note
	 * @throws IllegalStateException if the title or creation time was never set
	 */
	public Note toNote() {
		if (this.title == null || this.createdAt == null) {
			throw new IllegalStateException("Note " + this.id + " has no title or creation time");
		}
		return new Note(this.id, this.title, this.done, this.price, this.createdAt);
	}

}
