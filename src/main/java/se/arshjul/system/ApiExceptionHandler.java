package se.arshjul.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of {@code /api} as an RFC 9457 problem detail in Swedish, never a stack
 * trace.
 */
@RestControllerAdvice(basePackages = "se.arshjul")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return withErrors(problem(HttpStatus.UNPROCESSABLE_ENTITY, "Ogiltiga uppgifter", ex.getMessage()),
				ex.problems());
	}

	@ExceptionHandler(UnreadableInputException.class)
	ProblemDetail unreadable(UnreadableInputException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Finns inte", ex.getMessage());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "Åtkomst nekad", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Konflikt", ex.getMessage());
		ex.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Samtidig ändring",
				"Någon annan ändrade dokumentet samtidigt. Läs in det igen och försök på nytt.");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (databaseUnreachable(ex)) {
			logger.warn("Databasen går inte att nå: {}", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, "30")
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Tillfälligt otillgänglig",
						"Databasen går inte att nå just nu. Inget har sparats eller ändrats; försök igen om en stund."));
		}
		logger.error("Oväntat fel i API-anrop", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internt fel",
					"Ett oväntat fel inträffade. Inget har ändrats; försök igen eller kontakta support."));
	}

	/**
	 * Whether the database could not be reached (no connection to be had, or it broke),
	 * wherever in the chain: a transaction that could not begin, the engine's persistence
	 * layer, JDBC itself.
	 */
	static boolean databaseUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof org.springframework.transaction.CannotCreateTransactionException
					|| cause instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException
					|| cause instanceof java.net.ConnectException) {
				return true;
			}
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("08")) {
				// SQLSTATE class 08: connection exception
				return true;
			}
		}
		return false;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", unreadable(ex));
		Throwable cause = ex.getCause();
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			body = withErrors(body, List.of(new FieldProblem(fieldPath(mapping), body.getDetail())));
		}
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = "Parametern '" + ex.getParameterName() + "' saknas";
		return ResponseEntity.badRequest()
			.body(withErrors(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", detail),
					List.of(new FieldProblem(ex.getParameterName(), "Saknas"))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameterType(MethodArgumentTypeMismatchException ex) {
		String detail = "Parametern '" + ex.getName() + "' har fel typ: '" + ex.getValue() + "' går inte att tolka";
		return withErrors(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", detail),
				List.of(new FieldProblem(ex.getName(), "Fel typ")));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail detail) {
			detail.setTitle(swedishTitle(statusCode));
			detail.setDetail(swedishTitle(statusCode));
		}
		return response;
	}

	private static String unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "Fältet '" + unknown.getPropertyName() + "' finns inte";
		}
		if (cause instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
			return "Fältet '" + fieldPath(format) + "' har fel typ: '" + format.getValue() + "' går inte att tolka";
		}
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			return "Fältet '" + fieldPath(mismatch) + "' har fel typ";
		}
		return "Innehållet går inte att läsa som JSON";
	}

	private static String fieldPath(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String swedishTitle(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "Felaktig begäran";
			case 404 -> "Finns inte";
			case 405 -> "Metoden stöds inte";
			case 406 -> "Formatet kan inte levereras";
			case 413 -> "För stort innehåll";
			case 415 -> "Innehållstypen stöds inte";
			default -> "Fel " + status.value();
		};
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> problems) {
		problem.setProperty("errors",
				problems.stream().map((p) -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

}
