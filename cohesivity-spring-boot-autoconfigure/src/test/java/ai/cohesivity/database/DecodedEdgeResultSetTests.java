/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.database;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests of {@link EdgeResultSetTests} over rows decoded from an answer's tokens
 * ({@link EdgeQueryResult#rows(JsonParser)}, as the client reads every answer), and the
 * decoding's own cases: rows whose keys differ from the first row's.
 */
class DecodedEdgeResultSetTests extends EdgeResultSetTests {

	@Override
	EdgeResultSet resultSet(String json) {
		return new EdgeResultSet(decode("{\"rows\": " + json + ", \"rowCount\": 0}").rows());
	}

	static EdgeQueryResult decode(String answer) {
		try (JsonParser parser = JsonMapper.shared().createParser(answer)) {
			return EdgeQueryResult.rows(parser);
		}
	}

	@Test
	void columnsAreTheFirstRowsKeysALaterRowsOwnKeyIsSkippedAndALackingOneReadsAsNull() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"a\": 1, \"b\": \"x\"}, {\"b\": \"y\", \"c\": 3}, {\"b\": \"z\", \"a\": 5}]");
		assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
		rs.next();
		assertThat(rs.getObject("a")).isEqualTo(1L);
		rs.next();
		assertThat(rs.getObject("a")).isNull();
		assertThat(rs.wasNull()).isTrue();
		assertThat(rs.getObject("a", JsonNode.class)).isSameAs(MissingNode.getInstance());
		assertThat(rs.getString("b")).isEqualTo("y");
		rs.next();
		assertThat(rs.getLong("a")).isEqualTo(5);
		assertThat(rs.getString(2)).isEqualTo("z");
	}

	@Test
	void aKeyRepeatedInARowCountsOnceWithItsLastValue() throws SQLException {
		EdgeResultSet rs = resultSet("[{\"a\": 1, \"a\": 2, \"b\": 3}, {\"a\": 4, \"b\": 5, \"b\": 6}]");
		assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
		rs.next();
		assertThat(rs.getLong("a")).isEqualTo(2);
		rs.next();
		assertThat(rs.getLong("b")).isEqualTo(6);
	}

	@Test
	void rawJsonNodesAreTheTreesTheValuesCameFrom() throws SQLException {
		String rows = "[{\"i\": 7, \"l\": 5000000000, \"d\": 2.5, \"s\": \"x\", \"t\": true, \"n\": null, "
				+ "\"a\": [1, 2], \"o\": {\"k\": 1}}]";
		EdgeResultSet decoded = resultSet(rows);
		EdgeResultSet trees = super.resultSet(rows);
		decoded.next();
		trees.next();
		for (int column = 1; column <= 8; column++) {
			assertThat(decoded.getObject(column, JsonNode.class)).isEqualTo(trees.getObject(column, JsonNode.class));
		}
	}

}
