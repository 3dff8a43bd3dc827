package se.arshjul.system;

import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged in to the Camunda webapps (Tasklist, Cockpit) call {@code /api} and
 * {@code /engine-rest} with the same session. Such requests are protected against CSRF
 * the way Camunda protects its own: a changing request must echo the session's token in
 * {@code X-XSRF-TOKEN}. Requests with HTTP Basic credentials are left to the Basic
 * filter.
 */
class CamundaSessionAuthenticationFilter extends OncePerRequestFilter {

	/** Where the Camunda webapps keep their logins in the HTTP session. */
	static final String CAMUNDA_AUTH_SESSION_KEY = "authenticatedUser";

	private static final Pattern SAFE_METHODS = Pattern.compile("^(GET|HEAD|OPTIONS|TRACE)$");

	private final String engineName;

	CamundaSessionAuthenticationFilter(String engineName) {
		this.engineName = engineName;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		UserAuthentication user = sessionUser(request);
		if (user != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
			if (!SAFE_METHODS.matcher(request.getMethod()).matches() && !csrfTokenMatches(request)) {
				ProblemResponses.write(response, 403, "Åtkomst nekad",
						"CSRF-token saknas eller stämmer inte (X-XSRF-TOKEN)");
				return;
			}
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					CamundaIdentityAuthenticationProvider.authenticated(user.getName(), user.getGroupIds()));
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private UserAuthentication sessionUser(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null
				|| !(session.getAttribute(CAMUNDA_AUTH_SESSION_KEY) instanceof Authentications authentications)) {
			return null;
		}
		return authentications.getAuthenticationForProcessEngine(this.engineName) instanceof UserAuthentication user
				? user : null;
	}

	private static boolean csrfTokenMatches(HttpServletRequest request) {
		Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		return expected != null && given != null && MessageDigest
			.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
	}

}
