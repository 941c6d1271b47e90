/**
 * The Cohesivity edge database (SQLite on Cloudflare D1, reached over
 * {@code POST /edge/database}) used the way Spring developers use {@code JdbcTemplate},
 * {@code JdbcClient} and R2DBC's {@code DatabaseClient}:
 * {@link ai.cohesivity.database.EdgeDatabaseTemplate},
 * {@link ai.cohesivity.database.ReactiveEdgeDatabaseClient}, a {@link java.sql.ResultSet}
 * adapter for Spring's own row mappers, SQL exception translation, named parameters,
 * batch rewriting, statement limits and script splitting.
 */
@NullMarked
package ai.cohesivity.database;

import org.jspecify.annotations.NullMarked;
