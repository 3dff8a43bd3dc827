package se.arshjul.process;

import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fallback for steps the yearly calendar ({@code processes/deadlines.dmn}, see
 * {@link Deadlines}) has no rule for: how long a step may take from when it starts
 * ({@code due}, per task id, in calendar days), how many working days before the due date
 * a reminder goes out, and how many working days after it the step escalates. The last
 * two also fill an empty reminder or escalation cell of a rule in the calendar.
 */
@ConfigurationProperties("arshjul.deadlines")
record DeadlineProperties(Map<String, Period> due, int reminderWorkingDays, int escalationWorkingDays) {

	DeadlineProperties {
		due = due == null ? Map.of() : Map.copyOf(due);
	}

}
