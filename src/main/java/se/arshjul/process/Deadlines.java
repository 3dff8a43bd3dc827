package se.arshjul.process;

import java.time.Clock;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * Due, reminder and escalation dates of a step, called from the BPMN as
 * {@code ${deadlines.due('Task_Draft')}}. A due date is the end of a working day (17:00,
 * Europe/Stockholm).
 */
@Component("deadlines")
public class Deadlines {

	static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

	private final DeadlineProperties properties;

	private final Clock clock;

	Deadlines(DeadlineProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	public Date due(String taskId) {
		return Date.from(dueDate(taskId).toInstant());
	}

	public Date reminder(String taskId) {
		return Date.from(dueDate(taskId).minus(this.properties.reminderLead()).toInstant());
	}

	public Date escalation(String taskId) {
		return Date.from(dueDate(taskId).plus(this.properties.escalationDelay()).toInstant());
	}

	private ZonedDateTime dueDate(String taskId) {
		Period period = this.properties.due().get(taskId);
		if (period == null) {
			throw new IllegalStateException("No deadline configured for " + taskId + " (arshjul.deadlines.due)");
		}
		return ZonedDateTime.now(this.clock).plus(period).with(END_OF_WORKING_DAY);
	}

}
