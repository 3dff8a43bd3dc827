package se.arshjul.process;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.Api;
import se.arshjul.support.ApiLifecycle;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjul.support.Cookies.cookie;
import static se.arshjul.support.Cookies.cookies;

/**
 * A handläggare may set variables on the draft task (Tasklist lets them), but not the
 * facts Årshjul keeps about the document: setting another document's id, or deleting the
 * Dnr, is refused with the variable named, in Tasklist's API as in the engine REST API,
 * and the task is left as it was: it completes as before.
 */
@PostgresSpringTest
class TaskVariableGuardTest {

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	Map<String, Object> document;

	String task;

	Api handlaggare;

	@BeforeEach
	void draftTask() {
		this.document = ApiLifecycle.with(this.rest).create("handlaggare", "assistansenheten", TestYears.past(), "VP");
		this.handlaggare = Api.as(this.rest, "handlaggare");
		this.task = (String) this.handlaggare.task((String) this.document.get("processInstanceId")).get("id");
	}

	@Test
	void theFactsOfTheDocumentCannotBeSetThroughTheTaskOnEngineRest() {
		String variables = "/engine-rest/task/" + this.task + "/variables";
		Map<String, Object> otherId = Map.of("value", UUID.randomUUID().toString(), "type", "String");

		assertRefused(this.handlaggare.put(variables + "/documentId", otherId), "documentId");
		assertRefused(this.handlaggare.put("/engine-rest/task/" + this.task + "/localVariables/unitId",
				Map.of("value", "bestallarenheten-aldre", "type", "String")), "unitId");
		assertRefused(this.handlaggare.post(variables,
				Map.of("modifications", Map.of("year", Map.of("value", 1999, "type", "Integer")))), "year");
		assertRefused(this.handlaggare.post(variables, Map.of("deletions", List.of("dnr"))), "dnr");
		assertRefused(this.handlaggare.delete(variables + "/administrationId"), "administrationId");

		Map<String, Object> kept = this.handlaggare.get(variables + "/documentId").getBody();
		assertThat(kept.get("value")).as("the document's id is unchanged").isEqualTo(this.document.get("id"));
		assertThat(this.handlaggare.get(variables + "/dnr").getBody().get("value")).isEqualTo(this.document.get("dnr"));

		assertRefused(this.handlaggare.put("/engine-rest/engine/default/task/" + this.task + "/variables/documentId",
				otherId), "documentId");
		assertRefused(this.handlaggare.post("/engine-rest/task/" + this.task + "/resolve",
				Map.of("variables", Map.of("documentId", otherId))), "documentId");

		ResponseEntity<Map<String, Object>> note = this.handlaggare.put(variables + "/anteckning",
				Map.of("value", "Ring Eva om budgeten", "type", "String"));
		assertThat(note.getStatusCode()).as("a variable of one's own may be set").isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<Map<String, Object>> modified = this.handlaggare.post(variables,
				Map.of("modifications", Map.of("anteckning", Map.of("value", "Klart", "type", "String"))));
		assertThat(modified.getStatusCode()).as("a modification that names no fact passes through, body and all")
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.handlaggare.get(variables + "/anteckning").getBody().get("value")).isEqualTo("Klart");
		ResponseEntity<Map<String, Object>> swedish = this.handlaggare.post(variables,
				Map.of("modifications", Map.of("anteckning", Map.of("value", "Åsa på ängen", "type", "String"))));
		assertThat(swedish.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.handlaggare.get(variables + "/anteckning").getBody().get("value"))
			.as("the body passed on as it came, in UTF-8")
			.isEqualTo("Åsa på ängen");
		assertThat(this.handlaggare.post(variables, Map.of()).getStatusCode()).as("an empty modification")
			.isEqualTo(HttpStatus.NO_CONTENT);

		ApiLifecycle.with(this.rest).draft(this.document, "handlaggare");
		assertThat(this.handlaggare.get("/api/documents/" + this.document.get("id")).getBody().get("status"))
			.as("the draft completes as before")
			.isEqualTo("APT_DISCUSSION");
	}

	@Test
	void neitherACompletionNorABpmnErrorChangesTheFactsOrEndsTheLifecycle() {
		ResponseEntity<Map<String, Object>> renamed = this.handlaggare.complete(this.task,
				Map.of("title", "Verksamhetsplan", "vision", "Vi ger stöd.", "unitName", "Någon annan enhet"));
		assertThat(renamed.getStatusCode()).as(renamed.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(renamed.getBody().get("message").toString()).contains("unitName");

		ResponseEntity<Map<String, Object>> error = this.handlaggare
			.post("/engine-rest/task/" + this.task + "/bpmnError", Map.of("errorCode", "avbryt", "variables",
					Map.of("anteckning", Map.of("value", "x", "type", "String"))));
		assertThat(error.getStatusCode().is2xxSuccessful()).as(error.toString()).isFalse();

		assertThat(this.handlaggare.task((String) this.document.get("processInstanceId")))
			.as("the draft task is still open")
			.isNotNull()
			.containsEntry("id", this.task);
		assertThat(
				this.handlaggare.get("/engine-rest/task/" + this.task + "/variables/unitName").getBody().get("value"))
			.isEqualTo(this.document.get("unitName"));
	}

	@Test
	void theFactsOfTheDocumentCannotBeSetThroughTheTaskInTasklist() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> page = client.send(request("/camunda/app/tasklist/").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String csrf = cookie(page, "XSRF-TOKEN");
		String session = cookie(page, "JSESSIONID");
		HttpResponse<String> login = client.send(
				request("/camunda/api/admin/auth/user/default/login/tasklist").header("Cookie", "JSESSIONID=" + session)
					.header("X-XSRF-TOKEN", csrf)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=handlaggare&password=demo"))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		String loggedIn = cookies(login, "JSESSIONID").stream().findFirst().orElse(session);
		String loginCsrf = cookies(login, "XSRF-TOKEN").stream().findFirst().orElse(csrf);

		HttpResponse<String> set = client
			.send(request("/camunda/api/engine/engine/default/task/" + this.task + "/variables")
				.header("Cookie", "JSESSIONID=" + loggedIn + "; XSRF-TOKEN=" + loginCsrf)
				.header("X-XSRF-TOKEN", loginCsrf)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"modifications\":{\"documentId\":{\"value\":\""
						+ UUID.randomUUID() + "\",\"type\":\"String\"}}}"))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(set.statusCode()).isEqualTo(403);
		assertThat(set.body()).contains("documentId: Värdet sätts av Årshjul och kan inte ändras");
		assertThat(
				this.handlaggare.get("/engine-rest/task/" + this.task + "/variables/documentId").getBody().get("value"))
			.isEqualTo(this.document.get("id"));
	}

	private static void assertRefused(ResponseEntity<Map<String, Object>> answer, String variable) {
		assertThat(answer.getStatusCode()).as(answer.toString()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(answer.getBody()).containsEntry("message",
				variable + ": Värdet sätts av Årshjul och kan inte ändras");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
