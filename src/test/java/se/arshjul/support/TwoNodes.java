package se.arshjul.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Årshjul nodes against one real PostgreSQL (zonky embedded, no Docker), with a real
 * SMTP server (GreenMail) for their mails: the cluster of docker-compose.yml scaled to
 * two app containers. Both nodes run the demo profile and their job executors, with a
 * short lock time so that work is taken over within seconds.
 */
public final class TwoNodes implements AutoCloseable {

	/**
	 * How long a node holds the jobs it took, in these tests: seconds, not Camunda's five
	 * minutes, so that a stopped node's jobs are taken over quickly. Not shorter than the
	 * longest job (rendering and checking a PDF takes several seconds on a busy 2-core
	 * machine): a job still running when its lock runs out is taken again, and the two
	 * executions then roll each other back until one finishes within the lock time.
	 */
	public static final int LOCK_TIME_MILLIS = 15_000;

	private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

	private final GreenMail mail;

	private final JdbcTemplate jdbc;

	private final List<AppNode> started = new ArrayList<>();

	private AppNode a;

	private AppNode b;

	private TwoNodes() throws IOException {
		this.postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.start();
		this.jdbc = new JdbcTemplate(this.postgres.getPostgresDatabase());
		this.mail = new GreenMail(new ServerSetup(AppNode.freePort(), "localhost", "smtp"));
		this.mail.start();
		// should the test JVM end without close(): no node outlives it
		Runtime.getRuntime().addShutdownHook(new Thread(() -> this.started.forEach(AppNode::kill)));
	}

	/** Starts PostgreSQL, the mail server and both nodes, at the same time. */
	public static TwoNodes start() {
		TwoNodes cluster;
		try {
			cluster = new TwoNodes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			cluster.a = cluster.node("node-a", true).start();
			cluster.b = cluster.node("node-b", true).start();
			cluster.a.awaitReady();
			cluster.b.awaitReady();
			return cluster;
		}
		catch (RuntimeException ex) {
			try {
				cluster.close();
			}
			catch (IOException | RuntimeException closing) {
				ex.addSuppressed(closing);
			}
			throw ex;
		}
	}

	public AppNode a() {
		return this.a;
	}

	public AppNode b() {
		return this.b;
	}

	/**
	 * Stops node A and starts it again, with or without its job executor (a node without
	 * one serves users only).
	 */
	public AppNode restartA(boolean jobExecutor) {
		this.a.stop();
		this.a = node("node-a", jobExecutor).start().awaitReady();
		return this.a;
	}

	/**
	 * Kills node B at once, as {@code kill -9} or a power cut: no shutdown, and the jobs
	 * it had taken stay locked by it until their lock time runs out.
	 */
	public void killB() {
		this.b.kill();
	}

	/** Starts node B again (a new JVM), with its job executor. */
	public AppNode restartB() {
		this.b.stop();
		this.b = node("node-b", true).start().awaitReady();
		return this.b;
	}

	/** The shared database, for what the test checks. */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	public GreenMail mail() {
		return this.mail;
	}

	private AppNode node(String name, boolean jobExecutor) {
		AppNode node = new AppNode(name, Map.of(
				// as docker-compose.yml sets them
				"SPRING_PROFILES_ACTIVE", "postgres,demo", "ARSHJUL_DB_URL",
				this.postgres.getJdbcUrl("postgres", "postgres"), "ARSHJUL_DB_USER", "postgres", "ARSHJUL_DB_PASSWORD",
				"postgres", "ARSHJUL_SMTP_HOST", "localhost", "ARSHJUL_SMTP_PORT",
				String.valueOf(this.mail.getSmtp().getPort()), "ARSHJUL_JOB_LOCK_TIME_MS",
				String.valueOf(LOCK_TIME_MILLIS)),
				List.of("--camunda.bpm.job-execution.enabled=" + jobExecutor,
						// look for due jobs often, so that the tests wait seconds, not
						// minutes
						"--camunda.bpm.job-execution.wait-time-in-millis=300",
						"--camunda.bpm.job-execution.max-wait=1000",
						// the daily digest would mail at 07:00 on working days
						"--arshjul.mail.digest.cron=-"));
		this.started.add(node);
		return node;
	}

	private void stopNodes() {
		for (AppNode node : this.started) {
			node.stop();
		}
	}

	@Override
	public void close() throws IOException {
		stopNodes();
		this.mail.stop();
		this.postgres.close();
	}

}
