package se.arshjul.process;

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
 * A task completed a second time (the second of two people, a second Tasklist window) is
 * refused with one clear answer on the engine REST API, whichever way Tasklist sends it.
 */
@PostgresSpringTest
class TaskAlreadyCompletedTest {

	@Autowired
	TestRestTemplate rest;

	@Test
	void completingATaskSomeoneHasCompletedIsRefusedClearlyAndChangesNothing() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"));
		String id = (String) created.getBody().get("id");
		String instance = (String) created.getBody().get("processInstanceId");
		handlaggare.writePlan(created.getBody());
		String draft = (String) handlaggare.task(instance).get("id");
		Map<String, String> values = Map.of("title", "Verksamhetsplan för Assistansenheten", "vision",
				"Vi ger personlig assistans.", "description", "Enheten har 240 assistenter.");
		assertThat(handlaggare.complete(draft, values).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

		ResponseEntity<Map<String, Object>> again = handlaggare.complete(draft, values);

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
		assertThat(again.getBody()).containsEntry("code", 1)
			.containsEntry("message",
					"Cannot complete task " + draft + ": " + TaskAlreadyCompletedPlugin.ALREADY_COMPLETED);

		String apt = (String) handlaggare.task(instance).get("id");
		Map<String, Object> form = Map.of("variables",
				Map.of("aptDate", Map.of("value", "2026-11-03"), "aptNotes", Map.of("value", "Planen diskuterades.")));
		assertThat(handlaggare.post("/engine-rest/task/" + apt + "/submit-form", form).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		ResponseEntity<Map<String, Object>> resubmitted = handlaggare.post("/engine-rest/task/" + apt + "/submit-form",
				form);
		assertThat(String.valueOf(resubmitted.getBody().get("message")))
			.endsWith(TaskAlreadyCompletedPlugin.ALREADY_COMPLETED);

		List<String> history = handlaggare.getList("/api/documents/" + id + "/history")
			.getBody()
			.stream()
			.map((e) -> e.get("kind") + " " + e.get("step"))
			.toList();
		assertThat(history).as("each step done once")
			.containsOnlyOnce("DRAFT_SAVED Task_Draft", "APT_RECORDED Task_AptDiscussion");
	}

	@Test
	void aTaskThatIsStillOpenKeepsItsOwnRefusal() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", TestYears.next(), "type", "VP"));
		String draft = (String) handlaggare.task((String) created.getBody().get("processInstanceId")).get("id");

		ResponseEntity<Map<String, Object>> refused = handlaggare.complete(draft, Map.of("title", ""));

		assertThat(refused.getStatusCode()).as("the draft's own rules").isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(String.valueOf(refused.getBody().get("message"))).doesNotContain("redan slutförd");
	}

}
