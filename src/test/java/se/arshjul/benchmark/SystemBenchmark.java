package se.arshjul.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.ArshjulApplication;
import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.rendering.RenderThroughput;
import se.arshjul.support.ApiLifecycle;

/**
 * The system benchmark of issue 6, item 6 (a main class, not a timed test): the
 * application, as it runs in production, on an embedded PostgreSQL, driven over HTTP.
 * Each measurement stands beside a baseline measured in the same run:
 * <ol>
 * <li>the database's own commit rate: single-row inserts, each its own transaction, from
 * one and from several connections (the physical limit of everything else);</li>
 * <li>starting a förvaltning's cycle of N = 100, 500, 1,500 units with the job executor
 * running, until every unit has its VP's draft task; baseline: a bare process with the
 * same jobs (batches of 50, a call per unit, a called process with the user task) and no
 * listeners, timers or domain writes, on the same engine;</li>
 * <li>N documents through their whole lifecycle over the REST APIs (create, save the
 * plan, the five steps) by concurrent clients, the render excluded; baseline: a bare
 * process with the same five user tasks, started and completed over /engine-rest by the
 * same clients;</li>
 * <li>render throughput with as many threads as CPUs: bare FOP beside Årshjul's render
 * with and without the veraPDF check.</li>
 * </ol>
 * It prints a table of time, throughput, p50/p95 latency, ratio to the baseline, database
 * commits and peak heap. Run with {@code ./mvnw -q -Pbenchmark test-compile exec:exec}
 * (the profile in pom.xml); sizes with {@code -Dbenchmark.units=100,500,1500},
 * {@code -Dbenchmark.documents=100,200}, {@code -Dbenchmark.clients=4}.
 */
public final class SystemBenchmark {

	private static final String ADMINISTRATION = "hagersten-liljeholmen";

	/** The cycles' plan year; the engine's clock is set to 1 September before it. */
	private static final int CYCLE_YEAR = 2030;

	/** Documents per client in one round of the lifecycle series. */
	private static final int ROUND = 5;

	private static final String[] STEPS = { "Task_Draft", "Task_AptDiscussion", "Task_SignOff", "Task_Review",
			"Task_BoardDecision" };

	private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter((pool) -> pool.getType() == MemoryType.HEAP)
		.toList();

	private static final com.sun.management.OperatingSystemMXBean CPU = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
		.disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private final List<Row> rows = new ArrayList<>();

	/** Makes the förvaltningar and units of each series new, warm-up included. */
	private int series;

	/** How many cycle sizes were measured (the warm-up's too). */
	private int cycleSizes;

	private final JdbcTemplate jdbc;

	private final String jdbcUrl;

	private final String baseUrl;

	private final ProcessEngine engine;

	private final ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private SystemBenchmark(ConfigurableApplicationContext app, String jdbcUrl) {
		this.app = app;
		this.jdbcUrl = jdbcUrl;
		this.jdbc = app.getBean(JdbcTemplate.class);
		this.engine = app.getBean(ProcessEngine.class);
		this.baseUrl = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
	}

