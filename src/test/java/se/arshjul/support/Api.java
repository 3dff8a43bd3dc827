package se.arshjul.support;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import se.arshjul.plan.Assistansenheten2017;

/**
 * Calls {@code /api} and {@code /engine-rest} over HTTP as a demo user (password "demo").
 */
public final class Api {

	private final TestRestTemplate rest;

	private Api(TestRestTemplate rest) {
		this.rest = rest;
	}

	public static Api as(TestRestTemplate rest, String user) {
		return new Api(rest.withBasicAuth(user, "demo"));
	}

	public ResponseEntity<Map<String, Object>> post(String path, Object body) {
		return exchange(HttpMethod.POST, path, body);
	}

	public ResponseEntity<Map<String, Object>> put(String path, Object body) {
		return exchange(HttpMethod.PUT, path, body);
	}

	public ResponseEntity<Map<String, Object>> get(String path) {
		return exchange(HttpMethod.GET, path, null);
	}

	public ResponseEntity<Map<String, Object>> delete(String path) {
		return exchange(HttpMethod.DELETE, path, null);
	}

	/**
	 * Any request, its answer as text whatever it is (problem detail, JSON, HTML, PDF).
	 */
	public ResponseEntity<String> raw(HttpMethod method, String path, Object body, MediaType type) {
		HttpHeaders headers = new HttpHeaders();
		if (type != null) {
			headers.setContentType(type);
		}
		return this.rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
	}

	public ResponseEntity<String> postRaw(String path, String body, MediaType type) {
		return raw(HttpMethod.POST, path, body, type);
	}

	public ResponseEntity<List<Map<String, Object>>> getList(String path) {
		return this.rest.exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() {
		});
	}

	public ResponseEntity<byte[]> getBytes(String path) {
		return this.rest.exchange(path, HttpMethod.GET, null, byte[].class);
	}

	/**
	 * Writes the unit's goals, indicators and budget into a new document as the 2017
	 * Assistansenheten plan has them, as the editor or an import would.
	 */
	public void writePlan(Map<String, Object> document) {
		String path = "/api/documents/" + document.get("id");
		Object version = get(path).getBody().get("version");
		ResponseEntity<Map<String, Object>> saved = exchange(HttpMethod.PUT, path + "/content",
				Map.of("version", version, "title", document.get("title"), "content", Assistansenheten2017.vp()));
		if (!saved.getStatusCode().is2xxSuccessful()) {
			throw new IllegalStateException("Could not write the plan: " + saved);
		}
	}

	/** The open task of a process instance that this user can see, or null. */
	public Map<String, Object> task(String processInstanceId) {
		List<Map<String, Object>> tasks = getList("/engine-rest/task?processInstanceId=" + processInstanceId).getBody();
		return (tasks == null || tasks.isEmpty()) ? null : tasks.get(0);
	}

	/** Completes a task through the engine REST API with string variables. */
	public ResponseEntity<Map<String, Object>> complete(String taskId, Map<String, String> values) {
		Map<String, Object> variables = new java.util.HashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
		return post("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
	}

	private ResponseEntity<Map<String, Object>> exchange(HttpMethod method, String path, Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
		return this.rest.exchange(path, method, new HttpEntity<>(body, headers), new ParameterizedTypeReference<>() {
		});
	}

}
