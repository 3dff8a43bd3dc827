package se.arshjul.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws (ENGINE-03051), which the engine REST
 * API answers with 500. This plugin lets a {@link FormFieldValidationException} thrown by
 * {@link TaskCompletionListener} come out as itself, after the transaction has rolled
 * back, so that a refused completion is a 400 naming every problem, on every route.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration
			.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired()));
	}

	private static List<CommandInterceptor> with(List<CommandInterceptor> existing) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (existing != null) {
			interceptors.addAll(existing);
		}
		interceptors.add(new UnwrapFormValidation());
		return interceptors;
	}

	static class UnwrapFormValidation extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (ProcessEngineException ex) {
				for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
					if (cause instanceof FormFieldValidationException validation) {
						throw validation;
					}
				}
				throw ex;
			}
		}

	}

}
