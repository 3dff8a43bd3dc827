package se.arshjul.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/**
 * Lets one node at a time start against a shared PostgreSQL. From the moment the data
 * source exists until the application is ready, a node holds a PostgreSQL advisory lock:
 * Flyway, Camunda's schema creation, its admin user, the deployment of processes/ and
 * forms/, the identity sync and the demo data then never run on two nodes at once (each
 * of them checks what exists and creates the rest, which two nodes doing it together
 * would both create). A second node waits for the first one to be ready; the lock goes
 * with the session, so a node that dies while starting releases it. On H2 (one process
 * only) it does nothing.
 */
class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

	/** The advisory lock's key: "Arshjul" in ASCII. */
	static final long KEY = 0x417273686A756CL;

	private static final Logger logger = LoggerFactory.getLogger(StartupLock.class);

	private Connection held;

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && this.held == null) {
			acquire(dataSource);
		}
		return bean;
	}

	private synchronized void acquire(DataSource dataSource) {
		try {
			Connection connection = dataSource.getConnection();
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				connection.close();
				return;
			}
			if (!lock(connection, "select pg_try_advisory_lock(?)")) {
				logger.info("En annan nod startar mot samma databas; väntar tills den är klar");
				lock(connection, "select pg_advisory_lock(?)");
			}
			this.held = connection;
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Kan inte ta startlåset i databasen", ex);
		}
	}

	private static boolean lock(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, KEY);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				Object locked = result.getObject(1);
				return !(locked instanceof Boolean b) || b;
			}
		}
	}

	/** Ready: the application runners (deployment, identity sync, demo data) are done. */
	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		release();
	}

	/** Also when the start fails: the context closes. */
	@Override
	public void destroy() {
		release();
	}

	private synchronized void release() {
		if (this.held == null) {
			return;
		}
		try (Connection connection = this.held) {
			lock(connection, "select pg_advisory_unlock(?)");
		}
		catch (SQLException ex) {
			logger.warn("Startlåset kunde inte lämnas tillbaka; det släpps när anslutningen stängs", ex);
		}
		finally {
			this.held = null;
		}
	}

}
