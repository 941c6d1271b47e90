package ai.cohesivity.emulator.database;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import ai.cohesivity.emulator.accounts.UsageMeter;
import ai.cohesivity.emulator.edge.EdgeAuthentication;
import ai.cohesivity.emulator.edge.EdgeErrors;
import ai.cohesivity.emulator.http.ApiError;
import ai.cohesivity.emulator.http.EventLoops;
import ai.cohesivity.emulator.http.JsonResponses;
import ai.cohesivity.emulator.http.RequestBodies;
import ai.cohesivity.emulator.tenants.Tenant;

/**
 * {@code POST /edge/database} with {@code {query, params}}: runs the SQL on the tenant's
 * SQLite database and answers {@code {rows, rowCount}} (plus D1 {@code meta} in the full
 * wire profile).
 */
public final class EdgeDatabaseHandler {

	private static final JsonNode NO_PARAMS = JsonNodeFactory.instance.arrayNode();

	private static final int MAX_PARSED = 1024;

	private static final int MAX_CACHED_SQL_LENGTH = 4096;

	private final EdgeAuthentication edge;

	private final TenantDatabases databases;

	private final DatabaseSettings settings;

	private final UsageMeter meter;

	private final RequestBodies bodies;

	/**
	 * Parsed scripts by SQL text: clients repeat the same statements with different
	 * parameters.
	 */
	private final Map<String, List<SqlStatement>> parsed = new ConcurrentHashMap<>();

	/**
	 * Creates the handler.
	 * @param edge admits edge calls
	 * @param databases the tenants' databases
	 * @param settings what answers carry and how long a request may run
	 * @param meter books the rows read and written
	 * @param bodies reads request bodies
	 */
	public EdgeDatabaseHandler(EdgeAuthentication edge, TenantDatabases databases, DatabaseSettings settings,
			UsageMeter meter, RequestBodies bodies) {
		this.edge = edge;
		this.databases = databases;
		this.settings = settings;
		this.meter = meter;
		this.bodies = bodies;
	}

	/**
	 * The routes of this handler.
	 * @return {@code POST /edge/database}
	 */
	public RouterFunction<ServerResponse> routes() {
		return RouterFunctions.route().POST("/edge/database", this::query).build();
	}

	Mono<ServerResponse> query(ServerRequest request) {
		Tenant tenant = this.edge.admit(request, "database");
		return this.bodies.bytes(request)
			.flatMap((bytes) -> execute(tenant, bytes, EventLoops.of(request.exchange().getRequest())))
			.onErrorMap(SqlRejectedException.class,
					(ex) -> ApiError.sql(this.settings.errorObject(), String.valueOf(ex.getMessage())))
			.flatMap((outcome) -> answer(outcome.body(), request));
	}

	/**
	 * A small answer goes out as one buffer; one that spilled to disk streams from its
	 * file in chunks.
	 */
	private static Mono<ServerResponse> answer(AnswerBuffer body, ServerRequest request) {
		if (!body.spilled()) {
			return JsonResponses.bytes(200, body.bytes());
		}
		DataBufferFactory factory = request.exchange().getResponse().bufferFactory();
		// File reads complete on the file channel's threads: hand each chunk to the
		// connection's event loop (see EventLoops), two at a time.
		Scheduler eventLoop = Schedulers.fromExecutor(EventLoops.of(request.exchange().getRequest()));
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.contentLength(body.length())
			.body(BodyInserters.fromDataBuffers(body.content(factory).publishOn(eventLoop, 2)));
	}

	private Mono<QueryOutcome> execute(Tenant tenant, byte[] bytes, Executor completion) {
		JsonNode body;
		try {
			body = this.bodies.parse(bytes);
		}
		catch (ApiError ex) {
			throw new SqlRejectedException(ex.message());
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
		TenantDatabase database = this.databases.of(tenant);
		if (database == null) {
			throw EdgeErrors.notProvisioned("database");
		}
		return database.execute(statements, params, this.settings, completion)
			.doOnNext((outcome) -> this.meter.databaseQuery(tenant, outcome.rowsRead(), outcome.rowsWritten()));
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
