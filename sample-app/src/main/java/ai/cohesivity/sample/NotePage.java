/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.sample;

import java.util.List;

/**
 * One page of notes, newest first.
 *
 * @param notes the notes on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many notes there are
 */
public record NotePage(List<Note> notes, int page, int size, long total) {

}
