package se.arshjul.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.errorcode.BuiltinExceptionCode;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Two people complete the same task at once (in two Tasklist windows, on two nodes): one
 * wins, and the other's completion fails in whatever way the engine met the winner's
 * change (optimistic locking; a task already gone; under PostgreSQL's read-committed
 * isolation even an internal NullPointerException, having read the task before the winner
 * committed and its execution after). When a completion fails and its task no longer
 * exists, this plugin answers, after the rollback, with one clear refusal: Camunda's
 * optimistic locking error (code 1) saying in Swedish that the task is already done,
 * which the engine REST API and Tasklist show as the reason. Other failures are left as
 * they are.
 */
@Component
class TaskAlreadyCompletedPlugin extends AbstractProcessEnginePlugin {

	static final String ALREADY_COMPLETED = "Uppgiften är redan slutförd: någon annan slutförde den samtidigt."
			+ " Ingenting av det du skickade har sparats. Läs in uppgiftslistan på nytt.";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
		}
		interceptors.add(new AlreadyCompleted());
		configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
	}

	static class AlreadyCompleted extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			String taskId = taskIdOf(command);
			try {
				return this.next.execute(command);
			}
			catch (FormFieldValidationException | AuthorizationException refused) {
				throw refused;
			}
			catch (RuntimeException ex) {
				if (taskId == null || !isGone(taskId)) {
					throw ex;
				}
				OptimisticLockingException alreadyCompleted = new OptimisticLockingException(ALREADY_COMPLETED, ex);
				alreadyCompleted.setCode(BuiltinExceptionCode.OPTIMISTIC_LOCKING.getCode());
				throw alreadyCompleted;
			}
		}

		/**
		 * In a command of its own, after the failed one has rolled back. When that cannot
		 * be told (the database is out of reach), the original failure stands.
		 */
		private boolean isGone(String taskId) {
			try {
				return this.next.execute((context) -> context.getTaskManager().findTaskById(taskId) == null);
			}
			catch (RuntimeException cannotTell) {
				return false;
			}
		}

		private static String taskIdOf(Command<?> command) {
			if (!(command instanceof CompleteTaskCmd) && !(command instanceof SubmitTaskFormCmd)) {
				return null;
			}
			Field field = ReflectionUtils.findField(command.getClass(), "taskId");
			if (field == null) {
				return null;
			}
			ReflectionUtils.makeAccessible(field);
			return (String) ReflectionUtils.getField(field, command);
		}

	}

}
