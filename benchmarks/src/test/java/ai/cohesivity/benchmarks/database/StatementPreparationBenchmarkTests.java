/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.benchmarks.database;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statement-preparation benchmark compares like with like: the template sends exactly
 * the request bodies the hand-written baseline sends, and both report the same changed
 * rows.
 */
class StatementPreparationBenchmarkTests {

	private final List<byte[]> sent = new ArrayList<>();

	private final StatementPreparationBenchmark benchmark = new StatementPreparationBenchmark();

	@BeforeEach
	void setUp() {
		this.benchmark.setUp(this.sent::add);
		// A first call of each kind warms the caches (statement shapes, parsed SQL), as
		// JMH's warm-up does.
		this.benchmark.templateUpdate();
		this.benchmark.templateNamedUpdateInList();
		this.benchmark.templateBatchInsert();
		this.sent.clear();
	}

	@Test
	void oneRowUpdateSendsTheHandWrittenBody() {
		assertThat(this.benchmark.handUpdate()).isOne();
		List<JsonNode> hand = drainSent();
		assertThat(this.benchmark.templateUpdate()).isOne();
		List<JsonNode> template = drainSent();
		assertThat(hand).hasSize(1);
		assertThat(hand.get(0).get("query").asString())
			.isEqualTo(StatementPreparationBenchmark.UPDATE + " RETURNING 1");
		assertThat(template).isEqualTo(hand);
	}

	@Test
	void namedInListUpdateExpandsToTheHandWrittenList() {
		assertThat(this.benchmark.handUpdateInList()).isEqualTo(StatementPreparationBenchmark.IN_LIST_SIZE);
		List<JsonNode> hand = drainSent();
		assertThat(this.benchmark.templateNamedUpdateInList()).isEqualTo(StatementPreparationBenchmark.IN_LIST_SIZE);
		List<JsonNode> template = drainSent();
		assertThat(hand).hasSize(1);
		assertThat(hand.get(0).get("params")).hasSize(StatementPreparationBenchmark.IN_LIST_SIZE);
		assertThat(template).isEqualTo(hand);
	}

	@Test
	void batchInsertSendsFewerFullerStatementsThanTheHandChunkedOnes() {
		assertThat(this.benchmark.handBatchInsert()).isEqualTo(StatementPreparationBenchmark.BATCH_ROWS);
		List<JsonNode> hand = drainSent();
		int[] counts = this.benchmark.templateBatchInsert();
		List<JsonNode> template = drainSent();
		assertThat(hand).hasSize(50);
		assertThat(hand).allSatisfy((body) -> assertThat(body.get("params")).hasSize(100));
		// The template inlines integers and text as SQLite literals and binds the REAL
		// price only: chunks fill to 100 bound prices (RoundTripComparisonTests checks
		// against the emulator that both write the same rows).
		assertThat(template).hasSize(10);
		assertThat(template).allSatisfy((body) -> assertThat(body.get("params").size()).isLessThanOrEqualTo(100));
		assertThat(counts).hasSize(StatementPreparationBenchmark.BATCH_ROWS).containsOnly(1);
	}

	private List<JsonNode> drainSent() {
		List<JsonNode> bodies = new ArrayList<>();
		for (byte[] body : this.sent) {
			bodies.add(JsonMapper.shared().readTree(body));
		}
		this.sent.clear();
		return bodies;
	}

}
