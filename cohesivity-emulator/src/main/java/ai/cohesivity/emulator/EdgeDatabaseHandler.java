package ai.cohesivity.emulator;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * {@code POST /edge/database} with {@code {query, params}}: runs the SQL on the tenant's
 * SQLite database and answers {@code {rows, rowCount}} (plus D1 {@code meta} in the full
 * wire profile).
 */
final class EdgeDatabaseHandler {

	private static final JsonNode NO_PARAMS = JsonNodeFactory.instance.arrayNode();

	private static final int MAX_PARSED = 1024;

	private static final int MAX_CACHED_SQL_LENGTH = 4096;

	private final EmulatorServices services;

	private final UsageMeter meter;

	/**
	 * Parsed scripts by SQL text: clients repeat the same statements with different
	 * parameters.
	 */
	private final Map<String, List<SqlStatement>> parsed = new ConcurrentHashMap<>();

	EdgeDatabaseHandler(EmulatorServices services, UsageMeter meter) {
		this.services = services;
		this.meter = meter;
	}

	Mono<ServerResponse> query(ServerRequest request) {
		Tenant tenant = this.services.edge().admit(request, "database");
		WireProfile profile = this.services.settings().wireProfile;
		return this.services.bodies()
			.bytes(request)
			.flatMap((bytes) -> execute(tenant, bytes, profile, EventLoops.of(request.exchange().getRequest())))
			.onErrorMap(SqlRejectedException.class, (ex) -> ApiError.sql(profile, ex.getMessage()))
			.flatMap((outcome) -> JsonResponses.bytes(200, outcome.json()));
	}

	private Mono<QueryOutcome> execute(Tenant tenant, byte[] bytes, WireProfile profile, Executor completion) {
		JsonNode body;
		try {
			body = this.services.bodies().parse(bytes);
		}
		catch (ApiError ex) {
			throw new SqlRejectedException(String.valueOf(ex.body().get("message")));
		}
		JsonNode query = body.path("query");
		if (!query.isString() || query.stringValue().isBlank()) {
			throw new SqlRejectedException(
					"Send a JSON body {\"query\": \"<SQL>\", \"params\": [...]}: \"query\" must be a non-empty string");
		}
		JsonNode params = body.path("params");
		if (params.isMissingNode() || params.isNull()) {
			params = NO_PARAMS;
		}
		else if (!params.isArray()) {
			throw new SqlRejectedException("\"params\" must be a JSON array of values for the ? placeholders");
		}
		List<SqlStatement> statements = parse(query.stringValue());
		D1Restrictions.check(statements, params.size());
		TenantDatabase database = tenant.database();
		if (database == null) {
			throw EdgeErrors.notProvisioned("database");
		}
		return database.execute(statements, params, profile, completion)
			.doOnNext((outcome) -> this.meter.databaseQuery(tenant, outcome));
	}

	private List<SqlStatement> parse(String sql) {
		List<SqlStatement> statements = this.parsed.get(sql);
		if (statements == null) {
			statements = List.copyOf(SqlScriptSplitter.split(sql));
			if (sql.length() <= MAX_CACHED_SQL_LENGTH) {
				if (this.parsed.size() >= MAX_PARSED) {
					this.parsed.clear();
				}
				this.parsed.put(sql, statements);
			}
		}
		return statements;
	}

}
