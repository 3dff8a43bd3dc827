package se.arshjul.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
		return withErrors(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", ex.getMessage()),
				List.of(new FieldProblem(ex.field(), ex.getMessage())));
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
		if (causedBy(ex, RequestSizeLimit.TooLargeException.class)) {
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.body(withErrors(
						problem(HttpStatus.PAYLOAD_TOO_LARGE, ProblemResponses.title(413), RequestSizeLimit.DETAIL),
						List.of(new FieldProblem("body", RequestSizeLimit.DETAIL))));
		}
		Throwable cause = ex.getCause();
		if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
				&& !causedBy(mapping, JsonParseException.class)) {
			String field = fieldPath(mapping);
			String detail = "Fältet '" + field + "' " + fieldProblem(mapping);
			return ResponseEntity.badRequest()
				.body(withErrors(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", detail),
						List.of(new FieldProblem(field, detail))));
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", unreadable(ex)));
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
		String detail = "Parametern '" + ex.getName() + "' har fel typ: " + quoted(ex.getValue())
				+ " går inte att tolka";
		return withErrors(problem(HttpStatus.BAD_REQUEST, "Felaktig begäran", detail),
				List.of(new FieldProblem(ex.getName(), "Fel typ")));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail detail) {
			detail.setTitle(ProblemResponses.title(statusCode.value()));
			detail.setDetail(ApiErrorController.describe(ex, statusCode.value()));
		}
		return response;
	}

	/** What is wrong with a field, after "Fältet 'x' ". */
	private static String fieldProblem(JsonMappingException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "finns inte";
		}
		if (ex instanceof PlainTextDeserializer.ControlCharacterException control) {
			return "innehåller ett kontrolltecken (" + control.codePoint()
					+ ") som inte får finnas i text; ta bort det och försök igen";
		}
		if (ex instanceof InvalidFormatException format) {
			return "har fel typ: " + quoted(format.getValue()) + " går inte att tolka som "
					+ kind(format.getTargetType());
		}
		if (ex instanceof MismatchedInputException mismatch) {
			return "har fel typ: det ska vara " + kind(mismatch.getTargetType());
		}
		if (ex.getCause() instanceof InputCoercionException) {
			return "har ett tal som är för stort";
		}
		if (ex.getCause() instanceof NullPointerException) {
			return "innehåller ett tomt värde (null) där något måste stå";
		}
		return "går inte att tolka";
	}

	private static String unreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause == null) {
			return "Innehåll saknas";
		}
		if (cause instanceof StreamConstraintsException) {
			return "Innehållet går inte att läsa: ett tal, en text eller en nästling är för stor";
		}
		if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
			return "Innehållet har fel form: det ska vara " + kind(mismatch.getTargetType());
		}
		for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
			if (inner instanceof JsonParseException json && json.getLocation() != null) {
				return "Innehållet går inte att läsa som JSON (rad " + json.getLocation().getLineNr() + ", tecken "
						+ json.getLocation().getColumnNr() + ")";
			}
		}
		return "Innehållet går inte att läsa som JSON";
	}

	/** What a value of this type is, in the user's words. */
	private static String kind(Class<?> type) {
		if (type == null) {
			return "något annat";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
			return "ett heltal";
		}
		if (Number.class.isAssignableFrom(type)) {
			return "ett tal (decimaler med punkt, t.ex. -1250.5)";
		}
		if (type == java.time.LocalDate.class) {
			return "ett datum skrivet ÅÅÅÅ-MM-DD";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true eller false";
		}
		if (type.isEnum()) {
			return "ett av " + java.util.Arrays.stream(type.getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
		}
		if (type == String.class) {
			return "en text";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "en lista [ … ]";
		}
		return "ett objekt { … }";
	}

	/** A value as the user sent it, cut short if long. */
	private static String quoted(Object value) {
		String text = String.valueOf(value);
		return "'" + ((text.length() > 60) ? text.substring(0, 60) + " …" : text) + "'";
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static String fieldPath(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
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
