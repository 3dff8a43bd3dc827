package se.arshjul.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import se.arshjul.support.PostgresSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.arshjul.support.Cookies.cookie;
import static se.arshjul.support.Cookies.cookies;

/**
 * A page inside a Camunda webapp (Cockpit's Årshjul view, the editor) calls {@code /api}
 * with the webapp's session while the webapp itself keeps calling its own API. The
 * {@code /api} call must leave the session as it is: a new session id would make every
 * webapp request still under way with the old one fail with 401, and the webapp log the
 * user out.
 */
@PostgresSpringTest
class WebappSessionApiTest {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void apiCallWithTheCockpitSessionKeepsTheSessionId() throws Exception {
		HttpResponse<Void> page = send(request("/camunda/app/cockpit/").GET(), null);
		String csrf = cookie(page, "XSRF-TOKEN");
		String session = cookie(page, "JSESSIONID");
		HttpResponse<Void> login = send(
				request("/camunda/api/admin/auth/user/default/login/cockpit").header("X-XSRF-TOKEN", csrf)
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=controller&password=demo")),
				session);
		assertThat(login.statusCode()).isEqualTo(200);
		String loggedIn = cookies(login, "JSESSIONID").stream().findFirst().orElse(session);

		HttpResponse<Void> api = send(request("/api/session").GET(), loggedIn);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(cookies(api, "JSESSIONID")).as("a new session id from /api").isEmpty();

		HttpResponse<Void> webapp = send(request("/camunda/api/engine/engine/default/deployment/count").GET(),
				loggedIn);
		assertThat(webapp.statusCode()).as("Cockpit's next request with the session it has").isEqualTo(200);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpResponse<Void> send(HttpRequest.Builder request, String sessionId) throws Exception {
		if (sessionId != null) {
			request.header("Cookie", "JSESSIONID=" + sessionId);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

}
