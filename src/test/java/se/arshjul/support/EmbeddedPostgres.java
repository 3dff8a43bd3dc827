package se.arshjul.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One real PostgreSQL (zonky embedded, no Docker) for the whole test JVM, shared by every
 * Spring test context. It stops when the last context using it has closed, so that no
 * context loses its database while it is still shutting down.
 */
public final class EmbeddedPostgres {

	private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;

	private static int leases;

	private EmbeddedPostgres() {
	}

	public static synchronized String jdbcUrl() {
		if (postgres == null) {
			try {
				postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
					.setRegisterShutdownHook(false)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start embedded PostgreSQL", ex);
			}
		}
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	/**
	 * A new, empty database beside the shared one, for an application of its own (e.g. a
	 * start on a clean database); its JDBC URL.
	 */
	public static synchronized String newDatabase(String name) {
		jdbcUrl();
		try (java.sql.Connection connection = postgres.getPostgresDatabase().getConnection();
				java.sql.Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name);
			statement.execute("create database " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException("Cannot create database " + name, ex);
		}
		return postgres.getJdbcUrl("postgres", name);
	}

	private static synchronized void acquire() {
		leases++;
	}

	private static synchronized void release() throws IOException {
		if (--leases == 0 && postgres != null) {
			postgres.close();
			postgres = null;
		}
	}

	/**
	 * Points the application's data source at the embedded PostgreSQL and holds it while
	 * the context lives.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("embedded-postgres", Map.of("spring.datasource.url", jdbcUrl(),
						"spring.datasource.username", "postgres", "spring.datasource.password", "")));
			((GenericApplicationContext) context).registerBean("embeddedPostgresLease", Lease.class);
		}

	}

	/** Created first and so destroyed last of the context's beans. */
	static class Lease implements DisposableBean {

		Lease() {
			acquire();
		}

		@Override
		public void destroy() throws IOException {
			release();
		}

	}

}
