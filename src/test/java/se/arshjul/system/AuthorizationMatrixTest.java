package se.arshjul.system;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.support.Api;
import se.arshjul.support.ApiLifecycle;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, cell by cell, through {@code /api} and {@code /engine-rest} as the
 * demo users: the table "Who may do what" in the README. A cell that is not allowed is
 * answered 403 or 404 and changes nothing; another unit's user never gets the data.
 * <p>
 * The completion cells take two documents through their lifecycle, one by the unit's own
 * roles and one by the administrator: their cases run in the order of the steps, each
 * step's refusals before its completion.
 */
@PostgresSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	/** The roles, as seen from the unit Assistansenheten whose documents are used. */
	enum Who {

		HANDLAGGARE("handlaggare", "handläggare på enheten"), ENHETSCHEF("enhetschef", "enhetschef på enheten"),
		FORVALTNING("controller", "förvaltningen"), NAMNDSEKRETERARE("namndsekreterare", "nämndsekreterare"),
		ADMIN("admin", "administratör"), OTHER_UNIT("handlaggare2", "handläggare på en annan enhet");

		final String user;

		final String label;

		Who(String user, String label) {
			this.user = user;
			this.label = label;
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

	enum Action {

		READ_DRAFT("läsa ett utkast (/api)"), READ_DRAFT_PROCESS("läsa utkastets process (/engine-rest)"),
		READ_PROCESS_HISTORY("läsa processens historik (/engine-rest/history)"), EDIT_DRAFT("ändra utkastet (/api)"),
		EDIT_DRAFT_TASK("ändra utkastets uppgift (/engine-rest)"), CREATE_DOCUMENT("skapa enhetens dokument"),
		COMPLETE_DRAFT("slutföra Task_Draft"), COMPLETE_APT("slutföra Task_AptDiscussion"),
		COMPLETE_SIGN_OFF("slutföra Task_SignOff"), COMPLETE_REVIEW("slutföra Task_Review"),
		COMPLETE_BOARD_DECISION("slutföra Task_BoardDecision"), READ_ADOPTED("läsa ett fastställt dokument"),
		READ_ADOPTED_VERSIONS("läsa ett fastställt dokuments versioner och historik"),
		READ_AUDIT("läsa förvaltningens logg (/api/administrations/{id}/audit)"), OPEN_TASKLIST("öppna Tasklist"),
		OPEN_COCKPIT("öppna Cockpit"), ADMINISTER("administrera Camunda");

		final String label;

		Action(String label) {
			this.label = label;
		}

		@Override
		public String toString() {
			return this.label;
		}

	}

	static final Map<Action, Set<Who>> ALLOWED = new EnumMap<>(Action.class);

	static {
		Set<Who> readers = EnumSet.complementOf(EnumSet.of(Who.OTHER_UNIT));
		ALLOWED.put(Action.READ_DRAFT, readers);
		ALLOWED.put(Action.READ_DRAFT_PROCESS, readers);
		ALLOWED.put(Action.READ_PROCESS_HISTORY, EnumSet.of(Who.ADMIN));
		ALLOWED.put(Action.EDIT_DRAFT, EnumSet.of(Who.HANDLAGGARE, Who.ENHETSCHEF, Who.ADMIN));
		ALLOWED.put(Action.EDIT_DRAFT_TASK, EnumSet.of(Who.HANDLAGGARE, Who.ADMIN));
		ALLOWED.put(Action.CREATE_DOCUMENT, EnumSet.of(Who.HANDLAGGARE, Who.ENHETSCHEF, Who.ADMIN));
		ALLOWED.put(Action.COMPLETE_DRAFT, EnumSet.of(Who.HANDLAGGARE, Who.ADMIN));
		ALLOWED.put(Action.COMPLETE_APT, EnumSet.of(Who.HANDLAGGARE, Who.ADMIN));
		ALLOWED.put(Action.COMPLETE_SIGN_OFF, EnumSet.of(Who.ENHETSCHEF, Who.ADMIN));
		ALLOWED.put(Action.COMPLETE_REVIEW, EnumSet.of(Who.FORVALTNING, Who.ADMIN));
		ALLOWED.put(Action.COMPLETE_BOARD_DECISION, EnumSet.of(Who.NAMNDSEKRETERARE, Who.ADMIN));
		ALLOWED.put(Action.READ_ADOPTED, EnumSet.allOf(Who.class));
		ALLOWED.put(Action.READ_ADOPTED_VERSIONS, readers);
		ALLOWED.put(Action.READ_AUDIT, EnumSet.of(Who.FORVALTNING, Who.ADMIN));
		ALLOWED.put(Action.OPEN_TASKLIST, EnumSet.allOf(Who.class));
		ALLOWED.put(Action.OPEN_COCKPIT, EnumSet.of(Who.FORVALTNING, Who.ADMIN));
		ALLOWED.put(Action.ADMINISTER, EnumSet.of(Who.ADMIN));
	}

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	ApiLifecycle lifecycle;

	int year;

	int otherYear;

	/** Assistansenheten's adopted VP. */
	Map<String, Object> adopted;

	/** Assistansenheten's T1, a draft that stays one. */
	Map<String, Object> draft;

	/** Assistansenheten's VP taken through its steps by the unit's own roles. */
	Map<String, Object> unitLane;

	/**
	 * Beställarenheten funktionsnedsättning's VP taken through its steps by the admin.
	 */
	Map<String, Object> adminLane;

	@BeforeAll
	void documents() {
		this.lifecycle = ApiLifecycle.with(this.rest);
		// years long past, whose due dates have gone by (the job executor is off: nothing
		// falls due), so as not to use up the years ahead that other tests need
		this.year = TestYears.past();
		this.otherYear = TestYears.past();
		this.adopted = this.lifecycle.adopted("assistansenheten", this.year);
		this.draft = this.lifecycle.create("handlaggare", "assistansenheten", this.year, "T1");
		this.unitLane = this.lifecycle.create("handlaggare", "assistansenheten", this.otherYear, "VP");
		Api.as(this.rest, "handlaggare").writePlan(this.unitLane);
		this.adminLane = this.lifecycle.create("admin", "bestallarenheten-funktionsnedsattning", this.year, "VP");
		Api.as(this.rest, "admin").writePlan(this.adminLane);
	}

	/** Every cell; a step's refusals before its completions. */
	static Stream<Arguments> cells() {
		return Arrays.stream(Action.values())
			.flatMap((action) -> Arrays.stream(Who.values())
				.sorted(Comparator.comparing((Who who) -> ALLOWED.get(action).contains(who)))
				.map((who) -> Arguments.of(action, who, ALLOWED.get(action).contains(who))));
	}

	@ParameterizedTest(name = "{1} får {2}: {0}")
	@MethodSource("cells")
	void cell(Action action, Who who, boolean allowed) {
		switch (action) {
			case READ_DRAFT -> readDraft(who, allowed);
			case READ_DRAFT_PROCESS -> readDraftProcess(who, allowed);
			case READ_PROCESS_HISTORY -> readProcessHistory(who, allowed);
			case EDIT_DRAFT -> editDraft(who, allowed);
			case EDIT_DRAFT_TASK -> editDraftTask(who, allowed);
			case CREATE_DOCUMENT -> createDocument(who, allowed);
			case COMPLETE_DRAFT -> complete("Task_Draft", who, allowed);
			case COMPLETE_APT -> complete("Task_AptDiscussion", who, allowed);
			case COMPLETE_SIGN_OFF -> complete("Task_SignOff", who, allowed);
			case COMPLETE_REVIEW -> complete("Task_Review", who, allowed);
			case COMPLETE_BOARD_DECISION -> complete("Task_BoardDecision", who, allowed);
			case READ_ADOPTED -> readAdopted(who);
			case READ_ADOPTED_VERSIONS -> readAdoptedVersions(who, allowed);
			case READ_AUDIT -> readAudit(who, allowed);
			case OPEN_TASKLIST -> assertThat(mayOpen(who, "tasklist")).isEqualTo(allowed);
			case OPEN_COCKPIT -> assertThat(mayOpen(who, "cockpit")).isEqualTo(allowed);
			case ADMINISTER -> administer(who, allowed);
		}
	}

	private void readDraft(Who who, boolean allowed) {
		String path = "/api/documents/" + this.draft.get("id");
		Api api = Api.as(this.rest, who.user);
		for (String read : List.of("", "/versions", "/history", "/html")) {
			ResponseEntity<String> response = api.raw(HttpMethod.GET, path + read, null, null);
			if (allowed) {
				assertThat(response.getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
			}
			else {
				assertHidden(response, this.draft);
			}
		}
		if (allowed) {
			assertThat(api.get(path).getBody()).containsEntry("dnr", this.draft.get("dnr"))
				.containsEntry("status", "DRAFT");
		}
		else {
			assertHidden(api.raw(HttpMethod.GET, path + "/pdf?preview=true", null, null), this.draft);
		}
	}

	private void readDraftProcess(Who who, boolean allowed) {
		String processInstanceId = (String) this.draft.get("processInstanceId");
		Api api = Api.as(this.rest, who.user);
		ResponseEntity<String> variables = api.raw(HttpMethod.GET,
				"/engine-rest/process-instance/" + processInstanceId + "/variables", null, null);
		if (allowed) {
			assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(variables.getBody()).contains((String) this.draft.get("id"));
			return;
		}
		assertThat(variables.getStatusCode().value()).isIn(403, 404);
		assertThat(variables.getBody()).doesNotContain((String) this.draft.get("id"))
			.doesNotContain((String) this.draft.get("dnr"));
		assertThat(api.getList("/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId).getBody())
			.isEmpty();
		assertThat(api.getList("/engine-rest/process-instance?businessKey=" + this.draft.get("dnr")).getBody())
			.isEmpty();
		assertThat(api.getList("/engine-rest/task?processInstanceId=" + processInstanceId).getBody()).isEmpty();
	}

	private void readProcessHistory(Who who, boolean allowed) {
		String processInstanceId = (String) this.draft.get("processInstanceId");
		Api api = Api.as(this.rest, who.user);
		List<Map<String, Object>> instances = api
			.getList("/engine-rest/history/process-instance?processInstanceId=" + processInstanceId)
			.getBody();
		List<Map<String, Object>> variables = api
			.getList("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId)
			.getBody();
		if (allowed) {
			assertThat(instances).singleElement()
				.extracting((i) -> i.get("businessKey"))
				.isEqualTo(this.draft.get("dnr"));
			assertThat(variables).isNotEmpty();
		}
		else {
			assertThat(instances).isEmpty();
			assertThat(variables).isEmpty();
		}
	}

	private void editDraft(Who who, boolean allowed) {
		String path = "/api/documents/" + this.draft.get("id");
		Map<String, Object> before = Api.as(this.rest, "admin").get(path).getBody();
		String title = "Tertialrapport 1 " + this.year + ", ändrad av " + who.user;
		ResponseEntity<String> saved = Api.as(this.rest, who.user)
			.raw(HttpMethod.PUT, path + "/content",
					Map.of("version", before.get("version"), "title", title, "content", before.get("content")),
					MediaType.APPLICATION_JSON);
		Map<String, Object> after = Api.as(this.rest, "admin").get(path).getBody();
		if (allowed) {
			assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(after.get("title")).isEqualTo(title);
		}
		else {
			assertThat(saved.getStatusCode())
				.isEqualTo(who == Who.OTHER_UNIT ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN);
			assertHidden(saved, this.draft);
			assertThat(after.get("title")).isEqualTo(before.get("title"));
			assertThat(after.get("version")).isEqualTo(before.get("version"));
		}
	}

	private void editDraftTask(Who who, boolean allowed) {
		String taskId = (String) this.lifecycle.task(this.draft, "admin", "Task_Draft").get("id");
		String variable = "/engine-rest/task/" + taskId + "/variables/vision";
		Object before = Api.as(this.rest, "admin").get(variable).getBody().get("value");
		String vision = "Skrivet i uppgiften av " + who.user;
		ResponseEntity<String> set = Api.as(this.rest, who.user)
			.raw(HttpMethod.PUT, variable, Map.of("value", vision, "type", "String"), MediaType.APPLICATION_JSON);
		Object after = Api.as(this.rest, "admin").get(variable).getBody().get("value");
		if (allowed) {
			assertThat(set.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(after).isEqualTo(vision);
		}
		else {
			assertThat(set.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(after).isEqualTo(before);
		}
	}

	private void createDocument(Who who, boolean allowed) {
		// a document the unit does not have yet, a different one for each who tries
		String unitId = (who == Who.ADMIN) ? "bestallarenheten-funktionsnedsattning" : "assistansenheten";
		int year = (allowed && who != Who.ADMIN) ? this.year : this.otherYear;
		String type = switch (who) {
			case HANDLAGGARE -> "T2";
			case ENHETSCHEF -> "VB";
			case ADMIN -> "VP";
			default -> "VB";
		};
		Api api = Api.as(this.rest, who.user);
		ResponseEntity<Map<String, Object>> created = api.post("/api/documents",
				Map.of("unitId", unitId, "year", year, "type", type));
		if (allowed) {
			assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		}
		else {
			assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(documents(unitId, year, type)).isEqualTo(allowed ? 1 : 0);
		if (who != Who.ADMIN) {
			// only through the API: a lifecycle started on the engine would have no
			// document
			assertThat(
					api.post("/engine-rest/process-definition/key/document-lifecycle/start", Map.of()).getStatusCode())
				.isEqualTo(HttpStatus.FORBIDDEN);
		}
	}

	private void complete(String step, Who who, boolean allowed) {
		Map<String, Object> lane = (who == Who.ADMIN) ? this.adminLane : this.unitLane;
		Map<String, Object> task = this.lifecycle.task(lane, "admin", step);
		assertThat(task).as("the document waits at " + step).isNotNull();
		ResponseEntity<Map<String, Object>> completed = Api.as(this.rest, who.user)
			.complete((String) task.get("id"), ApiLifecycle.validValues(step));
		Map<String, Object> open = this.lifecycle.task(lane, "admin", step);
		if (allowed) {
			assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(open).as("done").isNull();
		}
		else {
			assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(open).as("still open").isNotNull().containsEntry("id", task.get("id"));
		}
	}

	private void readAdopted(Who who) {
		String path = "/api/documents/" + this.adopted.get("id");
		Api api = Api.as(this.rest, who.user);
		assertThat(api.get(path).getBody()).containsEntry("status", "ADOPTED")
			.containsEntry("dnr", this.adopted.get("dnr"));
		ResponseEntity<byte[]> pdf = api.getBytes(path + "/pdf");
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		ResponseEntity<String> html = api.raw(HttpMethod.GET, path + "/html", null, null);
		assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(html.getBody()).contains((String) this.adopted.get("dnr"));
	}

	private void readAdoptedVersions(Who who, boolean allowed) {
		String path = "/api/documents/" + this.adopted.get("id");
		Api api = Api.as(this.rest, who.user);
		for (String read : List.of("/versions", "/versions/1", "/history")) {
			ResponseEntity<String> response = api.raw(HttpMethod.GET, path + read, null, null);
			if (allowed) {
				assertThat(response.getStatusCode()).as(read).isEqualTo(HttpStatus.OK);
			}
			else {
				assertThat(response.getStatusCode()).as(read).isEqualTo(HttpStatus.NOT_FOUND);
				assertThat(response.getBody()).doesNotContain("handlaggare").doesNotContain("Verksamhetsplan");
			}
		}
	}

	private void readAudit(Who who, boolean allowed) {
		ResponseEntity<String> trail = Api.as(this.rest, who.user)
			.raw(HttpMethod.GET, "/api/administrations/hagersten-liljeholmen/audit?documentId=" + this.draft.get("id")
					+ "&from=2000-01-01", null, null);
		if (allowed) {
			assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
			assertThat(trail.getBody()).contains((String) this.draft.get("dnr"));
		}
		else {
			assertHidden(trail, this.draft);
		}
	}

	private boolean mayOpen(Who who, String application) {
		return (Boolean) Api.as(this.rest, who.user)
			.get("/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application&resourceType=0"
					+ "&resourceId=" + application)
			.getBody()
			.get("authorized");
	}

	private void administer(Who who, boolean allowed) {
		assertThat(mayOpen(who, "admin")).as("Camunda Admin").isEqualTo(allowed);
		String group = "matrix-" + who.user;
		Api api = Api.as(this.rest, who.user);
		ResponseEntity<Map<String, Object>> created = api.post("/engine-rest/group/create",
				Map.of("id", group, "name", "Provgrupp", "type", "WORKFLOW"));
		if (allowed) {
			assertThat(created.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
			assertThat(api.delete("/engine-rest/group/" + group).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		}
		else {
			assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(Api.as(this.rest, "admin").getList("/engine-rest/group?id=" + group).getBody()).isEmpty();
		}
	}

	/** Refused as if it did not exist, without a trace of the document. */
	private static void assertHidden(ResponseEntity<String> response, Map<String, Object> document) {
		assertThat(response.getStatusCode().value()).isIn(403, 404);
		assertThat(response.getBody()).doesNotContain((String) document.get("dnr"))
			.doesNotContain((String) document.get("title"));
	}

	private int documents(String unitId, int year, String type) {
		return this.jdbc.queryForObject(
				"select count(*) from plan_document where unit_id = ? and plan_year = ? and type = ?", Integer.class,
				unitId, year, type);
	}

	// --- the process's own facts cannot be changed through a task ---

	@Test
	void aHandlaggareCannotPointTheirTaskAtAnotherUnitsDocument() {
		Map<String, Object> victim = this.lifecycle.create("handlaggare2", "bestallarenheten-aldre", this.year, "VP");
		String victimPath = "/api/documents/" + victim.get("id");
		Object titleBefore = Api.as(this.rest, "handlaggare2").get(victimPath).getBody().get("title");
		Map<String, Object> task = this.lifecycle.task(this.draft, "handlaggare", "Task_Draft");
		Api handlaggare = Api.as(this.rest, "handlaggare");

		ResponseEntity<Map<String, Object>> redirected = handlaggare.complete((String) task.get("id"),
				Map.of("documentId", (String) victim.get("id"), "title", "Kapad", "vision", "Skrivet över"));
		ResponseEntity<Map<String, Object>> moved = handlaggare.complete((String) task.get("id"),
				Map.of("unitId", "bestallarenheten-aldre", "title", "Flyttad", "vision", "Till en annan enhet"));

		assertThat(redirected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) redirected.getBody().get("message"))
			.contains("documentId: Värdet sätts av Årshjul och kan inte ändras");
		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) moved.getBody().get("message"))
			.contains("unitId: Värdet sätts av Årshjul och kan inte ändras");
		assertThat(Api.as(this.rest, "handlaggare2").get(victimPath).getBody().get("title")).isEqualTo(titleBefore);
		assertThat(this.lifecycle.task(this.draft, "handlaggare", "Task_Draft")).as("the task stays open")
			.containsEntry("id", task.get("id"));
	}

	@Test
	void aDecisionSetByAnEarlierStepDoesNotStandInForTheOneWhoDecides() {
		Map<String, Object> document = this.lifecycle.create("handlaggare2", "bestallarenheten-aldre", this.otherYear,
				"VP");
		this.lifecycle.draft(document, "handlaggare2");
		this.lifecycle.complete(document, "handlaggare2", "Task_AptDiscussion",
				Map.of("aptDate", "2026-11-03", "signOffDecision", "approve", "comment", "Godkänd i förväg"));
		Map<String, Object> signOff = this.lifecycle.task(document, "admin", "Task_SignOff");

		ResponseEntity<Map<String, Object>> completed = Api.as(this.rest, "admin")
			.complete((String) signOff.get("id"), Map.of());

		assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) completed.getBody().get("message")).contains("signOffDecision: Beslut saknas");
		assertThat(Api.as(this.rest, "handlaggare2").get("/api/documents/" + document.get("id")).getBody())
			.containsEntry("status", "SIGN_OFF");
	}

}
