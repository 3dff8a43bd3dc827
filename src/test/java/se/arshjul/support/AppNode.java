package se.arshjul.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.SerializationFeature;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import static org.awaitility.Awaitility.await;

/**
 * One Årshjul node: the packaged application ({@code target/arshjul-*.jar}, as the Docker
 * image runs it) in a JVM of its own, on its own port, configured through the environment
 * as docker-compose.yml configures it. Its log goes to
 * {@code target/cluster-it/<name>.log}.
 */
public final class AppNode {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/** The nodes started in this JVM, by name. */
	private static final Set<String> STARTED = ConcurrentHashMap.newKeySet();

	private final String name;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private final int port;

	private final Path log;

	private Process process;

	/**
	 * @param name the node's name, also Camunda's host name in the job log
	 * @param environment the environment as docker compose would set it
	 * @param arguments further Spring Boot arguments ({@code --key=value})
	 */
	public AppNode(String name, Map<String, String> environment, List<String> arguments) {
		this.name = name;
		this.environment = environment;
		this.arguments = arguments;
		this.port = freePort();
		this.log = Path.of("target", "cluster-it", name + ".log");
	}

	public String name() {
		return this.name;
	}

	public String url() {
		return "http://localhost:" + this.port;
	}

	/** Starts the JVM; see {@link #awaitReady()}. */
	public AppNode start() {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-jar");
		command.add(jar().toString());
		command.add("--server.port=" + this.port);
		command.add("--camunda.bpm.generic-properties.properties.hostname=" + this.name);
		command.addAll(this.arguments);
		try {
			Files.createDirectories(this.log.getParent());
			// a node started again writes on, after the log of the one that stopped or
			// died
			if (STARTED.add(this.name)) {
				Files.writeString(this.log, "");
			}
			else {
				Files.writeString(this.log, "\n--- " + this.name + " started again ---\n\n", StandardOpenOption.APPEND);
			}
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			builder.environment().putAll(this.environment);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start node " + this.name, ex);
		}
		return this;
	}

	/**
	 * Waits until the node is ready: its start (deployment, identity sync, demo data)
	 * done, as {@code /actuator/health/readiness} says.
	 */
	public AppNode awaitReady() {
		TestRestTemplate rest = rest();
		await("node " + this.name + " ready").atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Node " + this.name + " exited with " + this.process.exitValue()
						+ "; its log ends:\n" + logTail());
			}
			try {
				ResponseEntity<String> health = rest.getForEntity("/actuator/health/readiness", String.class);
				return health.getStatusCode().is2xxSuccessful() && health.getBody().contains("\"UP\"");
			}
			catch (RuntimeException notListeningYet) {
				return false;
			}
		});
		return this;
	}

	/**
	 * Ends the node at once (SIGKILL): no shutdown hooks, no graceful end of its work.
	 */
	void kill() {
		if (this.process != null) {
			try {
				this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Stops the node as {@code docker stop} does: SIGTERM, a graceful shutdown. */
	public void stop() {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
		this.process = null;
	}

	public boolean isRunning() {
		return this.process != null && this.process.isAlive();
	}

	/** A REST client for this node (it answers 4xx and 5xx as responses). */
	public TestRestTemplate rest() {
		// dates as the application writes them (ISO), not as numbers
		MappingJackson2HttpMessageConverter json = new MappingJackson2HttpMessageConverter(
				Jackson2ObjectMapperBuilder.json()
					.featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
					.build());
		return new TestRestTemplate(new RestTemplateBuilder().rootUri(url())
			.messageConverters(new ByteArrayHttpMessageConverter(),
					new StringHttpMessageConverter(StandardCharsets.UTF_8), json));
	}

	/** This node's API as a demo user (password "demo"). */
	public Api as(String user) {
		return Api.as(rest(), user);
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public String toString() {
		return this.name + " (" + url() + ")";
	}

	/**
	 * The packaged application; the Failsafe execution passes its path
	 * ({@code arshjul.jar}), built in the package phase before the integration tests.
	 */
	static Path jar() {
		String jar = System.getProperty("arshjul.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("The cluster tests run the packaged application: run them with "
					+ "`./mvnw verify` (system property arshjul.jar is " + jar + ")");
		}
		return Path.of(jar);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
