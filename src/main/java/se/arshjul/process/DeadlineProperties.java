package se.arshjul.process;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines per step until the yearly calendar takes over: how long a step may take from when it
 * starts ({@code due}, per task id), how long before the due date a reminder goes out, and how
 * long after it the step escalates.
 */
@ConfigurationProperties("arshjul.deadlines")
record DeadlineProperties(Map<String, Period> due, Period reminderLead, Period escalationDelay) {

	DeadlineProperties {
		due = due == null ? Map.of() : Map.copyOf(due);
		reminderLead = reminderLead == null ? Period.ofDays(2) : reminderLead;
		escalationDelay = escalationDelay == null ? Period.ofDays(1) : escalationDelay;
	}

}
