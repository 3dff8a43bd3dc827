package se.arshjul.cascade;

import java.util.List;
import java.util.Map;

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
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The förvaltning's cascade through the REST API as the demo users, and a new VP that
 * starts from it.
 */
@PostgresSpringTest
class CascadeApiTest {

	private static final String CASCADES = "/api/administrations/hagersten-liljeholmen/cascades/";

	@Autowired
	TestRestTemplate rest;

	@Test
	@SuppressWarnings("unchecked")
	void forvaltningSetsTheCascadeAndANewVpStartsFromIt() {
		int year = TestYears.next();
		Api handlaggare = Api.as(this.rest, "handlaggare");
		assertThat(handlaggare.get(CASCADES + year).getStatusCode()).as("no cascade yet")
			.isEqualTo(HttpStatus.NOT_FOUND);

		// The 2017 plan as written, unit goals and unit årsmål included: the service
		// keeps only the central levels.
		ResponseEntity<Map<String, Object>> saved = put("controller", CASCADES + year,
				Assistansenheten2017.vp().directionGoals());
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(saved.getBody()).containsEntry("administrationId", "hagersten-liljeholmen")
			.containsEntry("year", year)
			.containsEntry("updatedBy", "controller");

		ResponseEntity<Map<String, Object>> read = handlaggare.get(CASCADES + year);
		assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> cascade = (List<Map<String, Object>>) read.getBody().get("directionGoals");
		assertThat(cascade).isEqualTo(saved.getBody().get("directionGoals"));
		assertThat(cascade).extracting((d) -> d.get("number")).containsExactly("2", "3", "4");
		assertCentralOnly(cascade);
		assertThat(Api.as(this.rest, "handlaggare2").get(CASCADES + year).getStatusCode())
			.as("another unit of the same förvaltning")
			.isEqualTo(HttpStatus.OK);
		assertThat(Api.as(this.rest, "namndsekreterare").get(CASCADES + year).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "VP"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map<String, Object>> document = handlaggare.get("/api/documents/" + created.getBody().get("id"));
		assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> content = (Map<String, Object>) document.getBody().get("content");
		assertThat(content.get("directionGoals")).isEqualTo(cascade);
		assertThat((List<Object>) content.get("budgets")).isEmpty();
	}

	@Test
	void onlyTheForvaltningSetsTheCascade() {
		int year = TestYears.next();
		List<DirectionGoal> cascade = List.of(new DirectionGoal("3", "Ett ekonomiskt hållbart Stockholm", List
			.of(new CouncilGoal("3.5", "Stockholms stads ekonomi är långsiktigt hållbar", List.of(), List.of()))));

		ResponseEntity<Map<String, Object>> refused = put("handlaggare", CASCADES + year, cascade);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(put("handlaggare2", CASCADES + year, cascade).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "handlaggare").get(CASCADES + year).getStatusCode()).as("nothing was saved")
			.isEqualTo(HttpStatus.NOT_FOUND);

		assertThat(put("admin", CASCADES + year, cascade).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(put("controller", "/api/administrations/finns-inte/cascades/" + year, cascade).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(
				Api.as(this.rest, "controller").get("/api/administrations/finns-inte/cascades/" + year).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aBrokenCascadeIsRefusedNamingTheFields() {
		int year = TestYears.next();
		List<DirectionGoal> broken = List.of(new DirectionGoal("3", "",
				List.of(new CouncilGoal(null, "Stockholms stads ekonomi är långsiktigt hållbar", List.of(),
						List.of(new BoardGoal(" ", "Ett resultat", null, List.of(), List.of()))))));

		ResponseEntity<Map<String, Object>> refused = put("controller", CASCADES + year, broken);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody()).containsEntry("status", 422);
		List<Map<String, Object>> errors = (List<Map<String, Object>>) refused.getBody().get("errors");
		assertThat(errors).extracting((e) -> e.get("field"))
			.containsExactly("directionGoals[0].title", "directionGoals[0].councilGoals[0].number",
					"directionGoals[0].councilGoals[0].boardGoals[0].title");
		assertThat(errors).extracting((e) -> e.get("message"))
			.containsExactly("KF:s inriktningsmål saknar rubrik", "KF:s mål för verksamhetsområdet saknar nummer",
					"Nämndmålet saknar rubrik");
		assertThat(Api.as(this.rest, "controller").get(CASCADES + year).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aVpForAYearWithoutCascadeStartsEmpty() {
		int year = TestYears.next();
		Api handlaggare = Api.as(this.rest, "handlaggare");
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "VP"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> content = (Map<String, Object>) handlaggare
			.get("/api/documents/" + created.getBody().get("id"))
			.getBody()
			.get("content");
		assertThat((List<Object>) content.get("directionGoals")).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void theDemoHasACascadeFrom2017ForTheComingYears() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		for (int year = 2026; year <= 2028; year++) {
			assertThat(handlaggare.get(CASCADES + year).getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		ResponseEntity<Map<String, Object>> demo = handlaggare.get(CASCADES + 2027);
		List<Map<String, Object>> cascade = (List<Map<String, Object>>) demo.getBody().get("directionGoals");
		assertThat(cascade.stream().flatMap((d) -> ((List<Map<String, Object>>) d.get("councilGoals")).stream()))
			.extracting((c) -> c.get("number"))
			.contains("2.1", "3.5", "4.1", "4.6");
		assertCentralOnly(cascade);
	}

	@SuppressWarnings("unchecked")
	private static void assertCentralOnly(List<Map<String, Object>> cascade) {
		List<Map<String, Object>> councilGoals = cascade.stream()
			.flatMap((d) -> ((List<Map<String, Object>>) d.get("councilGoals")).stream())
			.toList();
		List<Map<String, Object>> boardGoals = councilGoals.stream()
			.flatMap((c) -> ((List<Map<String, Object>>) c.get("boardGoals")).stream())
			.toList();
		List<Map<String, Object>> indicators = councilGoals.stream()
			.flatMap((c) -> ((List<Map<String, Object>>) c.get("indicators")).stream())
			.toList();
		assertThat(boardGoals).isNotEmpty().allSatisfy((b) -> assertThat((List<Object>) b.get("unitGoals")).isEmpty());
		assertThat(boardGoals).anySatisfy((b) -> assertThat((List<Object>) b.get("activities")).isNotEmpty());
		assertThat(indicators).isNotEmpty()
			.allSatisfy((i) -> assertThat(i).doesNotContainKey("unitTarget").containsKey("councilTarget"));
	}

	private ResponseEntity<Map<String, Object>> put(String user, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
			});
	}

}
