package se.arshjul.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For pages of Årshjul's own (the editor) used in the Tasklist session: the session's
 * CSRF token, to send as {@code X-XSRF-TOKEN} with changing requests. Only readable from
 * the same origin.
 */
@RestController
class SessionController {

	@GetMapping("/api/session")
	ResponseEntity<Map<String, Object>> session(HttpServletRequest request, java.security.Principal user) {
		HttpSession session = request.getSession(false);
		Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		return ResponseEntity.ok()
			.header("Cache-Control", "no-store")
			.body(token == null ? Map.of("userId", user.getName())
					: Map.of("userId", user.getName(), "csrfToken", token.toString()));
	}

}
