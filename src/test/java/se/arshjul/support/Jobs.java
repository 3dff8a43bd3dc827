package se.arshjul.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs a process's asynchronous continuations the way the job executor would, but in the
 * test's own thread: the job executor is off in tests, so nothing happens by itself.
 */
public final class Jobs {

	private Jobs() {
	}

	/**
	 * Executes the due asynchronous jobs (not the timers) of the process instance until
	 * none is left.
	 * @return how many were executed
	 */
	public static int runAll(ManagementService managementService, String processInstanceId) {
		int executed = 0;
		for (List<Job> jobs = due(managementService, processInstanceId); !jobs.isEmpty(); jobs = due(managementService,
				processInstanceId)) {
			for (Job job : jobs) {
				managementService.executeJob(job.getId());
				executed++;
			}
		}
		return executed;
	}

	/** The process instance's due asynchronous jobs (not its timers). */
	public static List<Job> due(ManagementService managementService, String processInstanceId) {
		return managementService.createJobQuery().processInstanceId(processInstanceId).messages().list();
	}

}
