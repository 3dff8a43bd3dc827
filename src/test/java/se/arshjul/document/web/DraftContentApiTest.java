package se.arshjul.document.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
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

import se.arshjul.plan.Activity;
import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.PlanContent;
import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving a draft's structured content through the API: validation findings, versions,
 * concurrent saves.
 */
@PostgresSpringTest
class DraftContentApiTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	Map<String, Object> document;

	String path;

	@BeforeEach
	void createDraft() {
		this.document = Api.as(this.rest, "handlaggare")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"))
			.getBody();
		this.path = "/api/documents/" + this.document.get("id");
	}

	@Test
	void savesTheWholePlanAsAVersionAndShowsItOnTheDraftForm() {
		ResponseEntity<Map<String, Object>> saved = put("handlaggare", this.path + "/content",
				Map.of("version", this.document.get("version"), "title", "Verksamhetsplan för Assistansenheten",
						"content", Assistansenheten2017.vp()));

		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<?>) saved.getBody().get("errors")).isEmpty();
		Map<String, Object> read = Api.as(this.rest, "enhetschef").get(this.path).getBody();
		PlanContent stored = this.json.convertValue(read.get("content"), PlanContent.class);
		assertThat(stored).isEqualTo(Assistansenheten2017.vp());

		List<Map<String, Object>> versions = Api.as(this.rest, "handlaggare")
			.getList(this.path + "/versions")
			.getBody();
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0)).containsEntry("number", 1).containsEntry("savedBy", "handlaggare");
		Map<String, Object> first = Api.as(this.rest, "handlaggare").get(this.path + "/versions/1").getBody();
		assertThat(this.json.convertValue(first.get("content"), PlanContent.class))
			.isEqualTo(Assistansenheten2017.vp());

		Map<String, Object> vision = Api.as(this.rest, "handlaggare")
			.get("/engine-rest/process-instance/" + this.document.get("processInstanceId") + "/variables/vision")
			.getBody();
		assertThat(vision.get("value")).as("the open draft form shows the saved text")
			.isEqualTo(Assistansenheten2017.vp().introduction().vision());
	}

	@Test
	void savesDraftWithErrorsAndNamesWhereEachIs() {
		Map.Entry<String, PlanContent> broken = withFirstActivityEndingBeforeItStarts(Assistansenheten2017.vp());

		ResponseEntity<Map<String, Object>> saved = put("handlaggare", this.path + "/content",
				Map.of("version", this.document.get("version"), "title", "Plan", "content", broken.getValue()));

		assertThat(saved.getStatusCode()).as("nothing a user writes is lost").isEqualTo(HttpStatus.OK);
		@SuppressWarnings("unchecked")
		List<Map<String, String>> errors = (List<Map<String, String>>) saved.getBody().get("errors");
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.get("path")).isEqualTo(broken.getKey());
			assertThat(error.get("message")).contains("slutar").contains("före start");
		});
		assertThat(Api.as(this.rest, "handlaggare").get(this.path).getBody().get("title")).isEqualTo("Plan");
	}

	@Test
	void refusesASaveBasedOnAnOlderVersionAndKeepsTheFirst() {
		Map<String, Object> saved = put("handlaggare", this.path + "/content",
				Map.of("version", this.document.get("version"), "title", "Plan", "content", Assistansenheten2017.vp()))
			.getBody();
		Object bothRead = ((Map<?, ?>) saved.get("document")).get("version");
		assertThat(put("handlaggare", this.path + "/content",
				Map.of("version", bothRead, "title", "Först", "content",
						Assistansenheten2017.vp().withOtherMatters("Lokalerna byggs om")))
			.getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<Map<String, Object>> second = put("enhetschef", this.path + "/content",
				Map.of("version", bothRead, "title", "Sedan", "content", PlanContent.empty()));

		assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat((String) second.getBody().get("detail")).contains("har ändrats sedan du läste det")
			.contains("handlaggare");
		assertThat((List<Map<String, Object>>) second.getBody().get("changes")).as("what changed since it was read")
			.singleElement()
			.satisfies((change) -> assertThat(change).containsEntry("path", "otherMatters")
				.containsEntry("after", "Lokalerna byggs om"));
		assertThat(Api.as(this.rest, "handlaggare").get(this.path).getBody().get("title")).isEqualTo("Först");
	}

	@Test
	void showsWhatChangedBetweenTwoVersions() {
		PlanContent first = Assistansenheten2017.vp();
		Map<String, Object> saved = put("handlaggare", this.path + "/content",
				Map.of("version", this.document.get("version"), "title", "Plan", "content", first))
			.getBody();
		Object version = ((Map<?, ?>) saved.get("document")).get("version");
		PlanContent second = first.withOtherMatters("Nytt om lokaler")
			.withIntroduction(new se.arshjul.plan.Introduction("Ny verksamhetsidé", first.introduction().description(),
					first.introduction().qualityWork(), first.introduction().staffParticipation()));
		put("handlaggare", this.path + "/content", Map.of("version", version, "title", "Plan", "content", second));

		List<Map<String, Object>> changes = Api.as(this.rest, "enhetschef")
			.getList(this.path + "/versions/diff?from=1&to=2")
			.getBody();

		assertThat(changes).extracting((c) -> c.get("path"), (c) -> c.get("kind"), (c) -> c.get("after"))
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("introduction.vision", "CHANGED", "Ny verksamhetsidé"),
					org.assertj.core.groups.Tuple.tuple("otherMatters",
							first.otherMatters() == null ? "ADDED" : "CHANGED", "Nytt om lokaler"));
		assertThat(Api.as(this.rest, "handlaggare").get(this.path + "/versions/diff?from=1").getBody().get("detail"))
			.isEqualTo("Parametern 'to' saknas");
		assertThat(Api.as(this.rest, "handlaggare2").get(this.path + "/versions/diff?from=1&to=2").getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void letsOnlyTheUnitWriteItsDraft() {
		Map<String, Object> save = Map.of("version", this.document.get("version"), "title", "X", "content",
				PlanContent.empty());
		assertThat(put("handlaggare2", this.path + "/content", save).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(put("controller", this.path + "/content", save).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(Api.as(this.rest, "handlaggare").getList(this.path + "/versions").getBody()).isEmpty();
	}

	@Test
	void answers422NamingMissingVersionAndTitle() {
		ResponseEntity<Map<String, Object>> refused = put("handlaggare", this.path + "/content",
				Map.of("content", PlanContent.empty()));
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((String) refused.getBody().get("detail")).contains("version: Version saknas")
			.contains("title: Titel saknas");
	}

	/**
	 * The first activity with dates in the plan, made to end ten days before it starts;
	 * and its path.
	 */
	private static Map.Entry<String, PlanContent> withFirstActivityEndingBeforeItStarts(PlanContent plan) {
		List<DirectionGoal> directions = new ArrayList<>(plan.directionGoals());
		for (int d = 0; d < directions.size(); d++) {
			List<CouncilGoal> councils = new ArrayList<>(directions.get(d).councilGoals());
			for (int c = 0; c < councils.size(); c++) {
				List<BoardGoal> boards = new ArrayList<>(councils.get(c).boardGoals());
				for (int b = 0; b < boards.size(); b++) {
					List<Activity> activities = new ArrayList<>(boards.get(b).activities());
					for (int a = 0; a < activities.size(); a++) {
						Activity first = activities.get(a);
						if (first.startDate() == null) {
							continue;
						}
						activities.set(a, new Activity(first.title(), first.startDate(),
								first.startDate().minusDays(10), null, null));
						BoardGoal board = boards.get(b);
						boards.set(b, new BoardGoal(board.title(), board.expectedResult(), board.description(),
								activities, board.unitGoals(), board.assessment()));
						CouncilGoal council = councils.get(c);
						councils.set(c, new CouncilGoal(council.number(), council.title(), council.indicators(), boards,
								council.assessment()));
						DirectionGoal direction = directions.get(d);
						directions.set(d, new DirectionGoal(direction.number(), direction.title(), councils));
						String path = "directionGoals[" + d + "].councilGoals[" + c + "].boardGoals[" + b
								+ "].activities[" + a + "].endDate";
						return Map.entry(path, plan.withDirectionGoals(directions));
					}
				}
			}
		}
		throw new IllegalStateException("The fixture has no activity with dates");
	}

	private ResponseEntity<Map<String, Object>> put(String user, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return this.rest.withBasicAuth(user, "demo")
			.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
			});
	}

}
