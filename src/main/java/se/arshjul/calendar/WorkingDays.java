package se.arshjul.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Working days of a Swedish municipal office: Monday to Friday except the
 * {@link SwedishHolidays}. A due date that falls on a day off moves back to the previous
 * working day, and ends at 17:00 Europe/Stockholm.
 * <p>
 * Offsets count from the date a nominal date falls due on,
 * {@link #onOrBefore(LocalDate)}: one working day after Saturday is the Monday, one
 * working day before Saturday is the Thursday (the day before the Friday it falls due
 * on), and an offset of zero is the due date itself. So every result is a working day,
 * and {@code plusWorkingDays(minusWorkingDays(d, n), n)} and
 * {@code minusWorkingDays(plusWorkingDays(d, n), n)} both equal {@code onOrBefore(d)}.
 */
@Component
public class WorkingDays {

	public static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);

	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private static final WorkingDays SWEDISH = new WorkingDays(new SwedishHolidays());

	private final SwedishHolidays holidays;

	WorkingDays(SwedishHolidays holidays) {
		this.holidays = holidays;
	}

	/**
	 * The calendar for use outside Spring; shared, as it is immutable and thread safe.
	 */
	public static WorkingDays swedish() {
		return SWEDISH;
	}

	/** Monday to Friday and not a holiday. */
	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !this.holidays.isHoliday(date);
	}

	/** The date itself if it is a working day, else the working day before it. */
	public LocalDate onOrBefore(LocalDate date) {
		LocalDate day = date;
		while (!isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return day;
	}

	/**
	 * The {@code n}th working day after {@link #onOrBefore(LocalDate) onOrBefore(date)};
	 * for {@code n = 0} that date itself.
	 * @throws IllegalArgumentException if {@code n} is negative
	 */
	public LocalDate plusWorkingDays(LocalDate date, int n) {
		return step(date, n, 1);
	}

	/**
	 * The {@code n}th working day before {@link #onOrBefore(LocalDate) onOrBefore(date)};
	 * for {@code n = 0} that date itself.
	 * @throws IllegalArgumentException if {@code n} is negative
	 */
	public LocalDate minusWorkingDays(LocalDate date, int n) {
		return step(date, n, -1);
	}

	/** 17:00 Europe/Stockholm on the date, whether or not it is a working day. */
	public ZonedDateTime endOfWorkingDay(LocalDate date) {
		return ZonedDateTime.of(date, END_OF_WORKING_DAY, ZONE);
	}

	/**
	 * The end of the working day a nominal due date falls due on: 17:00 on
	 * {@code onOrBefore(nominal)}.
	 */
	public ZonedDateTime dueAt(LocalDate nominal) {
		return endOfWorkingDay(onOrBefore(nominal));
	}

	/**
	 * The holidays of a year in date order, one per date (coinciding holidays share one
	 * name).
	 */
	public List<Holiday> holidaysOf(int year) {
		return this.holidays.holidaysOf(year);
	}

	private LocalDate step(LocalDate date, int n, int direction) {
		if (n < 0) {
			throw new IllegalArgumentException("Number of working days must not be negative: " + n);
		}
		LocalDate day = onOrBefore(date);
		for (int left = n; left > 0; left--) {
			do {
				day = day.plusDays(direction);
			}
			while (!isWorkingDay(day));
		}
		return day;
	}

}
