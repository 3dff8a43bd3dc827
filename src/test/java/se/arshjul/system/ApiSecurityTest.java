package se.arshjul.system;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets in, and who sees what: HTTP Basic, the webapp session with its CSRF token,
 * units and roles.
 */
@PostgresSpringTest
class ApiSecurityTest {

	@Autowired
	TestRestTemplate rest;

	@LocalServerPort
	int port;

	@Test
	void answers401WithoutOrWithWrongCredentials() {
		assertThat(
				this.rest.getForEntity("/api/documents/" + java.util.UUID.randomUUID(), String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		// Camunda delays a user's next login after a wrong password: a user no other test
		// logs in as
		ResponseEntity<String> wrong = this.rest.withBasicAuth("enhetschef2", "fel")
			.getForEntity("/engine-rest/task", String.class);
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(wrong.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
		assertThat(wrong.getBody()).contains("Inloggning krävs");
	}

	@Test
	void describesTheApiInOpenApiToLoggedInUsers() {
		assertThat(this.rest.getForEntity("/v3/api-docs", String.class).getStatusCode())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		ResponseEntity<String> docs = this.rest.withBasicAuth("handlaggare", "demo")
			.getForEntity("/v3/api-docs", String.class);
		assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(docs.getBody()).contains("\"openapi\"")
			.contains("/api/documents/{id}/content")
			.contains("/api/documents/{id}/versions");
	}

	@Test
	void keepsDraftsWithinTheUnitAndItsReviewers() {
		Map<String, Object> created = Api.as(this.rest, "handlaggare")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"))
			.getBody();
		String path = "/api/documents/" + created.get("id");

		assertThat(Api.as(this.rest, "enhetschef").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Api.as(this.rest, "controller").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(Api.as(this.rest, "namndsekreterare").get(path).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map<String, Object>> otherUnit = Api.as(this.rest, "handlaggare2").get(path);
		assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(otherUnit.getBody()).doesNotContainKey("dnr");
		assertThat(Api.as(this.rest, "handlaggare2").task((String) created.get("processInstanceId")))
			.as("another unit's task is invisible in the engine API")
			.isNull();
		assertThat(Api.as(this.rest, "enhetschef").task((String) created.get("processInstanceId")))
			.as("the draft belongs to the handläggare")
			.isNull();
	}

	@Test
	void refusesDocumentForAnotherUnit() {
		ResponseEntity<Map<String, Object>> refused = Api.as(this.rest, "handlaggare2")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getBody().get("detail")).isEqualTo("Du kan bara skapa dokument för din egen enhet");
		assertThat(Api.as(this.rest, "controller")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"))
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void acceptsTheTasklistSessionAndDemandsItsCsrfTokenForChanges() throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		browser.send(request("/camunda/app/tasklist/").GET().build(), HttpResponse.BodyHandlers.discarding());
		HttpResponse<String> login = browser
			.send(request("/camunda/api/admin/auth/user/default/login/tasklist").header("X-XSRF-TOKEN", csrf(cookies))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=handlaggare&password=demo"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		// as Tasklist does next: the login renewed the session, the next webapp request
		// brings its token
		HttpResponse<Void> afterLogin = browser.send(request("/camunda/api/engine/engine/").GET().build(),
				HttpResponse.BodyHandlers.discarding());
		String token = afterLogin.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.map((c) -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';')))
			.findFirst()
			.orElseThrow();

		String body = "{\"unitId\":\"assistansenheten\",\"year\":" + TestYears.next() + ",\"type\":\"VP\"}";
		HttpResponse<String> withoutToken = browser
			.send(request("/api/documents").header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.body()).contains("CSRF");

		HttpResponse<String> withToken = browser
			.send(request("/api/documents").header("Content-Type", "application/json")
				.header("X-XSRF-TOKEN", token)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withToken.statusCode()).isEqualTo(201);

		HttpResponse<String> tasks = browser.send(request("/engine-rest/task").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(tasks.statusCode()).isEqualTo(200);
		assertThat(tasks.body()).contains("Skriv utkast");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static String csrf(CookieManager cookies) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("XSRF-TOKEN"))
			.reduce((first, second) -> second)
			.orElseThrow()
			.getValue();
	}

}
