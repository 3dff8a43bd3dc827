package se.arshjul.system;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.arshjul.support.PostgresSpringTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No password reaches the log, right or wrong, by HTTP Basic or by the webapps' login,
 * even with the web, security and engine loggers at DEBUG.
 */
@PostgresSpringTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordLoggingTest {

	/** Loggers that would show a request, its credentials or a login if anything did. */
	static final List<String> LOGGERS = List.of("org.springframework.security", "org.springframework.web",
			"org.apache.catalina", "org.apache.coyote", "org.camunda.bpm.engine.identity",
			"org.camunda.bpm.engine.rest", "org.camunda.bpm.webapp", "se.arshjul");

	@Autowired
	IdentityService identityService;

	@Autowired
	LoggingSystem loggingSystem;

	@LocalServerPort
	int port;

	/**
	 * A user of this test alone: Camunda delays the next login after a wrong password.
	 */
	String userId;

	String password;

	String wrongPassword;

	@BeforeEach
	void userAndVerboseLogging() {
		this.userId = "loggprov-" + UUID.randomUUID().toString().substring(0, 8);
		this.password = "Hemligt" + UUID.randomUUID().toString().replace("-", "");
		this.wrongPassword = "Felaktigt" + UUID.randomUUID().toString().replace("-", "");
		User user = this.identityService.newUser(this.userId);
		user.setFirstName("Logg");
		user.setLastName("Prov");
		user.setPassword(this.password);
		this.identityService.saveUser(user);
		LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, LogLevel.DEBUG));
	}

	@AfterEach
	void quietLoggingAndNoUser() {
		LOGGERS.forEach((logger) -> this.loggingSystem.setLogLevel(logger, null));
		this.identityService.deleteUser(this.userId);
	}

	@Test
	void neverLogsAPasswordOfARightOrWrongLogin(CapturedOutput output) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		assertThat(basic(client, this.password)).isEqualTo(200);
		assertThat(webappLogin(client, this.password)).isEqualTo(200);
		assertThat(basic(client, this.wrongPassword)).isEqualTo(401);
		assertThat(webappLogin(client, this.wrongPassword)).isEqualTo(401);

		// the logins were logged, at DEBUG, by who did them ...
		assertThat(output.getAll()).contains(this.userId);
		// ... but never with what they typed, plain or as the Basic header carries it
		for (String secret : List.of(this.password, this.wrongPassword)) {
			assertThat(output.getAll()).doesNotContain(secret)
				.doesNotContain(Base64.getEncoder()
					.encodeToString((this.userId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
		}
	}

	private int basic(HttpClient client, String password) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((this.userId + ":" + password).getBytes(StandardCharsets.UTF_8));
		return client
			.send(request("/api/session").header("Authorization", "Basic " + credentials).GET().build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	/**
	 * As the webapps log in: the XSRF cookie of a webapp page, then the login form (to
	 * the welcome page, which every user may open).
	 */
	private int webappLogin(HttpClient client, String password) throws Exception {
		client.send(request("/camunda/app/tasklist/").GET().build(), HttpResponse.BodyHandlers.discarding());
		String token = ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((first, second) -> second)
			.orElseThrow();
		return client
			.send(request("/camunda/api/admin/auth/user/default/login/welcome").header("X-XSRF-TOKEN", token)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + this.userId + "&password=" + password))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
