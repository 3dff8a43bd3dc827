package se.arshjul.cycle.web;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.Api;
import se.arshjul.support.Jobs;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starting and following a förvaltning's cycle through the REST APIs as the demo users:
 * {@code /api/cycles} and the start form's route on {@code /engine-rest}.
 */
@PostgresSpringTest
class CycleApiTest {

	static final String ADMINISTRATION = "hagersten-liljeholmen";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ManagementService managementService;

	@Autowired
	RuntimeService runtimeService;

	@Test
	void controllerStartsTheCycleOnceAndEveryUnitGetsItsVp() {
		Api controller = Api.as(this.rest, "controller");
		int year = TestYears.next();
		ResponseEntity<Map<String, Object>> started = controller.post("/api/cycles",
				Map.of("administrationId", ADMINISTRATION, "year", year));
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) started.getBody().get("id");
		assertThat(id).isEqualTo("hagersten-liljeholmen-" + year);
		assertThat(started.getHeaders().getLocation()).hasToString("/api/cycles/" + id);
		assertThat(started.getBody()).containsEntry("startedBy", "controller")
			.containsEntry("administrationName", "Hägersten-Liljeholmens stadsdelsförvaltning")
			.containsEntry("running", true);

		ResponseEntity<Map<String, Object>> again = controller.post("/api/cycles",
				Map.of("administrationId", ADMINISTRATION, "year", year));
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.getBody()).containsEntry("cycleId", id);
		assertThat((String) again.getBody().get("detail")).contains("Årshjulet " + year, "redan startat");

		runJobs((String) started.getBody().get("processInstanceId"));
		Map<String, Object> status = controller.get("/api/cycles/" + id + "/status").getBody();
		List<Map<String, Object>> units = units(status);
		assertThat(units).extracting((u) -> u.get("unitId"))
			.contains("assistansenheten", "bestallarenheten-funktionsnedsattning", "bestallarenheten-aldre");
		Map<String, Object> assistans = unit(units, "assistansenheten");
		assertThat(assistans).containsEntry("unitName", "Assistansenheten").containsEntry("stateLabel", "Deltar");
		Map<String, Object> vp = cell(assistans, "VP");
		assertThat(vp).containsEntry("status", "DRAFT")
			.containsEntry("statusLabel", "Utkast")
			.containsEntry("step", "Task_Draft")
			.containsEntry("stepName", "Skriv utkast")
			.containsEntry("late", false);
		assertThat((String) vp.get("dnr")).matches("\\d+-\\d{4}-1\\.1");
		assertThat((String) vp.get("dueAt")).startsWith((year - 1) + "-11-1");
		assertThat(cell(assistans, "T1")).containsEntry("statusLabel", "Ej påbörjad")
			.containsEntry("plannedStart", year + "-05-01")
			.containsEntry("documentId", null);
		assertThat(cell(assistans, "VB")).containsEntry("plannedStart", (year + 1) + "-01-01");
		assertThat(status.get("documentTypes")).asList().hasSize(4);

		List<Map<String, Object>> listed = controller.getList("/api/cycles").getBody();
		assertThat(listed).extracting((c) -> c.get("id")).contains(id);
	}

	@Test
	void aLateStepIsLateInWordsAndTheStatusComesAsCsvNamingEachUnit() {
		Api controller = Api.as(this.rest, "controller");
		int year = TestYears.past();
		ResponseEntity<Map<String, Object>> started = controller.post("/api/cycles",
				Map.of("administrationId", ADMINISTRATION, "year", year));
		String id = (String) started.getBody().get("id");
		runJobs((String) started.getBody().get("processInstanceId"));

		Map<String, Object> vp = cell(
				unit(units(controller.get("/api/cycles/" + id + "/status").getBody()), "bestallarenheten-aldre"), "VP");
		assertThat(vp).containsEntry("late", true).containsEntry("stepName", "Skriv utkast");

		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
		ResponseEntity<String> csv = this.rest.withBasicAuth("controller", "demo")
			.exchange("/api/cycles/" + id + "/status", HttpMethod.GET, new HttpEntity<>(headers), String.class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
		List<String> lines = csv.getBody().lines().toList();
		assertThat(lines.get(0))
			.isEqualTo("\uFEFFunitId,unitName,unitState,documentType,dnr,status,step,stepName,dueAt,late,plannedStart");
		assertThat(lines).anySatisfy(
				(line) -> assertThat(line).startsWith("bestallarenheten-aldre,Beställarenheten äldre,ACTIVE,VP,")
					.contains(",Utkast,Task_Draft,Skriv utkast,")
					.contains(",ja,"));
		assertThat(lines)
			.anySatisfy((line) -> assertThat(line).startsWith("assistansenheten,Assistansenheten,ACTIVE,T1,")
				.endsWith(",Ej påbörjad,,,,nej," + year + "-05-01"));
		ResponseEntity<String> download = this.rest.withBasicAuth("controller", "demo")
			.getForEntity("/api/cycles/" + id + "/status?format=csv", String.class);
		assertThat(download.getBody()).isEqualTo(csv.getBody());
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"arshjul-" + id + ".csv\"");
	}

	@Test
	void unitStaffNeitherStartNorSeeACycle() {
		int year = TestYears.next();
		Api handlaggare = Api.as(this.rest, "handlaggare");
		ResponseEntity<Map<String, Object>> refused = handlaggare.post("/api/cycles",
				Map.of("administrationId", ADMINISTRATION, "year", year));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat((String) refused.getBody().get("detail")).contains("Bara förvaltningen");

		String id = (String) Api.as(this.rest, "controller")
			.post("/api/cycles", Map.of("administrationId", ADMINISTRATION, "year", year))
			.getBody()
			.get("id");
		assertThat(handlaggare.get("/api/cycles/" + id + "/status").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(handlaggare.getList("/api/cycles").getBody()).isEmpty();
		assertThat(Api.as(this.rest, "namndsekreterare").get("/api/cycles/" + id + "/status").getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void badRequestsNameTheFieldAndStartNothing() {
		Api controller = Api.as(this.rest, "controller");
		long before = this.runtimeService.createProcessInstanceQuery().processDefinitionKey("arshjul-cycle").count();
		ResponseEntity<Map<String, Object>> noYear = controller.post("/api/cycles",
				Map.of("administrationId", ADMINISTRATION));
		assertThat(noYear.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(noYear.getBody().toString()).contains("year", "Planår saknas");
		ResponseEntity<Map<String, Object>> badYear = controller.post("/api/cycles",
				Map.of("administrationId", ADMINISTRATION, "year", 1999));
		assertThat(badYear.getBody().toString()).contains("year", "mellan 2000 och 2100");
		ResponseEntity<Map<String, Object>> unknown = controller.post("/api/cycles",
				Map.of("administrationId", "../../etc", "year", TestYears.next()));
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(unknown.getBody().toString()).contains("administrationId", "Förvaltningen finns inte");
		assertThat(this.runtimeService.createProcessInstanceQuery().processDefinitionKey("arshjul-cycle").count())
			.isEqualTo(before);
	}

	@Test
	void theStartFormInTasklistStartsTheCycleOfTheUsersForvaltningOnceAndOnlyForForvaltningStaff() {
		int year = TestYears.next();
		Map<String, Object> form = Map.of("variables", Map.of("year", Map.of("value", year, "type", "Integer")));
		Api controller = Api.as(this.rest, "controller");
		ResponseEntity<Map<String, Object>> started = controller
			.post("/engine-rest/process-definition/key/arshjul-cycle/submit-form", form);
		assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(started.getBody()).containsEntry("businessKey", "hagersten-liljeholmen-" + year);
		assertThat(controller.get("/api/cycles/hagersten-liljeholmen-" + year).getBody()).containsEntry("startedBy",
				"controller");

		ResponseEntity<Map<String, Object>> again = controller
			.post("/engine-rest/process-definition/key/arshjul-cycle/submit-form", form);
		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) again.getBody().get("message")).contains("redan startat");

		ResponseEntity<Map<String, Object>> unitStaff = Api.as(this.rest, "handlaggare2")
			.post("/engine-rest/process-definition/key/arshjul-cycle/submit-form",
					Map.of("variables", Map.of("year", Map.of("value", TestYears.next(), "type", "Integer"))));
		assertThat(unitStaff.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
	}

	private void runJobs(String processInstanceId) {
		Jobs.runAll(this.managementService, processInstanceId);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> units(Map<String, Object> status) {
		return (List<Map<String, Object>>) status.get("units");
	}

	private static Map<String, Object> unit(List<Map<String, Object>> units, String unitId) {
		return units.stream().filter((u) -> unitId.equals(u.get("unitId"))).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cell(Map<String, Object> unit, String type) {
		return ((List<Map<String, Object>>) unit.get("documents")).stream()
			.filter((c) -> type.equals(c.get("type")))
			.findFirst()
			.orElseThrow();
	}

}
