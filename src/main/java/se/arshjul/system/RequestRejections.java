package se.arshjul.system;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Addresses refused before any controller sees them, answered as problem details in
 * Swedish rather than an English error page: those Spring Security's firewall refuses
 * ({@code ..}, {@code %2e}, {@code ;}, {@code //}) and those Tomcat itself refuses (an
 * encoded {@code /}, {@code \} or NUL).
 */
final class RequestRejections {

	static final String DETAIL = "Adressen innehåller något som inte får finnas i en sökväg, som '..', '%2e', "
			+ "';', '//', ett kodat '/' eller '\\\\', eller ett kontrolltecken; ett id består av bokstäver, siffror "
			+ "och bindestreck";

	private RequestRejections() {
	}

	/** For the firewall. */
	static final class Firewall implements RequestRejectedHandler {

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
				throws IOException {
			ProblemResponses.write(response, 400, ProblemResponses.title(400), DETAIL, "path");
		}

	}

	/**
	 * For Tomcat: whatever error it reports itself, without a web application involved.
	 * Public, since Tomcat knows its error report valve by class name.
	 */
	public static final class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				response.resetBuffer();
				ProblemResponses.write(response, status, ProblemResponses.title(status),
						(status == 400) ? DETAIL : ProblemResponses.title(status));
				response.finishResponse();
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone, or the response already went out: nothing more to
				// say
			}
		}

	}

}
