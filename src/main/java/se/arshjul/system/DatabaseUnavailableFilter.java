package se.arshjul.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First in the API's filter chain: when the database cannot be reached even to check who
 * is calling (the login itself needs it), the answer is 503 with a Swedish problem detail
 * and {@code Retry-After}, not a 500. Inside the controllers {@link ApiExceptionHandler}
 * does the same.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (!ApiExceptionHandler.databaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			logger.warn("Databasen går inte att nå: {}", ex.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			ProblemResponses.write(response, 503, "Tillfälligt otillgänglig",
					"Databasen går inte att nå just nu. Inget har sparats eller ändrats; försök igen om en stund.");
		}
	}

}
