package se.arshjul.document.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The förvaltning's audit trail through {@code /api}: each change of a document with who,
 * when and what, for förvaltning staff only.
 */
@PostgresSpringTest
class AuditApiTest {

	static final String AUDIT = "/api/administrations/hagersten-liljeholmen/audit";

	@Autowired
	TestRestTemplate rest;

	@Test
	void recordsEverySaveDecisionAndReturnWithWhoWhenAndWhat() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		Map<String, Object> created = handlaggare
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.past(), "type", "VP"))
			.getBody();
		String id = (String) created.get("id");
		String processInstanceId = (String) created.get("processInstanceId");
		handlaggare.writePlan(created);
		handlaggare.complete((String) handlaggare.task(processInstanceId).get("id"),
				Map.of("title", "Verksamhetsplan för Assistansenheten", "vision", "Personlig assistans enligt LSS.",
						"description", "Enheten har cirka 240 personliga assistenter."));
		handlaggare.complete((String) handlaggare.task(processInstanceId).get("id"),
				Map.of("aptDate", "2026-11-03", "aptNotes", "Planen diskuterades."));
		Api enhetschef = Api.as(this.rest, "enhetschef");
		assertThat(enhetschef
			.complete((String) enhetschef.task(processInstanceId).get("id"),
					Map.of("signOffDecision", "return", "comment", "Budgeten saknar lokalkostnader."))
			.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<List<Map<String, Object>>> trail = Api.as(this.rest, "controller")
			.getList(AUDIT + "?documentId=" + id);
		assertThat(trail.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> entries = trail.getBody();
		assertThat(entries).extracting((e) -> e.get("kind"))
			.containsExactly("CREATED", "DRAFT_SAVED", "DRAFT_SAVED", "APT_RECORDED", "DECISION_return");
		assertThat(entries).extracting((e) -> e.get("actor"))
			.containsExactly("handlaggare", "handlaggare", "handlaggare", "handlaggare", "enhetschef");
		assertThat(entries.get(1)).containsEntry("what", "Utkastet sparat")
			.containsEntry("comment", "Version 1")
			.containsEntry("dnr", created.get("dnr"))
			.containsEntry("unitName", "Assistansenheten")
			.containsEntry("documentType", "VP");
		assertThat(entries.get(4)).containsEntry("what", "Återsänt till handläggaren")
			.containsEntry("step", "Task_SignOff")
			.containsEntry("comment", "Budgeten saknar lokalkostnader.");
		assertThat(entries).allSatisfy((e) -> assertThat((String) e.get("occurredAt")).isNotBlank());

		assertThat(Api.as(this.rest, "controller").getList(AUDIT + "?unitId=bestallarenheten-aldre").getBody())
			.noneMatch((e) -> id.equals(e.get("documentId")));
	}

	@Test
	void isForForvaltningStaffOnlyAndNamesABadRange() {
		assertThat(Api.as(this.rest, "handlaggare").get(AUDIT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "namndsekreterare").get(AUDIT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map<String, Object>> backwards = Api.as(this.rest, "controller")
			.get(AUDIT + "?from=2026-12-01&to=2026-11-01");
		assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(backwards.getBody().toString()).contains("from", "efter till-datumet");
		ResponseEntity<Map<String, Object>> notADate = Api.as(this.rest, "controller").get(AUDIT + "?from=igår");
		assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(notADate.getBody().toString()).contains("from");
	}

}