	public static void main(String[] args) throws Exception {
		quietLogging();
		int[] units = sizes("benchmark.units", "100,500,1500");
		if (Arrays.stream(units).anyMatch((n) -> n <= 0 || n % 50 != 0)) {
			throw new IllegalArgumentException(
					"benchmark.units: each size must be a multiple of 50 (the cycles start units in batches of 50)");
		}
		int[] documents = sizes("benchmark.documents", "100,200");
		int clients = Integer.getInteger("benchmark.clients", 4);
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.println("Starting an embedded PostgreSQL and Årshjul (demo profile, job executor on) …");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			long booting = System.nanoTime();
			// as command-line arguments: they come before application.yml's defaults
			ConfigurableApplicationContext app = new SpringApplicationBuilder(ArshjulApplication.class).profiles("demo")
				.run(Map
					.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
							"spring.datasource.password", "", "server.port", "0", "spring.main.banner-mode", "off",
							"camunda.bpm.job-execution.enabled", "true", "arshjul.cycle.auto-start-cron", "-",
							"arshjul.mail.digest.cron", "-", "logging.level.root", "WARN")
					.entrySet()
					.stream()
					.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
					.toArray(String[]::new));
			System.out.printf("Started in %.1f s.%n", (System.nanoTime() - booting) / 1e9);
			try {
				SystemBenchmark benchmark = new SystemBenchmark(app, url);
				benchmark.deployBaseline();
				benchmark.commitRate(clients);
				benchmark.warmUp(() -> benchmark.cycleStart(50));
				for (int n : units) {
					benchmark.cycleStart(n);
				}
				// the lifecycles leave render jobs: rendering is measured on its own
				// (part 4)
				benchmark.stopJobExecutor();
				benchmark.warmUp(() -> benchmark.lifecycles(4 * clients, clients));
				for (int n : documents) {
					benchmark.lifecycles(n, clients);
				}
				benchmark.renders();
				benchmark.print(clients, loadBefore);
			}
			finally {
				ClockUtil.reset();
				app.close();
			}
		}
	}

	// --- 1. the database's commit rate

	private void commitRate(int clients) throws Exception {
		System.out.println("Database commit rate …");
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists bench_commit (id bigserial primary key, client int,"
					+ " at timestamp with time zone default now())");
		}
		for (int threads : new int[] { 1, clients }) {
			Row row = new Row("DB", "single-row commits (the limit)", threads + " conn.", 0, "commits");
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
			measure(row, threads, (client, latencies) -> {
				try (Connection connection = DriverManager.getConnection(this.jdbcUrl, "postgres", "");
						PreparedStatement insert = connection
							.prepareStatement("insert into bench_commit (client) values (?)")) {
					connection.setAutoCommit(true);
					while (System.nanoTime() < end) {
						long start = System.nanoTime();
						insert.setInt(1, client);
						insert.executeUpdate();
						latencies.add(System.nanoTime() - start);
					}
				}
			});
			row.count = row.latencies.size();
			this.rows.add(row);
		}
	}

	/**
	 * A small series before measuring, so that the first one measured does not pay for
	 * the JIT compiler and the first requests of each API.
	 */
	private void warmUp(Step series) throws Exception {
		System.out.print("Warming up: ");
		int rowsBefore = this.rows.size();
		series.run();
		this.rows.subList(rowsBefore, this.rows.size()).clear();
	}

	// --- 2. starting a cycle

	private void deployBaseline() {
		this.engine.getRepositoryService()
			.createDeployment()
			.name("benchmark-baseline")
			.addClasspathResource("benchmark/bare-cycle.bpmn")
			.addClasspathResource("benchmark/bare-unit-year.bpmn")
			.addClasspathResource("benchmark/bare-lifecycle.bpmn")
			.deploy();
		// the cycle's VP starts on 15 August of the year before; its first deadline (in
		// November) is then months away, so no reminder runs while the benchmark measures
		ClockUtil.offset(Duration
			.between(java.time.Instant.now(),
					LocalDateTime.of(CYCLE_YEAR - 1, 9, 1, 12, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant())
			.toMillis());
	}

	/** Which of the two starts first alternates from one size to the next. */
	private void cycleStart(int units) throws Exception {
		boolean bareFirst = (this.cycleSizes++ % 2) == 0;
		System.out.printf("Cycle start, %d units: %s first …%n", units, bareFirst ? "bare process" : "Årshjul");
		String administration = "bench-" + (++this.series) + "-" + units;
		this.jdbc.update("insert into administration (id, name, board_name) values (?, ?, ?)", administration,
				"Benchmarkförvaltning " + units, "Benchmarknämnd " + units);
		List<Object[]> rowsOfUnits = new ArrayList<>();
		for (int i = 1; i <= units; i++) {
			rowsOfUnits.add(new Object[] { administration + "-enhet-" + i, administration, "Enhet " + i });
		}
		this.jdbc.batchUpdate("insert into unit (id, administration_id, name) values (?, ?, ?)", rowsOfUnits);
		Row bare = new Row("cycle", "bare process, same jobs (baseline)", "N=" + units, units, "units");
		Row ours = new Row("cycle", "Årshjul: POST /api/cycles", "N=" + units, units, "units");
		Step timeBare = () -> timeCycle(bare, units, () -> {
			Map<String, Object> started = call("admin", "POST",
					"/engine-rest/process-definition/key/bench-bare-cycle/start",
					Map.of("variables", Map.of("units", Map.of("value", units, "type", "Integer"))));
			return (String) started.get("id");
		});
		Step timeOurs = () -> timeCycle(ours, units, () -> {
			call("admin", "POST", "/api/cycles", Map.of("administrationId", administration, "year", CYCLE_YEAR));
			return this.jdbc.queryForObject("select process_instance_id from cycle where administration_id = ?",
					String.class, administration);
		});
		if (bareFirst) {
			timeBare.run();
			timeOurs.run();
		}
		else {
			timeOurs.run();
			timeBare.run();
		}
		ours.baseline = bare;
		this.rows.add(bare);
		this.rows.add(ours);
	}

	/**
	 * Starts a cycle and waits until each of its units has a draft task; each unit's
	 * latency is its task's creation time since the start (engine clock).
	 */
	private void timeCycle(Row row, int units, Start start) throws Exception {
		String count = "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
				+ " where e.root_proc_inst_id_ = ? and t.task_def_key_ = 'Task_Draft'";
		String failed = "select count(*) from act_hi_job_log where job_state_ = 1";
		long failedBefore = this.jdbc.queryForObject(failed, Long.class);
		row.begin(this);
		long engineStart = ClockUtil.getCurrentTime().getTime();
		long requestStart = System.nanoTime();
		String root = start.start();
		row.request = System.nanoTime() - requestStart;
		// the job executor runs by itself here, as in production: poll the database, as
		// TwoNodeClusterIT does
		org.awaitility.Awaitility.await(row.series + ", N=" + units + ": every unit started")
			.atMost(Duration.ofMinutes(15))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.jdbc.queryForObject(count, Integer.class, root) >= units);
		row.end(this);
		row.failedJobs = this.jdbc.queryForObject(failed, Long.class) - failedBefore;
		this.jdbc
			.queryForList(
					"select t.create_time_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
							+ " where e.root_proc_inst_id_ = ? and t.task_def_key_ = 'Task_Draft'",
					java.sql.Timestamp.class, root)
			.forEach((created) -> row.latencies.add(TimeUnit.MILLISECONDS.toNanos(created.getTime() - engineStart)));
	}

	// --- 3. documents through their lifecycle

	/**
	 * The documents go in rounds of {@link #ROUND} per client, the bare process and
	 * Årshjul taking turns (each round the other first), so that a change in the
	 * machine's load meets both alike; each series' time is the sum of its rounds.
	 */
	private void lifecycles(int documents, int clients) throws Exception {
		System.out.printf("Lifecycle, %d documents, %d clients: bare process and Årshjul in turns …%n", documents,
				clients);
		int perClient = documents / clients;
		String size = "N=" + documents + ", " + clients + " cl.";
		Row bare = new Row("lifecycle", "bare process, 5 user tasks (baseline)", size, perClient * clients, "docs");
		Row ours = new Row("lifecycle", "Årshjul: create, save, 5 steps", size, perClient * clients, "docs");
		List<String[]> people = unitsWithPeople(documents, clients);
		String plan = JSON.writeValueAsString(Assistansenheten2017.vp());
		for (int first = 0; first < perClient; first += ROUND) {
			int from = first;
			int to = Math.min(perClient, first + ROUND);
			Work bareRound = (client, latencies) -> {
				for (int i = from; i < to; i++) {
					long start = System.nanoTime();
					Map<String, Object> instance = timed(latencies, "admin", "POST",
							"/engine-rest/process-definition/key/bench-bare-lifecycle/start", Map.of());
					for (String step : STEPS) {
						completeStep(latencies, "admin", (String) instance.get("id"), step);
					}
					bare.documentLatencies.add(System.nanoTime() - start);
				}
			};
			Work oursRound = (client, latencies) -> {
				String unit = people.get(client)[0];
				String handlaggare = people.get(client)[1];
				String enhetschef = people.get(client)[2];
				for (int i = from; i < to; i++) {
					long start = System.nanoTime();
					Map<String, Object> document = timed(latencies, handlaggare, "POST", "/api/documents",
							Map.of("unitId", unit, "year", 2030 + i, "type", "VP"));
					String path = "/api/documents/" + document.get("id");
					Object version = timed(latencies, handlaggare, "GET", path, null).get("version");
					timed(latencies, handlaggare, "PUT", path + "/content",
							Map.of("version", version, "title", document.get("title"), "content", JSON.readTree(plan)));
					String instance = (String) document.get("processInstanceId");
					completeStep(latencies, handlaggare, instance, "Task_Draft");
					completeStep(latencies, handlaggare, instance, "Task_AptDiscussion");
					completeStep(latencies, enhetschef, instance, "Task_SignOff");
					completeStep(latencies, "controller", instance, "Task_Review");
					completeStep(latencies, "namndsekreterare", instance, "Task_BoardDecision");
					ours.documentLatencies.add(System.nanoTime() - start);
				}
			};
			if ((first / ROUND) % 2 == 0) {
				measure(bare, clients, bareRound);
				measure(ours, clients, oursRound);
			}
			else {
				measure(ours, clients, oursRound);
				measure(bare, clients, bareRound);
			}
		}
		ours.baseline = bare;
		this.rows.add(bare);
		this.rows.add(ours);
	}

	/** Finds the step's task as the user sees it and completes it with valid values. */
	private void completeStep(List<Long> latencies, String user, String instance, String step) throws IOException {
		List<?> tasks = (List<?>) timedAny(latencies, user, "GET",
				"/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + step, null);
		if (tasks.size() != 1) {
			throw new IllegalStateException(user + " sees " + tasks.size() + " tasks " + step + " of " + instance);
		}
		Map<String, Object> variables = new HashMap<>();
		ApiLifecycle.validValues(step)
			.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
		timedAny(latencies, user, "POST", "/engine-rest/task/" + ((Map<?, ?>) tasks.get(0)).get("id") + "/complete",
				Map.of("variables", variables));
	}

	/**
	 * One unit per client in the demo förvaltning, each with a handläggare and an
	 * enhetschef of its own (password "demo", as every demo user): {unit, handläggare,
	 * enhetschef} per client.
	 */
	private List<String[]> unitsWithPeople(int documents, int clients) throws Exception {
		List<String[]> people = new ArrayList<>();
		int series = ++this.series;
		for (int client = 0; client < clients; client++) {
			String unit = "bench-" + series + "-" + client;
			String[] who = { unit, unit + "-handlaggare", unit + "-enhetschef" };
			this.jdbc.update("insert into unit (id, administration_id, name) values (?, ?, ?)", unit, ADMINISTRATION,
					"Benchmarkenhet " + documents + "-" + client);
			for (int i = 1; i <= 2; i++) {
				this.jdbc.update("insert into app_user (id, first_name, last_name, email) values (?, ?, ?, ?)", who[i],
						"Bench", who[i], who[i] + "@arshjul.example");
				this.jdbc.update("insert into role_assignment (user_id, role, scope_id) values (?, ?, ?)", who[i],
						(i == 1) ? "HANDLAGGARE" : "ENHETSCHEF", unit);
			}
			people.add(who);
		}
		// the identity synchronizer makes them Camunda users and groups, as at start-up
		this.app.getBean("identitySynchronizer", ApplicationRunner.class).run(new DefaultApplicationArguments());
		return people;
	}

	// --- 4. rendering

	private void renders() throws Exception {
		int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf("Render throughput, %d threads …%n", threads);
		RenderThroughput throughput = new RenderThroughput();
		for (String series : RenderThroughput.SERIES) {
			throughput.warmUp(series, threads);
		}
		// 12 renders per thread and series, in 4 rounds of 3 in which the series take
		// turns
		// in a new order, so that a change in the machine's load meets all alike
		List<Row> rows = new ArrayList<>();
		for (String series : RenderThroughput.SERIES) {
			rows.add(new Row("render", series + (rows.isEmpty() ? " (baseline)" : ""), "VP 15 p., " + threads + " thr.",
					threads * 12, "PDFs"));
		}
		for (int round = 0; round < 4; round++) {
			for (int k = 0; k < rows.size(); k++) {
				int index = (k + round) % rows.size();
				String series = RenderThroughput.SERIES.get(index);
				measure(rows.get(index), threads, (client, latencies) -> {
					for (int i = 0; i < 3; i++) {
						long start = System.nanoTime();
						throughput.render(series, client);
						latencies.add(System.nanoTime() - start);
					}
				});
			}
		}
		for (Row row : rows) {
			if (row != rows.get(0)) {
				row.baseline = rows.get(0);
			}
			this.rows.add(row);
		}
	}

	// --- measuring

	private void measure(Row row, int threads, Work work) throws Exception {
		row.begin(this);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int client = t;
				running.add(pool.submit(() -> {
					List<Long> latencies = new ArrayList<>();
					work.run(client, latencies);
					synchronized (row) {
						row.latencies.addAll(latencies);
					}
					return null;
				}));
			}
			for (Future<?> done : running) {
				done.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		row.end(this);
	}

	/**
	 * PostgreSQL's transaction counter. It counts the transactions that wrote (only they
	 * get an id, and only their commits wait for the log), at once, unlike
	 * pg_stat_database. Reading it takes an id itself, which {@link Row#end} subtracts.
	 */
	private long commits() {
		return this.jdbc.queryForObject("select txid_current()", Long.class);
	}

	private void stopJobExecutor() {
		((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
	}

	private Map<String, Object> timed(List<Long> latencies, String user, String method, String path, Object body)
			throws IOException {
		@SuppressWarnings("unchecked")
		Map<String, Object> answer = (Map<String, Object>) timedAny(latencies, user, method, path, body);
		return answer;
	}

	private Object timedAny(List<Long> latencies, String user, String method, String path, Object body)
			throws IOException {
		long start = System.nanoTime();
		Object answer = callAny(user, method, path, body);
		latencies.add(System.nanoTime() - start);
		return answer;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> call(String user, String method, String path, Object body) throws IOException {
		return (Map<String, Object>) callAny(user, method, path, body);
	}

	private Object callAny(String user, String method, String path, Object body) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.timeout(Duration.ofMinutes(2));
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
		}
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException(method + " " + path + " as " + user + ": " + response.statusCode() + " "
					+ new String(response.body(), StandardCharsets.UTF_8));
		}
		return (response.body().length == 0) ? Map.of() : JSON.readValue(response.body(), Object.class);
	}

	// --- the table

	private void print(int clients, double loadBefore) throws SQLException {
		String settings;
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, "postgres", "");
				Statement statement = connection.createStatement();
				var result = statement.executeQuery("select version(), current_setting('fsync'),"
						+ " current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
			result.next();
			settings = result.getString(1).replaceAll(" on .*", "") + ", fsync " + result.getString(2)
					+ ", synchronous_commit " + result.getString(3) + ", shared_buffers " + result.getString(4);
		}
		var jobs = ((ProcessEngineConfigurationImpl) this.engine.getProcessEngineConfiguration()).getJobExecutor();
		System.out.println();
		System.out.printf(
				"%d CPUs, max heap %d MB, Java %s; %s; job executor: %d jobs per acquisition;"
						+ " load average %.2f before, %.2f after%n",
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				System.getProperty("java.version"), settings, jobs.getMaxJobsPerAcquisition(), loadBefore,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.printf("%-9s %-40s %-15s %9s %13s %9s %9s %7s %9s %9s %9s %8s%n", "part", "series", "size", "time",
				"throughput", "p50", "p95", "× base", "JVM CPU", "DB writes", "writes/s", "peak heap");
		for (Row row : this.rows) {
			System.out.println(row);
		}
		System.out.println();
		System.out.println("time: wall clock of the series (cycle: from the start request until every unit has its"
				+ " draft task). p50/p95: cycle: when a unit's draft task was made, after the start;"
				+ " lifecycle: one HTTP request; render and DB: one render or commit.");
		System.out.println("× base: time ÷ the baseline's time (render: its throughput ÷ ours)."
				+ " JVM CPU: CPU time of this JVM (the application and the clients; PostgreSQL runs apart)."
				+ " DB writes: transactions that wrote in PostgreSQL during the series (txid_current()).");
		this.rows.stream()
			.filter((row) -> !row.documentLatencies.isEmpty())
			.forEach((row) -> System.out.printf("%s %s: a whole document p50 %.0f ms, p95 %.0f ms%n", row.series,
					row.size, percentile(row.documentLatencies, 50), percentile(row.documentLatencies, 95)));
		this.rows.stream()
			.filter((row) -> row.request > 0)
			.forEach((row) -> System.out.printf(
					"%s %s: the start request took %.0f ms, %.1f ms per unit in all; %d job attempts failed"
							+ " (a lost race, retried at once)%n",
					row.series, row.size, row.request / 1e6, row.nanos / 1e6 / row.count, row.failedJobs));
	}

	/** Milliseconds, with two decimals below 10 ms. */
	static String ms(double millis) {
		return String.format((millis < 10) ? "%.2f ms" : "%.0f ms", millis);
	}

	static double percentile(List<Long> nanos, int percent) {
		if (nanos.isEmpty()) {
			return Double.NaN;
		}
		Long[] sorted = nanos.toArray(Long[]::new);
		Arrays.sort(sorted);
		return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1] / 1e6;
	}

	private static int[] sizes(String property, String defaults) {
		return Arrays.stream(System.getProperty(property, defaults).split(","))
			.map(String::trim)
			.mapToInt(Integer::parseInt)
			.toArray();
	}

	/** As the application logs in production, less the per-request INFO lines. */
	private static void quietLogging() {
		LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
		logging.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
	}

	@FunctionalInterface
	private interface Work {

		void run(int client, List<Long> latencies) throws Exception;

	}

	@FunctionalInterface
	private interface Step {

		void run() throws Exception;

	}

	@FunctionalInterface
	private interface Start {

		String start() throws Exception;

	}

	/** One line of the table. */
	private static final class Row {

		final String part;

		final String series;

		final String size;

		int count;

		final String unit;

		final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

		final List<Long> documentLatencies = Collections.synchronizedList(new ArrayList<>());

		Row baseline;

		long request;

		long failedJobs;

		long nanos;

		long commits;

		long cpu;

		long peakHeap;

		private long started;

		private long commitsBefore;

		private long cpuBefore;

		Row(String part, String series, String size, int count, String unit) {
			this.part = part;
			this.series = series;
			this.size = size;
			this.count = count;
			this.unit = unit;
		}

		/** Starts (another part of) the series. */
		void begin(SystemBenchmark benchmark) {
			System.gc();
			HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
			this.commitsBefore = benchmark.commits();
			this.cpuBefore = CPU.getProcessCpuTime();
			this.started = System.nanoTime();
		}

		/**
		 * Adds what (this part of) the series took; the peak heap is the highest seen.
		 */
		void end(SystemBenchmark benchmark) {
			this.nanos += System.nanoTime() - this.started;
			this.cpu += CPU.getProcessCpuTime() - this.cpuBefore;
			this.commits += benchmark.commits() - this.commitsBefore - 1;
			this.peakHeap = Math.max(this.peakHeap,
					HEAP.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum());
		}

		@Override
		public String toString() {
			double seconds = this.nanos / 1e9;
			String ratio = "";
			if (this.baseline != null) {
				ratio = this.part.equals("render")
						? String.format("%.2f",
								(this.baseline.count / (this.baseline.nanos / 1e9)) / (this.count / seconds))
						: String.format("%.2f", seconds / (this.baseline.nanos / 1e9));
			}
			return String.format("%-9s %-40s %-15s %7.1f s %7.1f %-5s %9s %9s %7s %7.1f s %9d %9.0f %6d MB", this.part,
					this.series, this.size, seconds, this.count / seconds, this.unit + "/s",
					ms(percentile(this.latencies, 50)), ms(percentile(this.latencies, 95)), ratio, this.cpu / 1e9,
					this.commits, this.commits / seconds, this.peakHeap >> 20);
		}

	}

}
