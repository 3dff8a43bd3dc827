package se.arshjul.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page, for what goes wrong before a controller of {@code /api} is reached: an
 * address that does not exist, a method or content type it does not take. For
 * {@code /api} the answer is a problem detail in Swedish, whatever the client accepts;
 * everything else keeps Spring Boot's error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {

	private final ErrorAttributes errors;

	ApiErrorController(ErrorAttributes errors, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
		super(errors, server.getError(), resolvers.orderedStream().toList());
		this.errors = errors;
	}

	@Override
	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return super.errorHtml(request, response);
		}
		try {
			int status = getStatus(request).value();
			ProblemResponses.write(response, status, ProblemResponses.title(status), detail(request, status));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return null;
	}

	@Override
	@RequestMapping
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!isApi(request)) {
			return super.error(request);
		}
		int status = getStatus(request).value();
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", ProblemResponses.title(status));
		problem.put("status", status);
		problem.put("detail", detail(request, status));
		problem.put("instance", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri == null) ? "" : uri.toString().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	private String detail(HttpServletRequest request, int status) {
		return describe(this.errors.getError(new ServletWebRequest(request)), status);
	}

	/**
	 * What went wrong, for the user: the method or content type to use, or the status.
	 */
	static String describe(Throwable error, int status) {
		if (error instanceof HttpRequestMethodNotSupportedException method) {
			return "Metoden " + method.getMethod() + " används inte för den här adressen"
					+ ((method.getSupportedMethods() == null) ? ""
							: "; använd " + String.join(" eller ", method.getSupportedMethods()));
		}
		if (error instanceof HttpMediaTypeNotSupportedException type) {
			return "Innehållstypen " + ((type.getContentType() == null) ? "saknas" : "'" + type.getContentType() + "'")
					+ "; här tas "
					+ type.getSupportedMediaTypes()
						.stream()
						.map(Object::toString)
						.collect(Collectors.joining(" eller "))
					+ " emot";
		}
		return switch (status) {
			case 404 -> "Adressen finns inte i Årshjuls API";
			case 413 -> RequestSizeLimit.DETAIL;
			default -> ProblemResponses.title(status);
		};
	}

}
