package se.arshjul.system;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query parameters of {@code /api} hold no control characters (such as an encoded NUL,
 * which PostgreSQL cannot even compare) and are valid percent-encoded UTF-8: otherwise
 * the request is refused with a problem detail naming the parameter, before anything
 * looks it up.
 */
class QueryParameterCheck extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return request.getQueryString() == null || !(path.equals("/api") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String parameter : request.getQueryString().split("&")) {
			int equals = parameter.indexOf('=');
			String name = decoded((equals < 0) ? parameter : parameter.substring(0, equals));
			String value = (equals < 0) ? "" : decoded(parameter.substring(equals + 1));
			if (name == null || value == null || hasControlCharacter(name) || hasControlCharacter(value)) {
				String shown = (name == null || hasControlCharacter(name)) ? "?" : name;
				ProblemResponses.write(response, 400, ProblemResponses.title(400), "Parametern '" + shown
						+ "' innehåller ett kontrolltecken eller en kodning som inte är UTF-8; ta bort det och försök igen",
						shown);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String decoded(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean hasControlCharacter(String text) {
		return text.chars().anyMatch((c) -> (c < 0x20 && c != '\t') || c == 0x7F || c == '\uFFFD');
	}

}
