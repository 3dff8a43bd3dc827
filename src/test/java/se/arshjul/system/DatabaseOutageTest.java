package se.arshjul.system;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import se.arshjul.support.Api;
import se.arshjul.support.EmbeddedPostgres;
import se.arshjul.support.TcpProxy;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away for a while (the connection to it is cut by a proxy): the app says
 * DOWN on {@code /actuator/health}, refuses writes with 503 and a problem detail in
 * Swedish, loses and duplicates nothing, and is back by itself when the database is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.hikari.connection-timeout=2000",
				"spring.datasource.hikari.validation-timeout=1000",
				// an engine of its own name: Camunda's webapps find engines by name in a
				// JVM-wide registry, and must keep finding the other tests' "default"
				"camunda.bpm.process-engine-name=ausfall", "camunda.bpm.webapp.enabled=false" })
@ActiveProfiles({ "demo", "test" })
@ContextConfiguration(initializers = { EmbeddedPostgres.Initializer.class, DatabaseOutageTest.Behind.class })
class DatabaseOutageTest {

	static TcpProxy proxy;

	@Autowired
	TestRestTemplate rest;

	@AfterAll
	static void closeProxy() {
		proxy.close();
	}

	@Test
	void refusesWritesWith503WhileTheDatabaseIsAwayAndRecoversByItself() {
		Api handlaggare = Api.as(this.rest, "handlaggare");
		int year = TestYears.past();
		ResponseEntity<Map<String, Object>> created = handlaggare.post("/api/documents",
				Map.of("unitId", "assistansenheten", "year", year, "type", "VP"));
		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");
		handlaggare.writePlan(created.getBody());
		Map<String, Object> before = handlaggare.get("/api/documents/" + id).getBody();
		assertThat(health().getStatusCode()).isEqualTo(HttpStatus.OK);

		proxy.cut();
		try {
			ResponseEntity<Map<String, Object>> down = health();
			assertThat(down.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(down.getBody()).containsEntry("status", "DOWN");
			ResponseEntity<Map<String, Object>> refused = Api.as(this.rest, "handlaggare2")
				.post("/api/documents", Map.of("unitId", "bestallarenheten-aldre", "year", year, "type", "VP"));
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(refused.getHeaders().getFirst("Retry-After")).isNotBlank();
			assertThat((String) refused.getBody().get("detail")).contains("Databasen");
		}
		finally {
			proxy.restore();
		}

		assertThat(health().getStatusCode()).as("back by itself").isEqualTo(HttpStatus.OK);
		assertThat(handlaggare.get("/api/documents/" + id).getBody()).as("nothing lost or changed")
			.containsEntry("version", before.get("version"))
			.containsEntry("content", before.get("content"));
		ResponseEntity<Map<String, Object>> after = Api.as(this.rest, "handlaggare2")
			.post("/api/documents", Map.of("unitId", "bestallarenheten-aldre", "year", year, "type", "VP"));
		assertThat(after.getStatusCode()).as("the refused document was never half made: it can be made now")
			.isEqualTo(HttpStatus.CREATED);
	}

	private ResponseEntity<Map<String, Object>> health() {
		return this.rest.exchange(URI.create(this.rest.getRootUri() + "/actuator/health"),
				org.springframework.http.HttpMethod.GET, null,
				new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
				});
	}

	/** Puts the proxy between the application and the embedded PostgreSQL. */
	static class Behind implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String url = EmbeddedPostgres.jdbcUrl();
			int port = Integer.parseInt(url.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1"));
			proxy = new TcpProxy(port);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("outage-proxy",
						Map.of("spring.datasource.url", url.replaceFirst(":" + port + "/", ":" + proxy.port() + "/"))));
		}

	}

}
