/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import ai.cohesivity.edge.EdgeClient;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DefaultReactiveEdgeDatabaseClient}: the exact request bodies and
 * idempotency flags it hands to the {@link EdgeClient}, and how it counts affected rows
 * from each answer shape.
 */
class ReactiveEdgeDatabaseClientTests {

	private static final String MINIMAL_EMPTY = "{\"rows\":[],\"rowCount\":0}";

	private final RecordingEdgeClient edge = new RecordingEdgeClient();

	private final ReactiveEdgeDatabaseClient client = ReactiveEdgeDatabaseClient.create(this.edge);

	@Test
	void writeWithoutMetaIsCountedThroughAnAppendedReturningClause() {
		this.edge.answer("{\"rows\":[{\"1\":1},{\"1\":1}],\"rowCount\":2}");
		Long count = this.client.sql("UPDATE notes SET done = ? WHERE done = ?;")
			.bind(0, 1)
			.bind(1, 0)
			.fetch()
			.rowsUpdated()
			.block();
		assertThat(count).isEqualTo(2L);
		Call call = this.edge.calls.get(0);
		assertThat(call.path()).isEqualTo("/edge/database");
		assertThat(call.body()).isEqualTo(
				Map.of("query", "UPDATE notes SET done = ? WHERE done = ? RETURNING 1", "params", List.of(1L, 0L)));
		assertThat(call.idempotent()).isFalse();
	}

	@Test
	void anEarlierAnswerWithMetaDoesNotChangeHowTheNextWriteIsCounted() {
		this.edge.answer("{\"rows\":[{\"n\":1}],\"rowCount\":1,\"meta\":{\"changes\":0,\"last_row_id\":0}}");
		this.edge.answer("{\"rows\":[{\"1\":1},{\"1\":1},{\"1\":1}],\"rowCount\":3}");
		this.client.sql("SELECT 1 AS n").fetch().all().collectList().block();
		Long count = this.client.sql("DELETE FROM notes").fetch().rowsUpdated().block();
		assertThat(count).isEqualTo(3L);
		assertThat(this.edge.calls.get(1).body()).containsEntry("query", "DELETE FROM notes RETURNING 1");
	}

	@Test
	void updateEndingInLimitIsCountedFromMetaWhenTheAnswerCarriesIt() {
		this.edge.answer("{\"rows\":[],\"rowCount\":0,\"meta\":{\"changes\":5}}");
		this.edge.answer(MINIMAL_EMPTY);
		String sql = "UPDATE notes SET done = 1 ORDER BY id LIMIT 5";
		assertThat(this.client.sql(sql).fetch().rowsUpdated().block()).isEqualTo(5L);
		assertThat(this.client.sql(sql).fetch().rowsUpdated().block()).isEqualTo((long) Statement.SUCCESS_NO_INFO);
		assertThat(this.edge.calls).extracting((call) -> call.body().get("query")).containsOnly(sql);
	}

	@Test
	void countThatCannotBeKnownIsSuccessNoInfo() {
		this.edge.answer(MINIMAL_EMPTY);
		Long count = this.client.sql("INSERT INTO a VALUES (1); INSERT INTO a VALUES (2)")
			.fetch()
			.rowsUpdated()
			.block();
		assertThat(count).isEqualTo((long) Statement.SUCCESS_NO_INFO);
		assertThat(this.edge.calls.get(0).body()).containsEntry("query",
				"INSERT INTO a VALUES (1); INSERT INTO a VALUES (2)");
	}

	@Test
	void ddlCountsZeroAndIsNotRewritten() {
		this.edge.answer(MINIMAL_EMPTY);
		assertThat(this.client.sql("CREATE TABLE t (a)").fetch().rowsUpdated().block()).isZero();
		assertThat(this.edge.calls.get(0).body()).containsEntry("query", "CREATE TABLE t (a)");
	}

	@Test
	void readsAreIdempotentAndScriptsAndWritesAreNot() {
		this.edge.answer(MINIMAL_EMPTY);
		this.edge.answer(MINIMAL_EMPTY);
		this.edge.answer(MINIMAL_EMPTY);
		this.client.sql("WITH x AS (SELECT 1) SELECT * FROM x").fetch().all().collectList().block();
		this.client.sql("INSERT INTO t VALUES (1) RETURNING id").fetch().all().collectList().block();
		this.client.sql("SELECT 1; SELECT 2").then().block();
		assertThat(this.edge.calls).extracting(Call::idempotent).containsExactly(true, false, false);
	}

	@Test
	void namedParametersAreSubstitutedBeforeSending() {
		this.edge.answer(MINIMAL_EMPTY);
		this.client.sql("SELECT * FROM t WHERE a = :a AND b IN (:bs) AND c = :a")
			.bind("a", "x")
			.bind("bs", List.of(1, 2))
			.fetch()
			.all()
			.collectList()
			.block();
		assertThat(this.edge.calls.get(0).body()).isEqualTo(Map.of("query",
				"SELECT * FROM t WHERE a = ? AND b IN (?, ?) AND c = ?", "params", List.of("x", 1L, 2L, "x")));
	}

	@Test
	void nothingIsSentWhenBindingFails() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.client.sql("SELECT ?, ?").bind(1, "second only").fetch().all().blockLast())
			.withMessageContaining("No value bound at index 0");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.client.sql("SELECT :a, ?").bind("a", 1).bind(0, 2).then().block())
			.withMessageContaining("both by index and by name");
		assertThat(this.edge.calls).isEmpty();
	}

	@Test
	void malformedAnswerIsAResourceFailure() {
		this.edge.answer("{\"rows\":{\"not\":\"an array\"}}");
		assertThatExceptionOfType(org.springframework.dao.DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.client.sql("SELECT 1").fetch().all().blockLast())
			.withMessageContaining("'rows' is not an array");
	}

	record Call(String path, Map<String, Object> body, boolean idempotent) {
	}

	/**
	 * An {@link EdgeClient} that records each call and answers from a queue.
	 */
	static final class RecordingEdgeClient implements EdgeClient {

		final List<Call> calls = new ArrayList<>();

		private final Deque<JsonNode> answers = new ArrayDeque<>();

		void answer(String json) {
			this.answers.add(JsonMapper.shared().readTree(json));
		}

		@Override
		public Mono<JsonNode> post(String path, Object jsonBody, boolean idempotent) {
			return Mono.fromCallable(() -> {
				@SuppressWarnings("unchecked")
				Map<String, Object> body = (Map<String, Object>) jsonBody;
				this.calls.add(new Call(path, body, idempotent));
				return this.answers.remove();
			});
		}

	}

}
