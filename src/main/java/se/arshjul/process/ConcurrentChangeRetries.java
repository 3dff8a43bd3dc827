package se.arshjul.process;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.MessageAddedNotification;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * A job that fails because someone changed the same data at the same moment (a person
 * completing the task an escalation is about, a person saving the draft, a job on another
 * node) lost a race, not a try: it is retried at once without using up one of its
 * attempts, and never becomes an incident for that reason. Every other failure counts as
 * before (three attempts, then an incident in Cockpit). A concurrent change is Camunda's
 * optimistic locking, JPA's on the document's version, or a database deadlock or
 * serialization failure; the losing transaction has rolled back whole.
 */
@Component
class ConcurrentChangeRetries extends AbstractProcessEnginePlugin {

	/** PostgreSQL's serialization failure and deadlock. */
	private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01");

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		FailedJobCommandFactory others = (configuration.getFailedJobCommandFactory() != null)
				? configuration.getFailedJobCommandFactory() : new DefaultFailedJobCommandFactory();
		configuration.setFailedJobCommandFactory((jobId, failure) -> isConcurrentChange(failure) ? retryAtOnce(jobId)
				: others.getCommand(jobId, failure));
	}

	static boolean isConcurrentChange(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
					|| cause instanceof OptimisticLockException
					|| (cause instanceof SQLException sql && CONCURRENCY_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

	private static Command<Object> retryAtOnce(String jobId) {
		return (commandContext) -> {
			JobEntity job = commandContext.getJobManager().findJobById(jobId);
			if (job != null) {
				job.unlock();
				commandContext.getTransactionContext()
					.addTransactionListener(TransactionState.COMMITTED, new MessageAddedNotification(
							commandContext.getProcessEngineConfiguration().getJobExecutor()));
			}
			return null;
		};
	}

}
