package se.arshjul.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Whoever may work on a task may set variables through it:
 * {@code /engine-rest/task/{id}/variables} and Tasklist's own
 * {@code /camunda/api/engine/engine/default/task/{id}/variables}. The facts Årshjul keeps
 * in a lifecycle's variables (the document's id, Dnr, unit, förvaltning, type, year) are
 * refused there, for everyone: set one, and the steps after would refuse to complete and
 * the jobs fail (see {@link ProcessFacts}). Other variables are left alone; an
 * administrator who must repair an instance does it in Cockpit, on the process instance.
 */
class TaskVariableGuard extends OncePerRequestFilter {

	/** The facts, as the lifecycle names its variables. */
	static final Set<String> FACTS = Set.of(Lifecycle.DOCUMENT_ID, Lifecycle.DNR, Lifecycle.ADMINISTRATION_ID,
			Lifecycle.UNIT_ID, Lifecycle.UNIT_NAME, Lifecycle.DOCUMENT_TYPE, Lifecycle.YEAR);

	/**
	 * A task's variables, or an action that sets them, through either REST API; group 1
	 * is a variable's name, group 2 the action.
	 */
	static final Pattern TASK_VARIABLES = Pattern
		.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/[^/]+/"
				+ "(?:(?:variables|localVariables)(?:/([^/]+)(?:/data)?)?|(resolve|bpmnError|bpmnEscalation))/?$");

	/** The most of a body this reads (a variable modification is small). */
	static final int MAX_BODY = 1024 * 1024;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher matcher = TASK_VARIABLES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!matcher.matches() || !List.of("PUT", "POST", "DELETE").contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (matcher.group(1) != null) {
			String name = URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8);
			if (FACTS.contains(name)) {
				refuse(response, List.of(name));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
			// the engine reads these bodies as JSON only, and refuses anything else
			// itself
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
					"Förfrågan är för stor: högst 1 MB");
			return;
		}
		List<String> named;
		try {
			named = factsIn(body, matcher.group(2) != null);
		}
		catch (IOException ex) {
			answer(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
					"Förfrågan är inte giltig JSON");
			return;
		}
		if (!named.isEmpty()) {
			refuse(response, named);
			return;
		}
		chain.doFilter(new ReadAgain(request, body), response);
	}

	/**
	 * The facts a body names: a modification's ({@code {"modifications": {name: …},
	 * "deletions": [name]}}) or an action's ({@code {"variables": {name: …}}}). An empty
	 * body names none.
	 * @throws IOException if the body is not JSON
	 */
	static List<String> factsIn(byte[] body, boolean action) throws IOException {
		List<String> named = new ArrayList<>();
		JsonNode json = (body.length == 0) ? null : JSON.readTree(body);
		if (json == null) {
			return named;
		}
		for (Iterator<String> names = json.path(action ? "variables" : "modifications").fieldNames(); names
			.hasNext();) {
			String name = names.next();
			if (FACTS.contains(name)) {
				named.add(name);
			}
		}
		for (JsonNode deletion : json.path("deletions")) {
			if (FACTS.contains(deletion.asText())) {
				named.add(deletion.asText());
			}
		}
		return named;
	}

	/** As Camunda's REST API answers a refusal, so that Tasklist shows the message. */
	private static void refuse(HttpServletResponse response, List<String> names) throws IOException {
		answer(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException",
				String.join(", ", names) + ": " + ProcessFacts.SET_BY_ARSHJUL);
	}

	private static void answer(HttpServletResponse response, int status, String type, String message)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write(JSON.writeValueAsString(java.util.Map.of("type", type, "message", message, "code", 0)));
	}

	/** The request, its body read once already. */
	private static final class ReadAgain extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadAgain(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/**
		 * After Spring Security (its firewall has refused paths with encoded slashes,
		 * semicolons or double slashes by then).
		 */
		@Bean
		FilterRegistrationBean<TaskVariableGuard> taskVariableGuard() {
			FilterRegistrationBean<TaskVariableGuard> registration = new FilterRegistrationBean<>(
					new TaskVariableGuard());
			registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
			registration.setOrder(20);
			return registration;
		}

	}

}
