package se.arshjul.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Takes documents through their lifecycle over HTTP, each step as the user named, with
 * valid values: for tests whose subject is not the lifecycle itself but needs a document
 * at a given step. Every step must succeed, or it throws with the server's answer.
 */
public final class ApiLifecycle {

	private final TestRestTemplate rest;

	private ApiLifecycle(TestRestTemplate rest) {
		this.rest = rest;
	}

	public static ApiLifecycle with(TestRestTemplate rest) {
		return new ApiLifecycle(rest);
	}

	/** Creates a unit's document as this user; the answer's body (id, dnr, …). */
	public Map<String, Object> create(String user, String unitId, int year, String type) {
		return succeeded(
				Api.as(this.rest, user).post("/api/documents", Map.of("unitId", unitId, "year", year, "type", type)),
				"create " + type);
	}

	/** Writes the 2017 Assistansenheten plan into the draft and completes the draft. */
	public void draft(Map<String, Object> document, String user) {
		Api.as(this.rest, user).writePlan(document);
		complete(document, user, "Task_Draft", validValues("Task_Draft"));
	}

	public void apt(Map<String, Object> document, String user) {
		complete(document, user, "Task_AptDiscussion", validValues("Task_AptDiscussion"));
	}

	public void signOff(Map<String, Object> document, String user) {
		complete(document, user, "Task_SignOff", validValues("Task_SignOff"));
	}

	public void review(Map<String, Object> document, String user) {
		complete(document, user, "Task_Review", validValues("Task_Review"));
	}

	public void board(Map<String, Object> document, String user) {
		complete(document, user, "Task_BoardDecision", validValues("Task_BoardDecision"));
	}

	/**
	 * What a step is completed with when all goes well: the draft's form fields, the
	 * APT's date and notes, an approval, an adoption.
	 */
	public static Map<String, String> validValues(String step) {
		return switch (step) {
			case "Task_Draft" ->
				Map.of("title", "Verksamhetsplan", "vision", "Vi ger personlig assistans med hög kvalitet.");
			case "Task_AptDiscussion" ->
				Map.of("aptDate", "2026-11-03", "aptNotes", "Planen diskuterades i alla arbetslag.");
			case "Task_SignOff" -> Map.of("signOffDecision", "approve");
			case "Task_Review" -> Map.of("reviewDecision", "approve");
			case "Task_BoardDecision" ->
				Map.of("boardDecision", "adopted", "meetingDate", "2026-12-10", "paragraph", "§ 12");
			default -> throw new IllegalArgumentException("No such step: " + step);
		};
	}

	/**
	 * Runs the render job of an adopted document (the job executor is off in tests), as
	 * the administrator through the engine API.
	 */
	public void render(Map<String, Object> document) {
		Api admin = Api.as(this.rest, "admin");
		List<Map<String, Object>> jobs = admin
			.getList("/engine-rest/job?activityId=Task_RenderAdopted&processInstanceId="
					+ document.get("processInstanceId"))
			.getBody();
		if (jobs == null || jobs.size() != 1) {
			throw new IllegalStateException("Expected one render job, found " + jobs);
		}
		succeeded(admin.post("/engine-rest/job/" + jobs.get(0).get("id") + "/execute", null), "render");
	}

	/** A new document of the unit, adopted by the demo users of each step. */
	public Map<String, Object> adopted(String unitId, int year) {
		Map<String, Object> document = create("handlaggare", unitId, year, "VP");
		draft(document, "handlaggare");
		apt(document, "handlaggare");
		signOff(document, "enhetschef");
		review(document, "controller");
		board(document, "namndsekreterare");
		render(document);
		return document;
	}

	/** The open task of the document at this step, as this user sees it; null if none. */
	public Map<String, Object> task(Map<String, Object> document, String user, String step) {
		return Api.as(this.rest, user)
			.getList("/engine-rest/task?taskDefinitionKey=" + step + "&processInstanceId="
					+ document.get("processInstanceId"))
			.getBody()
			.stream()
			.findFirst()
			.orElse(null);
	}

	public void complete(Map<String, Object> document, String user, String step, Map<String, String> values) {
		Map<String, Object> task = task(document, user, step);
		if (task == null) {
			throw new IllegalStateException(user + " sees no open " + step + " of " + document.get("dnr"));
		}
		succeeded(Api.as(this.rest, user).complete((String) task.get("id"), values), step + " by " + user);
	}

	private static Map<String, Object> succeeded(ResponseEntity<Map<String, Object>> response, String what) {
		if (!response.getStatusCode().is2xxSuccessful() && response.getStatusCode() != HttpStatus.NO_CONTENT) {
			throw new IllegalStateException(what + " failed: " + response);
		}
		return response.getBody();
	}

}
