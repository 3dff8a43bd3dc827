package se.arshjul.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.PlanContent;
import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing an existing plan's text: a preview, or a unit's new draft with its lifecycle.
 */
@PostgresSpringTest
class ImportApiTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Test
	void previewsTheStructuredPlanWithoutCreatingAnything() throws IOException {
		ResponseEntity<Map<String, Object>> preview = post("handlaggare", "/api/imports", seed2017());

		assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(preview.getBody().get("id")).isNull();
		@SuppressWarnings("unchecked")
		Map<String, Object> imported = (Map<String, Object>) preview.getBody().get("imported");
		assertThat(this.json.convertValue(imported.get("content"), PlanContent.class))
			.isEqualTo(Assistansenheten2017.vp());
		assertThat((List<?>) preview.getBody().get("errors")).isEmpty();
	}

	@Test
	void createsTheUnitsDraftFromLastYearsPlanAndStartsItsLifecycle() throws IOException {
		int year = TestYears.next();
		ResponseEntity<Map<String, Object>> created = post("handlaggare",
				"/api/imports?unitId=assistansenheten&year=" + year, seed2017());

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat((String) created.getBody().get("dnr")).matches("\\d+-\\d{4}-1\\.1");
		assertThat((List<String>) created.getBody().get("warnings"))
			.anyMatch((w) -> w.contains("Planen gäller 2017 men har importerats som plan för " + year));
		Api handlaggare = Api.as(this.rest, "handlaggare");
		String path = "/api/documents/" + created.getBody().get("id");
		Map<String, Object> document = handlaggare.get(path).getBody();
		assertThat(this.json.convertValue(document.get("content"), PlanContent.class))
			.isEqualTo(Assistansenheten2017.vp());
		assertThat(handlaggare.getList(path + "/versions").getBody()).hasSize(1);
		assertThat(handlaggare.task((String) created.getBody().get("processInstanceId")))
			.containsEntry("taskDefinitionKey", "Task_Draft");
	}

	@Test
	void refusesTextThatIsNotAPlanOrNotUtf8AndCreatesNothing() throws IOException {
		ResponseEntity<Map<String, Object>> recipe = post("handlaggare",
				"/api/imports?unitId=assistansenheten&year=" + TestYears.next(),
				"Pannkakor\n\n3 dl vetemjöl, 6 dl mjölk, 3 ägg. Vispa och stek.".getBytes(StandardCharsets.UTF_8));
		assertThat(recipe.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((String) recipe.getBody().get("detail")).startsWith("text: ");

		ResponseEntity<Map<String, Object>> latin1 = post("handlaggare", "/api/imports",
				"VERKSAMHETSPLAN för Äldreomsorgen".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(latin1.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) latin1.getBody().get("detail")).contains("inte UTF-8");

		assertThat(post("handlaggare2", "/api/imports?unitId=assistansenheten&year=" + TestYears.next(), seed2017())
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	private ResponseEntity<Map<String, Object>> post(String user, String path, byte[] text) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8));
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.POST, new HttpEntity<>(text, headers), new ParameterizedTypeReference<>() {
			});
	}

	private static byte[] seed2017() throws IOException {
		try (InputStream in = ImportApiTest.class.getResourceAsStream("/importing/vp-2017-assistansenheten.txt")) {
			return in.readAllBytes();
		}
	}

}
