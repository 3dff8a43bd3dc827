package se.arshjul.document.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/documents/{id}/html: the accessible HTML version, for those who may read the
 * document.
 */
@PostgresSpringTest
class DocumentHtmlApiTest {

	@Autowired
	TestRestTemplate rest;

	@Test
	void servesADraftAsHtmlWithAnUtkastBannerToItsReadersOnly() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		handlaggare.writePlan(created.getBody());
		String id = (String) created.getBody().get("id");
		String dnr = (String) created.getBody().get("dnr");

		ResponseEntity<String> html = get("handlaggare", "/api/documents/" + id + "/html");
		assertThat(html.getStatusCode()).isEqualTo(HttpStatus.OK);
		MediaType type = html.getHeaders().getContentType();
		assertThat(type).isNotNull();
		assertThat(type.isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(type.getCharset()).hasToString("UTF-8");
		assertThat(html.getBody()).startsWith("<!DOCTYPE html>")
			.contains("lang=\"sv\"", dnr, "Utkast", "Sjukfrånvaro", "<nav aria-label=\"Innehåll\">");

		assertThat(get("handlaggare2", "/api/documents/" + id + "/html").getStatusCode())
			.as("not readable by another unit's handläggare")
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("handlaggare", "/api/documents/not-a-uuid/html").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<String> get(String user, String path) {
		return this.rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, String.class);
	}

}
