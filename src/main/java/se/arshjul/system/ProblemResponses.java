package se.arshjul.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * Writes a problem detail where no controller is involved (filters, the error page, the
 * server's own error reports).
 */
final class ProblemResponses {

	/**
	 * Properties of the problem (e.g. errors) beside its standard members, as Spring MVC
	 * writes them.
	 */
	private static final ObjectMapper mapper = new ObjectMapper().addMixIn(ProblemDetail.class,
			ProblemDetailJacksonMixin.class);

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		write(response, problem(status, title, detail));
	}

	/** The same, naming the field the problem is with. */
	static void write(HttpServletResponse response, int status, String title, String detail, String field)
			throws IOException {
		ProblemDetail problem = problem(status, title, detail);
		problem.setProperty("errors", List.of(Map.of("field", field, "message", detail)));
		write(response, problem);
	}

	private static ProblemDetail problem(int status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setTitle(title);
		return problem;
	}

	private static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("X-Content-Type-Options", "nosniff");
		mapper.writeValue(response.getOutputStream(), problem);
	}

	/** "Felaktig begäran" for 400 and so on: the title of a problem with this status. */
	static String title(int status) {
		return switch (status) {
			case 400 -> "Felaktig begäran";
			case 401 -> "Inloggning krävs";
			case 403 -> "Åtkomst nekad";
			case 404 -> "Finns inte";
			case 405 -> "Metoden stöds inte";
			case 406 -> "Formatet kan inte levereras";
			case 409 -> "Konflikt";
			case 413 -> "För stort innehåll";
			case 415 -> "Innehållstypen stöds inte";
			case 422 -> "Ogiltiga uppgifter";
			case 500 -> "Internt fel";
			case 503 -> "Tjänsten är inte tillgänglig";
			default -> "Fel " + status;
		};
	}

}
