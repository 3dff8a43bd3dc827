package se.arshjul.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Date;

import org.springframework.stereotype.Component;

import se.arshjul.calendar.WorkingDays;

/**
 * Due, reminder and escalation dates of a step, called from the BPMN as
 * {@code ${deadlines.due('Task_Draft')}}. A due date is the end of a working day (17:00,
 * Europe/Stockholm); one that falls on a weekend or Swedish holiday moves to the working day
 * before. Reminders and escalations count working days.
 */
@Component("deadlines")
public class Deadlines {

	private final DeadlineProperties properties;

	private final WorkingDays workingDays;

	private final Clock clock;

	Deadlines(DeadlineProperties properties, WorkingDays workingDays, Clock clock) {
		this.properties = properties;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	public Date due(String taskId) {
		return Date.from(this.workingDays.dueAt(dueDate(taskId)).toInstant());
	}

	public Date reminder(String taskId) {
		LocalDate day = this.workingDays.minusWorkingDays(dueDate(taskId), this.properties.reminderWorkingDays());
		return Date.from(this.workingDays.endOfWorkingDay(day).toInstant());
	}

	public Date escalation(String taskId) {
		LocalDate day = this.workingDays.plusWorkingDays(dueDate(taskId), this.properties.escalationWorkingDays());
		return Date.from(this.workingDays.endOfWorkingDay(day).toInstant());
	}

	private LocalDate dueDate(String taskId) {
		Period period = this.properties.due().get(taskId);
		if (period == null) {
			throw new IllegalStateException("No deadline configured for " + taskId + " (arshjul.deadlines.due)");
		}
		return LocalDate.now(this.clock.withZone(WorkingDays.ZONE)).plus(period);
	}

}
