/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.cohesivity.database.ReactiveEdgeDatabaseClientTests.RecordingEdgeClient;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link StatementBindings}, the one immutable model of bound parameters behind
 * both the fluent template spec and the reactive spec.
 */
class StatementBindingsTests {

	private static final String EMPTY = "{\"rows\":[],\"rowCount\":0}";

	private final RecordingEdgeClient edge = new RecordingEdgeClient();

	private final EdgeDatabaseTemplate template = new EdgeDatabaseTemplate(
			ReactiveEdgeDatabaseClient.create(this.edge));

	@Test
	void eachWithReturnsANewValueAndLeavesTheOriginalAlone() {
		StatementBindings one = StatementBindings.NONE.withNext("a");
		StatementBindings two = one.withNext("b");
		assertThat(one.toRequest("SELECT ?").params()).containsExactly("a");
		assertThat(two.toRequest("SELECT ?, ?").params()).containsExactly("a", "b");
		assertThat(StatementBindings.NONE.toRequest("SELECT 1").params()).isEmpty();
	}

	@Test
	void nextFollowsTheHighestBoundPosition() {
		StatementBindings bindings = StatementBindings.NONE.withIndexed(2, "c").withIndexed(0, "a").withIndexed(1, "b");
		assertThat(bindings.withNext("d").toRequest("SELECT ?, ?, ?, ?").params()).containsExactly("a", "b", "c", "d");
	}

	@Test
	void nothingIsCheckedWhileBindingEverythingWhenTheRequestIsBuilt() {
		StatementBindings mixed = StatementBindings.NONE.withNext(1).withNamed("a", 2);
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> mixed.toRequest("SELECT :a, ?"))
			.withMessageContaining("both by index and by name");
		StatementBindings gap = StatementBindings.NONE.withIndexed(1, "second");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> gap.toRequest("SELECT ?, ?"))
			.withMessage("No value bound at index 0 (parameter 1)");
	}

	@Test
	void explicitNamedValuesWinOverTheSource() {
		record Filter(String owner, boolean done) {
		}
		EdgeDatabaseRequest request = StatementBindings.NONE.withSource(new Filter("ann", true))
			.withNamed("owner", "bob")
			.toRequest("SELECT * FROM t WHERE owner = :owner AND done = :done");
		assertThat(request.params()).containsExactly("bob", 1L);
	}

	@Test
	void fluentSpecBindsOneBasedIndexesAndReachesTheWireOnce() {
		this.edge.answer(EMPTY);
		this.template.sql("SELECT * FROM t WHERE a = ?1 AND b = ?2").param(2, "b").param(1, "a").query().listOfRows();
		assertThat(this.edge.calls).singleElement()
			.satisfies((call) -> assertThat(call.body())
				.isEqualTo(Map.of("query", "SELECT * FROM t WHERE a = ?1 AND b = ?2", "params", List.of("a", "b"))));
	}

	@Test
	void fluentSpecGapIsReportedOnceWithBothIndexStylesAndNothingIsSent() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> this.template.sql("SELECT ?1, ?2").param(2, "b").query().listOfRows())
			.withMessage("No value bound at index 0 (parameter 1)");
		assertThat(this.edge.calls).isEmpty();
	}

	@Test
	void fluentAndReactiveNullsAndNamesGiveTheSameRequest() {
		this.edge.answer(EMPTY);
		this.edge.answer(EMPTY);
		this.template.sql("UPDATE t SET a = :a, b = :b").params(Map.of("a", 1)).param("b", null).update();
		this.template.getReactiveClient()
			.sql("UPDATE t SET a = :a, b = :b")
			.bind("a", 1)
			.bindNull("b", String.class)
			.then()
			.block();
		assertThat(this.edge.calls).hasSize(2);
		assertThat(this.edge.calls.get(0).body().get("params")).isEqualTo(Arrays.asList(1L, null));
		assertThat(this.edge.calls.get(1).body().get("params")).isEqualTo(Arrays.asList(1L, null));
	}

}
