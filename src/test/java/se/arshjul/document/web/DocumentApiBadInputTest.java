package se.arshjul.document.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad requests get a problem detail in Swedish that names the field, and change nothing.
 */
@PostgresSpringTest
class DocumentApiBadInputTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcTemplate jdbc;

	Api handlaggare;

	long documentsBefore;

	@BeforeEach
	void countDocuments() {
		this.handlaggare = Api.as(this.rest, "handlaggare");
		this.documentsBefore = count();
	}

	@AfterEach
	void nothingWasCreated() {
		assertThat(count()).as("a refused request changes nothing").isEqualTo(this.documentsBefore);
	}

	@Test
	void answers400ForBodyThatIsNotJson() {
		ResponseEntity<String> response = this.handlaggare.postRaw("/api/documents", "{\"unitId\": ",
				MediaType.APPLICATION_JSON);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).contains("går inte att läsa som JSON").doesNotContain("Exception");
	}

	@Test
	void answers400NamingFieldOfWrongType() {
		ResponseEntity<Map<String, Object>> response = this.handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", "nästa år", "type", "VP"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) response.getBody().get("detail")).contains("'year'").contains("fel typ");
	}

	@Test
	void answers400NamingUnknownField() {
		ResponseEntity<Map<String, Object>> response = this.handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", 2031, "type", "VP", "status", "ADOPTED"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().get("detail")).isEqualTo("Fältet 'status' finns inte");
	}

	@Test
	void answers422ListingEveryBrokenRule() {
		ResponseEntity<Map<String, Object>> response = this.handlaggare.post("/api/documents",
				Map.of("unitId", "finns-inte", "year", 1850, "type", "XX"));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody().get("title")).isEqualTo("Ogiltiga uppgifter");
		@SuppressWarnings("unchecked")
		List<Map<String, String>> errors = (List<Map<String, String>>) response.getBody().get("errors");
		assertThat(errors).extracting((e) -> e.get("field")).containsExactly("unitId", "year", "type");
		assertThat(errors).extracting((e) -> e.get("message"))
			.containsExactly("Enheten finns inte eller är avslutad", "Året måste ligga mellan 2000 och 2100",
					"Dokumenttypen måste vara VP, T1, T2 eller VB");
	}

	@Test
	void answers422ForMissingFields() {
		ResponseEntity<Map<String, Object>> response = this.handlaggare.post("/api/documents", Map.of());
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((String) response.getBody().get("detail")).contains("unitId: Enhet saknas")
			.contains("year: År saknas")
			.contains("type: Dokumenttyp saknas");
	}

	@Test
	void answers404ForUnknownOrMalformedId() {
		assertThat(this.handlaggare.get("/api/documents/" + java.util.UUID.randomUUID()).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map<String, Object>> malformed = this.handlaggare.get("/api/documents/..%2F..%2Fetc");
		assertThat(malformed.getStatusCode().value()).isIn(400, 404);
		assertThat(this.handlaggare.get("/api/documents/not-an-id/pdf").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from plan_document", Long.class);
	}

}
