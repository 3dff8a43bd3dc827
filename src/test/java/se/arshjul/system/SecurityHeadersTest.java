package se.arshjul.system;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on the APIs, Årshjul's own pages and the Camunda webapps, with a
 * Content-Security-Policy that each of them can live with.
 */
@PostgresSpringTest
class SecurityHeadersTest {

	@Autowired
	TestRestTemplate rest;

	@Test
	void apiAnswersForbidEverythingButTheirOwnData() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		for (ResponseEntity<String> response : new ResponseEntity[] {
				handlaggare.raw(HttpMethod.GET, "/api/session", null, null),
				handlaggare.raw(HttpMethod.GET, "/engine-rest/task", null, null),
				this.rest.getForEntity("/api/session", String.class) }) {
			HttpHeaders headers = response.getHeaders();
			assertCommonHeaders(headers);
			assertThat(headers.get("Content-Security-Policy")).singleElement()
				.isEqualTo(SecurityConfig.API_POLICY)
				.asString()
				.contains("default-src 'none'")
				.contains("frame-ancestors 'self'")
				.doesNotContain("script-src");
		}
	}

	@Test
	void theHtmlVersionKeepsItsInlineStylesAndPdfsStayViewable() {
		Map<String, Object> draft = Api.as(this.rest, "handlaggare")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.past(), "type", "VP"))
			.getBody();
		String path = "/api/documents/" + draft.get("id");

		ResponseEntity<String> html = Api.as(this.rest, "handlaggare").raw(HttpMethod.GET, path + "/html", null, null);
		assertThat(html.getBody()).contains("<style");
		assertThat(html.getHeaders().getFirst("Content-Security-Policy")).contains("style-src 'unsafe-inline'")
			.contains("default-src 'none'");

		ResponseEntity<byte[]> pdf = Api.as(this.rest, "handlaggare").getBytes(path + "/pdf?preview=true");
		assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertCommonHeaders(pdf.getHeaders());
		assertThat(pdf.getHeaders().get("Content-Security-Policy")).isNull();
	}

	@Test
	void theEditorLoadsOnlyItsOwnScriptsAndStyles() {
		ResponseEntity<String> editor = this.rest.getForEntity("/editor/", String.class);

		assertThat(editor.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertCommonHeaders(editor.getHeaders());
		assertThat(editor.getHeaders().get("Content-Security-Policy")).singleElement()
			.isEqualTo(SecurityConfig.PAGE_POLICY)
			.asString()
			.contains("script-src 'self'")
			.contains("style-src 'self'")
			.doesNotContain("unsafe");
		// what the policy allows is all the page needs: no inline script or style
		assertThat(editor.getBody()).contains("<script src=\"editor.js\"")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)")
			.doesNotContain("<style")
			.doesNotContain("style=");
	}

	@Test
	void theCamundaWebappsKeepTheirOwnPolicy() {
		ResponseEntity<String> tasklist = this.rest.getForEntity("/camunda/app/tasklist/default/", String.class);

		assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertCommonHeaders(tasklist.getHeaders());
		// one policy only, Camunda's, whose nonce lets Tasklist's own scripts run
		assertThat(tasklist.getHeaders().get("Content-Security-Policy")).singleElement()
			.asString()
			.contains("'strict-dynamic'")
			.containsPattern("script-src 'nonce-[^']+'");
	}

	private static void assertCommonHeaders(HttpHeaders headers) {
		assertThat(headers.get("X-Content-Type-Options")).containsOnly("nosniff");
		assertThat(headers.get("X-Frame-Options")).containsOnly("SAMEORIGIN");
		assertThat(headers.get("Referrer-Policy")).containsOnly("same-origin");
	}

}
