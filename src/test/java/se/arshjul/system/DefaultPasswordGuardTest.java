package se.arshjul.system;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import se.arshjul.ArshjulApplication;
import se.arshjul.support.EmbeddedPostgres;
import se.arshjul.support.PostgresSpringTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside the demo profile the application refuses to start while a user has the demo
 * password or their user name as password, and starts when none has. Each start is a
 * second application in this JVM, with an engine of its own name, on a PostgreSQL
 * database of its own (beside the shared one, which the test's usual context holds open).
 */
@PostgresSpringTest
@ExtendWith(OutputCaptureExtension.class)
class DefaultPasswordGuardTest {

	@Test
	void startsOnACleanDatabaseAndRefusesOnceAUserHasADefaultPassword(CapturedOutput output) {
		String database = EmbeddedPostgres.newDatabase("utan_demo");
		try (ConfigurableApplicationContext clean = start(database)) {
			assertThat(clean.isActive()).isTrue();
			IdentityService identity = clean.getBean(IdentityService.class);
			user(identity, "kalle", "Kalles-eget-lösenord-2027");
			user(identity, "anna", "demo");
			user(identity, "stina", "stina");
		}

		assertThatThrownBy(() -> start(database).close()).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("men det har dessa användare: anna, stina.")
			.hasMessageContaining("but these users do: anna, stina.");
		assertThat(output.getAll())
			.containsPattern("ERROR .* Årshjul startar inte: utanför demoprofilen får ingen "
					+ "användare ha demolösenordet \\(\"demo\"\\) eller sitt användarnamn som lösenord")
			.contains("Årshjul will not start: outside the demo profile no user may have the demo password");
	}

	private static void user(IdentityService identity, String id, String password) {
		User user = identity.newUser(id);
		user.setFirstName(id);
		user.setLastName("Prov");
		user.setPassword(password);
		identity.saveUser(user);
	}

	/**
	 * Starts the application as an operator would, with the postgres profile and no demo,
	 * beside the test's own (its own engine name, no webapps, no job executor, logging
	 * left as the test has set it up).
	 */
	private static ConfigurableApplicationContext start(String jdbcUrl) {
		String loggingSystem = LoggingSystem.SYSTEM_PROPERTY;
		System.setProperty(loggingSystem, LoggingSystem.NONE);
		try {
			// as command line arguments, which come before the profile's settings
			return new SpringApplicationBuilder(ArshjulApplication.class).profiles("postgres", "test")
				.registerShutdownHook(false)
				.run("--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
						"--spring.datasource.password=", "--server.port=0",
						"--camunda.bpm.process-engine-name=startkontroll", "--camunda.bpm.webapp.enabled=false",
						"--spring.main.banner-mode=off");
		}
		finally {
			System.clearProperty(loggingSystem);
		}
	}

}
