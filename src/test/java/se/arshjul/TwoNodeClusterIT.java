package se.arshjul;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.PlanContent;
import se.arshjul.rendering.PlanRenderingTest;
import se.arshjul.support.Api;
import se.arshjul.support.AppNode;
import se.arshjul.support.TestYears;
import se.arshjul.support.TwoNodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of the packaged application against one PostgreSQL, as
 * {@code docker compose up --scale app=2} runs them, both with their job executors on.
 * The only tests in which the job executor runs by itself: they wait for its work by
 * polling the database, with a deadline.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

	static final String ADMINISTRATION = "hagersten-liljeholmen";

	static TwoNodes cluster;

	@BeforeAll
	static void startCluster() {
		cluster = TwoNodes.start();
	}

	@AfterAll
	static void stopCluster() throws Exception {
		if (cluster != null) {
			cluster.close();
		}
	}

	@Test
	@Order(0)
	void twoNodesStartingTogetherOnAnEmptyDatabaseSetItUpOnce() {
		assertThat(cluster.a().as("handlaggare").get("/api/session").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(cluster.b().as("controller").get("/api/session").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(setUp()).as("the demo organisation, its users and the processes, once")
			.containsEntry("administration", 1L)
			.containsEntry("unit", 3L)
			.containsEntry("app_user", 7L)
			.containsEntry("act_id_user", 7L)
			.containsEntry("act_re_deployment", 1L)
			.containsEntry("act_re_procdef", 3L)
			.containsEntry("act_re_decision_def", 1L)
			.containsEntry("goal_cascade", 3L);
		assertThat(count("select count(*) - count(distinct name_) from act_ru_filter", List.of()))
			.as("each Tasklist filter once")
			.isZero();
	}

	/**
	 * Ten plans of long-past years, created on both nodes: each draft's reminder and
	 * escalation are due at once, and both job executors go for them.
	 */
	@Test
	@Order(1)
	void everyDeadlineTimerFiresAndChangesTheDocumentOnceWithBothJobExecutorsRunning() {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			boolean first = i % 2 == 0;
			AppNode node = (i / 2 % 2 == 0) ? cluster.a() : cluster.b();
			ResponseEntity<Map<String, Object>> created = node.as(first ? "handlaggare" : "handlaggare2")
				.post("/api/documents", Map.of("unitId", first ? "assistansenheten" : "bestallarenheten-aldre", "year",
						TestYears.past(), "type", "VP"));
			assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
			documents.add(created.getBody());
		}
		List<String> instances = documents.stream().map((d) -> (String) d.get("processInstanceId")).toList();

		await("every reminder and escalation done").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> count("select count(*) from act_ru_job where retries_ > 0 and process_instance_id_ in (%s)",
					instances) == 0);

		assertThat(cluster.jdbc()
			.queryForList("select incident_msg_ from act_ru_incident where proc_inst_id_ in (" + in(instances) + ")",
					String.class))
			.as("no job gave up")
			.isEmpty();
		for (Map<String, Object> document : documents) {
			String id = (String) document.get("id");
			String instance = (String) document.get("processInstanceId");
			String handlaggare = "assistansenheten".equals(document.get("unitId")) ? "handlaggare" : "handlaggare2";
			Map<String, Long> executions = new HashMap<>();
			cluster.jdbc()
				.query("select act_id_, count(*) from act_hi_job_log where process_instance_id_ = ?"
						+ " and job_state_ = 2 group by act_id_", (row) -> {
							executions.put(row.getString(1), row.getLong(2));
						}, instance);
			assertThat(executions).as("each timer and each of its jobs succeeded once")
				.containsExactlyInAnyOrderEntriesOf(Map.of("Timer_DraftReminder", 1L, "Task_DraftReminder", 1L,
						"Timer_DraftEscalation", 1L, "Task_DraftEscalation", 1L));

			List<Map<String, Object>> history = cluster.b()
				.as(handlaggare)
				.getList("/api/documents/" + id + "/history")
				.getBody();
			assertThat(history.stream().map((e) -> e.get("kind") + " " + e.get("step")))
				.as("the document's history: reminded once, escalated once")
				.containsOnlyOnce("REMINDER Task_Draft", "ESCALATED Task_Draft");
			Map<String, Object> now = cluster.a().as(handlaggare).get("/api/documents/" + id).getBody();
			assertThat(now.get("overdueStep")).isEqualTo("Task_Draft");
			assertThat(now.get("status")).isEqualTo("DRAFT");
			assertThat(cluster.a().as(handlaggare).task(instance).get("priority")).as("raised once by the escalation")
				.isEqualTo(100);
		}

		Map<String, List<String>> mailed = mailsAbout(documents);
		assertThat(mailed.values()).as("no one got the same mail twice").allSatisfy((to) -> assertThat(to).hasSize(1));
		assertThat(mailed).hasSize(30);
		for (Map<String, Object> document : documents) {
			String about = document.get("title").toString();
			boolean first = "assistansenheten".equals(document.get("unitId"));
			assertThat(mailed.entrySet()
				.stream()
				.filter((e) -> e.getKey().contains(about))
				.map((e) -> e.getKey().substring(0, e.getKey().indexOf(':')) + " " + e.getValue().get(0)))
				.containsExactlyInAnyOrder(
						"Påminnelse " + (first ? "handlaggare@arshjul.example" : "handlaggare2@arshjul.example"),
						"Försenat " + (first ? "enhetschef@arshjul.example" : "enhetschef2@arshjul.example"),
						"Försenat controller@arshjul.example");
		}
		assertThat(count("select count(*) from sent_mail where process_instance_id in (%s)", instances))
			.as("every mail recorded once")
			.isEqualTo(30);

		Set<String> hosts = Set.copyOf(cluster.jdbc()
			.queryForList("select distinct hostname_ from act_hi_job_log where job_state_ = 2"
					+ " and process_instance_id_ in (" + in(instances) + ")", String.class));
		assertThat(hosts).as("both job executors did some of the work").containsExactlyInAnyOrder("node-a", "node-b");
		System.out.println(
				"Failed job attempts (retried): "
						+ cluster.jdbc()
							.queryForList("select act_id_ || ': ' || left(job_exception_msg_, 120) from act_hi_job_log"
									+ " where job_state_ = 1 and process_instance_id_ in (" + in(instances) + ")",
									String.class));
	}

	/**
	 * Two colleagues approve the same review at the same moment, one on each node; and
	 * two people save the same version of a draft at once. Each time one wins and the
	 * other is refused, and the document changes once.
	 */
	@Test
	@Order(2)
	void twoPeopleCompletingTheSameTaskOnTwoNodesAtOnceGetOneSuccessAndOneClearRefusal() throws Exception {
		addColleague("controller2", "forvaltning-" + ADMINISTRATION);
		List<String> refusals = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			Map<String, Object> document = createVp(cluster.a(), "assistansenheten", "handlaggare", TestYears.next());
			String id = (String) document.get("id");
			String instance = (String) document.get("processInstanceId");
			toReview(document);
			String review = (String) cluster.a().as("controller").task(instance).get("id");

			Api controller = cluster.a().as("controller");
			Api colleague = cluster.b().as("controller2");
			List<ResponseEntity<Map<String, Object>>> answers = atOnce(
					() -> controller.complete(review, Map.of("reviewDecision", "approve")),
					() -> colleague.complete(review, Map.of("reviewDecision", "approve")));

			assertThat(answers).extracting((a) -> a.getStatusCode().value())
				.as(answers.toString())
				.containsExactlyInAnyOrder(204, 500);
			Map<String, Object> refusal = answers.stream()
				.filter((a) -> a.getStatusCode().isError())
				.findFirst()
				.orElseThrow()
				.getBody();
			assertThat(refusal).as("Camunda's optimistic locking error, saying the task is done")
				.containsEntry("code", 1)
				.containsEntry("message",
						"Cannot complete task " + review + ": "
								+ "Uppgiften är redan slutförd: någon annan slutförde den samtidigt."
								+ " Ingenting av det du skickade har sparats. Läs in uppgiftslistan på nytt.");
			refusals.add(refusal.get("type") + ": " + refusal.get("message"));
			assertThat(cluster.a().as("controller").get("/api/documents/" + id).getBody().get("status"))
				.isEqualTo("BOARD_DECISION");
			assertThat(history(cluster.b(), "controller", id)).as("approved once")
				.containsOnlyOnce("DECISION_approve Task_Review");
			assertThat(cluster.b()
				.as("namndsekreterare")
				.getList("/engine-rest/task?processInstanceId=" + instance)
				.getBody()).extracting((t) -> t.get("taskDefinitionKey")).containsExactly("Task_BoardDecision");
		}
		System.out.println("Refusals on /engine-rest: " + refusals);

		Map<String, Object> draft = createVp(cluster.b(), "assistansenheten", "handlaggare", TestYears.next());
		String path = "/api/documents/" + draft.get("id");
		Object version = cluster.a().as("handlaggare").get(path).getBody().get("version");
		int versions = cluster.a().as("handlaggare").getList(path + "/versions").getBody().size();
		Api hanna = cluster.a().as("handlaggare");
		Api erik = cluster.b().as("enhetschef");
		List<ResponseEntity<Map<String, Object>>> saves = atOnce(
				() -> hanna.put(path + "/content",
						Map.of("version", version, "title", "Verksamhetsplan enligt Hanna", "content",
								Assistansenheten2017.vp())),
				() -> erik.put(path + "/content", Map.of("version", version, "title", "Verksamhetsplan enligt Erik",
						"content", Assistansenheten2017.vp())));

		assertThat(saves).extracting((a) -> a.getStatusCode().value())
			.as(saves.toString())
			.containsExactlyInAnyOrder(200, 409);
		Map<String, Object> saved = saves.stream()
			.filter((a) -> a.getStatusCode().value() == 200)
			.findFirst()
			.orElseThrow()
			.getBody();
		Map<String, Object> refused = saves.stream()
			.filter((a) -> a.getStatusCode().value() == 409)
			.findFirst()
			.orElseThrow()
			.getBody();
		assertThat((String) refused.get("detail")).as("in Swedish, saying what to do").contains("Läs in det igen");
		System.out.println("Refusal on /api: " + refused.get("title") + ": " + refused.get("detail"));
		Map<String, Object> now = cluster.b().as("handlaggare").get(path).getBody();
		assertThat(now.get("title")).as("the winner's text, not a mix")
			.isEqualTo(((Map<?, ?>) saved.get("document")).get("title"));
		assertThat(cluster.b().as("handlaggare").getList(path + "/versions").getBody()).as("saved once")
			.hasSize(versions + 1);
	}

	/**
	 * The controller starts a long-past year's cycle on node A, which serves users only
	 * (its job executor off, as a web node): node B's job executor starts the units and
	 * runs every timer, and the units' people finish the whole year on node B.
	 */
	@Test
	@Order(3)
	void aCycleStartedOnOneNodeIsCompletedFromTheOther() {
		Map<String, Long> before = setUp();
		AppNode web = cluster.restartA(false);
		assertThat(setUp()).as("a node joining loads no demo data and deploys nothing twice").isEqualTo(before);
		AppNode b = cluster.b();
		int year = TestYears.past();

		ResponseEntity<Map<String, Object>> started = web.as("controller")
			.post("/api/cycles", Map.of("administrationId", ADMINISTRATION, "year", year));
		assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.CREATED);
		String cycleInstance = cluster.jdbc()
			.queryForObject("select process_instance_id from cycle where id = ?", String.class,
					started.getBody().get("id"));

		Map<String, Integer> refused = new HashMap<>();
		await("the year's work done on node B").atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				doOpenWork(b, year, refused);
				return count("select count(*) from act_hi_procinst where id_ in (%s) and end_time_ is not null",
						List.of(cycleInstance)) == 1;
			});
		System.out.println("Refused and done again by the users: " + refused);
		System.out
			.println(
					"Failed job attempts (retried): " + cluster.jdbc()
						.queryForList(
								"select act_id_ || ': ' || left(job_exception_msg_, 120) from act_hi_job_log"
										+ " where root_proc_inst_id_ = ? and job_state_ = 1",
								String.class, cycleInstance));

		List<Map<String, Object>> documents = cluster.jdbc()
			.queryForList("select id, unit_id, type, status from plan_document where administration_id = ?"
					+ " and plan_year = ? order by unit_id, type", ADMINISTRATION, year);
		assertThat(documents).extracting((d) -> d.get("unit_id") + " " + d.get("type") + " " + d.get("status"))
			.as("every unit's four documents, once each, adopted")
			.containsExactlyInAnyOrderElementsOf(UNITS.keySet()
				.stream()
				.flatMap((unit) -> List.of("VP", "T1", "T2", "VB").stream().map((t) -> unit + " " + t + " ADOPTED"))
				.toList());
		for (Map<String, Object> document : documents) {
			assertThat(web.as("handlaggare2").getBytes("/api/documents/" + document.get("id") + "/pdf").getStatusCode())
				.as("node A serves the PDF node B rendered")
				.isEqualTo(HttpStatus.OK);
		}
		assertThat(cluster.jdbc()
			.queryForList("select business_key_ from act_hi_procinst where super_process_instance_id_ = ?"
					+ " and end_time_ is not null", String.class, cycleInstance))
			.as("each unit's year started once and ended")
			.containsExactlyInAnyOrderElementsOf(UNITS.keySet().stream().map((unit) -> unit + "-" + year).toList());
		assertThat(cluster.jdbc()
			.queryForList("select hostname_ from act_hi_job_log where root_proc_inst_id_ = ?"
					+ " and act_id_ = 'CallActivity_UnitYear' and job_state_ = 2", String.class, cycleInstance))
			.as("node B's job executor started each unit's year")
			.containsExactly("node-b", "node-b", "node-b");
		assertThat(cluster.jdbc()
			.queryForList("select distinct hostname_ from act_hi_job_log where root_proc_inst_id_ = ?"
					+ " and job_state_ in (1, 2)", String.class, cycleInstance))
			.as("every job of the cycle, from starting the units on, ran on node B")
			.containsExactly("node-b");
		assertThat(
				count("select count(*) from act_hi_incident where root_proc_inst_id_ in (%s)", List.of(cycleInstance)))
			.as("no job gave up")
			.isZero();

		List<String> lifecycles = documents.stream()
			.map((d) -> cluster.jdbc()
				.queryForObject("select process_instance_id from plan_document where id = ?", String.class,
						d.get("id")))
			.toList();
		long recorded = count("select count(*) from sent_mail where process_instance_id in (%s)", lifecycles);
		Map<String, List<String>> mailed = mailsAbout(year);
		assertThat(mailed.values()).as("no one got the same mail twice").allSatisfy((to) -> assertThat(to).hasSize(1));
		assertThat(mailed).as("every mail recorded arrived, once").hasSize((int) recorded);
		assertThat(recorded).as("the timers of a long-past year all fired").isPositive();
	}

	/**
	 * Node B, the only one with a job executor now, is killed (kill -9) while it renders
	 * an adopted document: nothing is sealed, the job stays locked by the dead node.
	 * Started again, B takes the job once its lock has run out, and the document is
	 * sealed once.
	 */
	@Test
	@Order(4)
	void aNodeKilledWhileRenderingLosesNothingAndSealsTheDocumentOnceWhenBack() throws Exception {
		AppNode web = cluster.a();
		Map<String, Object> document = createVp(web, "assistansenheten", "handlaggare", TestYears.next());
		String id = (String) document.get("id");
		String instance = (String) document.get("processInstanceId");
		toReview(document);
		complete(web.as("controller"), instance, Map.of("reviewDecision", "approve"));
		complete(web.as("namndsekreterare"), instance, BOARD);

		String renderJob = "select lock_owner_ from act_ru_job where process_instance_id_ = ?"
				+ " and handler_type_ = 'async-continuation'";
		await("node B takes the render job").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> cluster.jdbc()
				.queryForList(renderJob, String.class, instance)
				.stream()
				.anyMatch((o) -> o != null));
		cluster.killB();

		assertThat(web.as("handlaggare").get("/api/documents/" + id).getBody().get("status")).isEqualTo("RENDERING");
		assertThat(count("select count(*) from adopted_document where document_id in (%s)", List.of(id)))
			.as("nothing sealed by the killed node")
			.isZero();
		assertThat(cluster.jdbc().queryForList(renderJob, String.class, instance)).as("the job is still there, locked")
			.hasSize(1)
			.doesNotContainNull();

		cluster.restartB();
		await("the document sealed after B is back").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> "ADOPTED".equals(web.as("handlaggare").get("/api/documents/" + id).getBody().get("status")));

		assertThat(count("select count(*) from adopted_document where document_id in (%s)", List.of(id))).isEqualTo(1);
		assertThat(history(web, "handlaggare", id)).containsOnlyOnce("ADOPTED Task_RenderAdopted");
		assertThat(count("select count(*) from act_hi_job_log where process_instance_id_ in (%s)"
				+ " and act_id_ = 'Task_RenderAdopted' and job_state_ = 2", List.of(instance)))
			.as("rendered once")
			.isEqualTo(1);
		ResponseEntity<byte[]> pdf = web.as("handlaggare").getBytes("/api/documents/" + id + "/pdf");
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getFirst("X-Content-SHA256"))
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody())));
	}

	/**
	 * Node B, the only node with a job executor, is killed (kill -9) while it starts the
	 * units of a förvaltning's cycle: some units have their year, the rest wait in jobs,
	 * some of them locked by the dead node. Started again, B goes on where it stopped: in
	 * the end every unit's year is started once, with one VP each, and the cycle's status
	 * shows them all.
	 */
	@Test
	@Order(5)
	void aNodeKilledWhileStartingACycleStartsEveryUnitOnceWhenBack() throws Exception {
		String administration = "klusterstaden";
		int units = 150;
		cluster.jdbc()
			.update("insert into administration (id, name, board_name) values (?, ?, ?)", administration,
					"Klusterstadens förvaltning", "Klusterstadens nämnd");
		List<Object[]> unitRows = new ArrayList<>();
		for (int i = 1; i <= units; i++) {
			unitRows.add(new Object[] { administration + "-" + i, administration, "Enhet " + i });
		}
		cluster.jdbc().batchUpdate("insert into unit (id, administration_id, name) values (?, ?, ?)", unitRows);
		int year = TestYears.past();

		AppNode web = cluster.a();
		ResponseEntity<Map<String, Object>> started = web.as("admin")
			.post("/api/cycles", Map.of("administrationId", administration, "year", year));
		assertThat(started.getStatusCode()).as(started.toString()).isEqualTo(HttpStatus.CREATED);
		String cycleId = (String) started.getBody().get("id");
		String cycleInstance = cluster.jdbc()
			.queryForObject("select process_instance_id from cycle where id = ?", String.class, cycleId);
		String unitYears = "select count(*) from act_hi_procinst where super_process_instance_id_ = '%s'"
			.formatted(cycleInstance);

		String locked = "select count(*) from act_ru_job where root_proc_inst_id_ = '%s' and lock_owner_ is not null"
			.formatted(cycleInstance);
		await("node B has started some of the units and holds jobs of the cycle").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> cluster.jdbc().queryForObject(unitYears, Long.class) >= 10
					&& cluster.jdbc().queryForObject(locked, Long.class) > 0);
		cluster.killB();
		long atKill = cluster.jdbc().queryForObject(unitYears, Long.class);
		assertThat(atKill).as("killed in the middle of the start").isLessThan(units);
		assertThat(cluster.jdbc().queryForObject(locked, Long.class)).as("jobs still locked by the dead node")
			.isPositive();

		cluster.restartB();
		String due = ("select count(*) from act_ru_job where root_proc_inst_id_ = '%s'"
				+ " and (duedate_ is null or duedate_ <= localtimestamp)")
			.formatted(cycleInstance);
		await("every unit started after B is back, and nothing left to run").atMost(Duration.ofMinutes(4))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> cluster.jdbc()
				.queryForObject("select count(*) from plan_document where administration_id = ? and plan_year = ?",
						Long.class, administration, year) >= units
					&& cluster.jdbc().queryForObject(due, Long.class) == 0);
		System.out.println("Units started when node B was killed: " + atKill + " of " + units);
		assertThat(cluster.jdbc()
			.queryForList("select distinct hostname_ from act_hi_job_log where root_proc_inst_id_ = ?"
					+ " and act_id_ = 'CallActivity_UnitYear' and job_state_ = 2", String.class, cycleInstance))
			.as("node B started the units, before and after it was killed (node A has no job executor)")
			.containsExactly("node-b");

		assertThat(cluster.jdbc()
			.queryForList("select business_key_ from act_hi_procinst where super_process_instance_id_ = ?",
					String.class, cycleInstance))
			.as("each unit's year started once")
			.containsExactlyInAnyOrderElementsOf(unitRows.stream().map((u) -> u[0] + "-" + year).toList());
		assertThat(cluster.jdbc()
			.queryForList("select unit_id || ' ' || type from plan_document where administration_id = ?"
					+ " and plan_year = ?", String.class, administration, year))
			.as("one VP per unit")
			.containsExactlyInAnyOrderElementsOf(unitRows.stream().map((u) -> u[0] + " VP").toList());
		assertThat(
				count("select count(*) from act_hi_incident where root_proc_inst_id_ in (%s)", List.of(cycleInstance)))
			.as("no job gave up")
			.isZero();
		ResponseEntity<Map<String, Object>> status = web.as("admin").get("/api/cycles/" + cycleId + "/status");
		assertThat(status.getStatusCode()).as(status.toString()).isEqualTo(HttpStatus.OK);
		assertThat((List<?>) status.getBody().get("units")).as("the cycle's status shows every unit").hasSize(units);
	}

	// --- helpers

	/**
	 * Who does a unit's work: its handläggare and enhetschef (the third unit has none).
	 */
	static final Map<String, List<String>> UNITS = Map.of("assistansenheten", List.of("handlaggare", "enhetschef"),
			"bestallarenheten-aldre", List.of("handlaggare2", "enhetschef2"), "bestallarenheten-funktionsnedsattning",
			List.of("admin", "admin"));

	/** How much of the set-up is in the database, table by table. */
	private static Map<String, Long> setUp() {
		Map<String, Long> counts = new HashMap<>();
		for (String table : List.of("administration", "unit", "app_user", "role_assignment", "goal_cascade",
				"act_id_user", "act_id_group", "act_id_membership", "act_ru_authorization", "act_ru_filter",
				"act_re_deployment", "act_re_procdef", "act_re_decision_def", "act_ge_bytearray")) {
			counts.put(table, count("select count(*) from " + table, List.of()));
		}
		return counts;
	}

	private static Map<String, Object> createVp(AppNode node, String unitId, String user, int year) {
		ResponseEntity<Map<String, Object>> created = node.as(user)
			.post("/api/documents", Map.of("unitId", unitId, "year", year, "type", "VP"));
		assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.CREATED);
		return created.getBody();
	}

	/**
	 * Writes and drafts (node A), discusses and signs off (node B) a VP of
	 * Assistansenheten.
	 */
	private static void toReview(Map<String, Object> document) {
		String instance = (String) document.get("processInstanceId");
		cluster.a().as("handlaggare").writePlan(document);
		complete(cluster.a().as("handlaggare"), instance, draftValues(document.get("title").toString()));
		complete(cluster.b().as("handlaggare"), instance, APT);
		complete(cluster.b().as("enhetschef"), instance, Map.of("signOffDecision", "approve"));
	}

	private static void complete(Api user, String instance, Map<String, String> values) {
		ResponseEntity<Map<String, Object>> completed = user.complete((String) user.task(instance).get("id"), values);
		assertThat(completed.getStatusCode()).as(completed.toString()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	static final Map<String, String> APT = Map.of("aptDate", "2026-11-03", "aptNotes",
			"Medarbetarna ville prioritera kompetensutveckling.");

	static final Map<String, String> BOARD = Map.of("boardDecision", "adopted", "meetingDate", "2026-12-10",
			"paragraph", "§ 12");

	private static Map<String, String> draftValues(String title) {
		return Map.of("title", title, "vision",
				"Vi ger personlig assistans med hög kvalitet, så att den enskilde kan leva som andra.", "description",
				"Enheten har 240 assistenter.", "qualityWork", "", "otherMatters", "");
	}

	/**
	 * Does, on the node, every step of the year's documents that waits for a person, as
	 * that person: writes and completes the drafts, discusses, signs off, reviews,
	 * adopts. A step refused because a job changed the same process instance at that
	 * moment (Camunda's optimistic locking), or a save refused because the document
	 * changed since it was read, is counted and done again on the next round, as a person
	 * would.
	 */
	private static void doOpenWork(AppNode node, int year, Map<String, Integer> refused) {
		for (Map<String, Object> document : cluster.jdbc()
			.queryForList("select id, unit_id, type, process_instance_id from plan_document"
					+ " where administration_id = ? and plan_year = ? and status not in ('ADOPTED', 'RENDERING')",
					ADMINISTRATION, year)) {
			String instance = (String) document.get("process_instance_id");
			List<Map<String, Object>> tasks = cluster.jdbc()
				.queryForList("select id_, task_def_key_ from act_ru_task where proc_inst_id_ = ?", instance);
			if (tasks.isEmpty()) {
				continue;
			}
			String taskId = (String) tasks.get(0).get("id_");
			String step = (String) tasks.get(0).get("task_def_key_");
			List<String> people = UNITS.get(document.get("unit_id"));
			Api api = node.as(switch (step) {
				case "Task_Draft", "Task_AptDiscussion" -> people.get(0);
				case "Task_SignOff" -> people.get(1);
				case "Task_Review" -> "controller";
				default -> "namndsekreterare";
			});
			Map<String, String> values = switch (step) {
				case "Task_Draft" -> {
					String path = "/api/documents/" + document.get("id");
					Map<String, Object> current = api.get(path).getBody();
					String type = (String) document.get("type");
					PlanContent content = "VP".equals(type) ? Assistansenheten2017.vp()
							: PlanRenderingTest.followUp(DocumentKind.valueOf(type));
					ResponseEntity<Map<String, Object>> saved = api.put(path + "/content", Map.of("version",
							current.get("version"), "title", current.get("title"), "content", content));
					if (saved.getStatusCode() == HttpStatus.CONFLICT) {
						refused.merge("save (409)", 1, Integer::sum);
						yield null;
					}
					assertThat(saved.getStatusCode()).as(saved.toString()).isEqualTo(HttpStatus.OK);
					yield draftValues((String) current.get("title"));
				}
				case "Task_AptDiscussion" -> APT;
				case "Task_SignOff" -> Map.of("signOffDecision", "approve");
				case "Task_Review" -> Map.of("reviewDecision", "approve");
				case "Task_BoardDecision" -> BOARD;
				default -> throw new AssertionError("unexpected task " + step);
			};
			if (values == null) {
				continue;
			}
			ResponseEntity<Map<String, Object>> completed = api.complete(taskId, values);
			if (isConcurrentUpdate(completed)) {
				refused.merge(step + " (" + completed.getStatusCode().value() + ")", 1, Integer::sum);
			}
			else {
				assertThat(completed.getStatusCode()).as(completed.toString()).isEqualTo(HttpStatus.NO_CONTENT);
			}
		}
	}

	/**
	 * Camunda's refusal of a change that met another one: its error code 1 (optimistic
	 * locking) or 10000 (a deadlock the database broke).
	 */
	private static boolean isConcurrentUpdate(ResponseEntity<Map<String, Object>> answer) {
		return answer.getStatusCode().is5xxServerError() && answer.getBody() != null
				&& List.of(1, 10000).contains(answer.getBody().get("code"));
	}

	/** An administrator adds a user to a group, as in Camunda Admin. */
	private static void addColleague(String userId, String groupId) {
		Api admin = cluster.b().as("admin");
		ResponseEntity<Map<String, Object>> created = admin.post("/engine-rest/user/create", Map.of("profile",
				Map.of("id", userId, "firstName", "Clara", "lastName", "Nord", "email", userId + "@arshjul.example"),
				"credentials", Map.of("password", "demo")));
		assertThat(created.getStatusCode()).as(created.toString()).isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<Map<String, Object>> member = admin.put("/engine-rest/group/" + groupId + "/members/" + userId,
				null);
		assertThat(member.getStatusCode()).as(member.toString()).isEqualTo(HttpStatus.NO_CONTENT);
	}

	private static List<String> history(AppNode node, String user, String documentId) {
		return node.as(user)
			.getList("/api/documents/" + documentId + "/history")
			.getBody()
			.stream()
			.map((e) -> e.get("kind") + " " + e.get("step"))
			.toList();
	}

	/** Runs the calls at the same moment, each on a thread of its own. */
	@SafeVarargs
	private static <T> List<T> atOnce(Callable<T>... calls) throws Exception {
		CyclicBarrier together = new CyclicBarrier(calls.length);
		ExecutorService threads = Executors.newFixedThreadPool(calls.length);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(threads.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					return call.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	/**
	 * Each mail received whose subject is about these documents: "subject → to" → to, per
	 * mail.
	 */
	private static Map<String, List<String>> mailsAbout(List<Map<String, Object>> documents) {
		return mails(
				(subject) -> documents.stream().anyMatch((d) -> subject.contains(d.get("title").toString() + " ")));
	}

	/** Each mail received about a document of the year. */
	private static Map<String, List<String>> mailsAbout(int year) {
		return mails((subject) -> subject.contains(" " + year + " för "));
	}

	private static Map<String, List<String>> mails(Predicate<String> about) {
		Map<String, List<String>> bySubjectAndRecipient = new HashMap<>();
		for (MimeMessage message : cluster.mail().getReceivedMessages()) {
			String subject = subject(message);
			if (!about.test(subject)) {
				continue;
			}
			for (String to : recipients(message)) {
				bySubjectAndRecipient.computeIfAbsent(subject + " → " + to, (k) -> new ArrayList<>()).add(to);
			}
		}
		return bySubjectAndRecipient;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> recipients(MimeMessage message) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long count(String sql, List<String> ids) {
		return cluster.jdbc().queryForObject(sql.formatted(in(ids)), Long.class);
	}

	private static String in(List<String> ids) {
		return ids.stream().map((id) -> "'" + id + "'").collect(Collectors.joining(","));
	}

}
