package se.arshjul.document.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import se.arshjul.plan.Assistansenheten2017;
import se.arshjul.support.Api;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each validation rule of a verksamhetsplan through the API: the 2017 plan with one thing
 * broken, saved, and the finding reported at its exact place.
 */
@PostgresSpringTest
class DraftValidationApiTest {

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ObjectMapper json;

	@Test
	void reportsAPlanWithoutIntroductionText() {
		assertFinding("errors", (plan) -> plan.set("introduction", this.json.createObjectNode()), "introduction",
				"Inledningen saknar text");
	}

	@Test
	void reportsAPlanWithoutAnyEnhetsmal() {
		assertFinding("errors",
				(plan) -> boardGoals(plan).forEach((goal) -> goal.set("unitGoals", this.json.createArrayNode())),
				"directionGoals", "Verksamhetsplanen har inget enhetsmål");
	}

	@Test
	void reportsAPlanWithoutBudget() {
		assertFinding("errors", (plan) -> plan.set("budgets", this.json.createArrayNode()), "budgets",
				"Verksamhetsplanen saknar budget");
	}

	@Test
	void reportsAnEnhetsmalWithoutTitleWhereItIs() {
		String path = firstUnitGoalPath();
		assertFinding("errors", (plan) -> ((ObjectNode) at(plan, path)).put("title", ""), path + ".title",
				"Enhetsmålet saknar titel");
	}

	@Test
	void reportsABudgetSumThatDoesNotAddUp() {
		assertFinding("errors", (plan) -> {
			ArrayNode rows = (ArrayNode) plan.path("budgets").path(0).path("rows");
			for (JsonNode row : rows) {
				if ("SUM_COST".equals(row.path("kind").asText())) {
					((ArrayNode) row.path("amounts")).set(0, 21_400);
				}
			}
		}, "budgets[0].rows[" + sumCostRow() + "].amounts[0]", "Summa kostnader i kolumnen");
	}

	@Test
	void warnsAboutANamndmalTheUnitDoesNotAnswer() {
		String path = firstUnitGoalPath();
		String boardGoal = path.substring(0, path.lastIndexOf(".unitGoals"));
		assertFinding("warnings",
				(plan) -> ((ObjectNode) at(plan, boardGoal)).set("unitGoals", this.json.createArrayNode()),
				boardGoal + ".unitGoals", "besvaras inte med något enhetsmål");
	}

	@Test
	void warnsAboutAnEnhetsmalWithoutExpectedResult() {
		String path = firstUnitGoalPath();
		assertFinding("warnings", (plan) -> ((ObjectNode) at(plan, path)).remove("expectedResult"),
				path + ".expectedResult", "saknar förväntat resultat");
	}

	@Test
	void warnsAboutAnIndicatorWithoutTheUnitsArsmal() {
		String indicator = firstIndicatorPath();
		assertFinding("warnings", (plan) -> ((ObjectNode) at(plan, indicator)).remove("unitTarget"),
				indicator + ".unitTarget", "saknar enhetens årsmål");
	}

	private void assertFinding(String list, Consumer<ObjectNode> breakIt, String path, String message) {
		Map<String, Object> document = Api.as(this.rest, "handlaggare")
			.post("/api/documents", Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"))
			.getBody();
		ObjectNode plan = this.json.valueToTree(Assistansenheten2017.vp());
		breakIt.accept(plan);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<String, Object> saved = this.rest.withBasicAuth("handlaggare", "demo")
			.exchange("/api/documents/" + document.get("id") + "/content", HttpMethod.PUT,
					new HttpEntity<>(Map.of("version", document.get("version"), "title", "Plan", "content", plan),
							headers),
					new ParameterizedTypeReference<Map<String, Object>>() {
					})
			.getBody();
		@SuppressWarnings("unchecked")
		List<Map<String, String>> findings = (List<Map<String, String>>) saved.get(list);
		assertThat(findings).as("%s of %s", list, saved).anySatisfy((finding) -> {
			assertThat(finding.get("path")).isEqualTo(path);
			assertThat(finding.get("message")).contains(message);
		});
	}

	private List<ObjectNode> boardGoals(ObjectNode plan) {
		List<ObjectNode> goals = new ArrayList<>();
		plan.path("directionGoals")
			.forEach((d) -> d.path("councilGoals")
				.forEach((c) -> c.path("boardGoals").forEach((b) -> goals.add((ObjectNode) b))));
		return goals;
	}

	private String firstUnitGoalPath() {
		JsonNode plan = this.json.valueToTree(Assistansenheten2017.vp());
		JsonNode directions = plan.path("directionGoals");
		for (int d = 0; d < directions.size(); d++) {
			JsonNode councils = directions.path(d).path("councilGoals");
			for (int c = 0; c < councils.size(); c++) {
				JsonNode boards = councils.path(c).path("boardGoals");
				for (int b = 0; b < boards.size(); b++) {
					if (boards.path(b).path("unitGoals").size() > 0) {
						return "directionGoals[" + d + "].councilGoals[" + c + "].boardGoals[" + b + "].unitGoals[0]";
					}
				}
			}
		}
		throw new IllegalStateException("The fixture has no enhetsmål");
	}

	private String firstIndicatorPath() {
		JsonNode directions = this.json.valueToTree(Assistansenheten2017.vp()).path("directionGoals");
		for (int d = 0; d < directions.size(); d++) {
			JsonNode councils = directions.path(d).path("councilGoals");
			for (int c = 0; c < councils.size(); c++) {
				if (councils.path(c).path("indicators").size() > 0) {
					return "directionGoals[" + d + "].councilGoals[" + c + "].indicators[0]";
				}
			}
		}
		throw new IllegalStateException("The fixture has no indicator");
	}

	private int sumCostRow() {
		JsonNode rows = this.json.valueToTree(Assistansenheten2017.vp()).path("budgets").path(0).path("rows");
		for (int i = 0; i < rows.size(); i++) {
			if ("SUM_COST".equals(rows.path(i).path("kind").asText())) {
				return i;
			}
		}
		throw new IllegalStateException("The fixture's budget has no Summa kostnader");
	}

	/** The node at a path like {@code directionGoals[0].councilGoals[1]}. */
	private static JsonNode at(JsonNode root, String path) {
		return root.at("/" + path.replace("[", "/").replace("]", "").replace(".", "/"));
	}

}
