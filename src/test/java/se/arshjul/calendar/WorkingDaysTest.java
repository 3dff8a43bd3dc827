package se.arshjul.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Due dates move back to the previous working day, offsets count working days, days end
 * at 17:00.
 */
class WorkingDaysTest {

	private final WorkingDays workingDays = WorkingDays.swedish();

	@Test
	void worksMondayToFridayExceptOnHolidays() {
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2026-04-02"))).as("Thursday").isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2026-04-03"))).as("långfredagen").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2026-06-19"))).as("midsommarafton").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2026-01-10"))).as("Saturday").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2026-01-11"))).as("Sunday").isFalse();
	}

	@ParameterizedTest(name = "{0} falls due on {1} ({2})")
	@CsvSource({ "2026-04-02, 2026-04-02, a working day stays", "2027-01-31, 2027-01-29, Sunday to Friday",
			"2027-01-30, 2027-01-29, Saturday to Friday", "2026-12-26, 2026-12-23, annandag jul on a Saturday",
			"2026-12-25, 2026-12-23, juldagen", "2026-04-06, 2026-04-02, annandag påsk over the Easter weekend",
			"2026-04-03, 2026-04-02, långfredagen", "2026-06-19, 2026-06-18, midsommarafton",
			"2027-01-06, 2027-01-05, trettondedag jul", "2027-01-03, 2026-12-30, over nyårsdagen and nyårsafton",
			"2026-05-01, 2026-04-30, första maj", "2026-05-14, 2026-05-13, Kristi himmelsfärdsdag",
			"2027-11-07, 2027-11-05, alla helgons dag weekend" })
	void movesADueDateBackToTheWorkingDayOnOrBeforeIt(LocalDate nominal, LocalDate due, String why) {
		assertThat(this.workingDays.onOrBefore(nominal)).isEqualTo(due);
		assertThat(this.workingDays.dueAt(nominal)).isEqualTo(this.workingDays.endOfWorkingDay(due));
	}

	@Test
	void countsWorkingDaysBackOverEaster() {
		assertThat(this.workingDays.minusWorkingDays(LocalDate.parse("2026-04-07"), 1)).isEqualTo("2026-04-02");
		assertThat(this.workingDays.minusWorkingDays(LocalDate.parse("2026-04-07"), 2)).isEqualTo("2026-04-01");
		assertThat(this.workingDays.plusWorkingDays(LocalDate.parse("2026-04-01"), 2)).isEqualTo("2026-04-07");
	}

	@Test
	void countsWorkingDaysForwardOverChristmasAndNewYear() {
		LocalDate lillejulafton = LocalDate.parse("2026-12-23");
		assertThat(this.workingDays.plusWorkingDays(lillejulafton, 1)).isEqualTo("2026-12-28");
		assertThat(this.workingDays.plusWorkingDays(lillejulafton, 3)).isEqualTo("2026-12-30");
		assertThat(this.workingDays.plusWorkingDays(lillejulafton, 4)).isEqualTo("2027-01-04");
		assertThat(this.workingDays.plusWorkingDays(lillejulafton, 5)).isEqualTo("2027-01-05");
		assertThat(this.workingDays.plusWorkingDays(lillejulafton, 6)).as("over trettondedag jul")
			.isEqualTo("2027-01-07");
		assertThat(this.workingDays.minusWorkingDays(LocalDate.parse("2027-01-04"), 4)).isEqualTo(lillejulafton);
	}

	@Test
	void countsZeroWorkingDaysAsTheDueDateItself() {
		assertThat(this.workingDays.plusWorkingDays(LocalDate.parse("2026-04-01"), 0)).isEqualTo("2026-04-01");
		assertThat(this.workingDays.minusWorkingDays(LocalDate.parse("2026-04-01"), 0)).isEqualTo("2026-04-01");
		assertThat(this.workingDays.plusWorkingDays(LocalDate.parse("2027-01-31"), 0)).isEqualTo("2027-01-29");
		assertThat(this.workingDays.minusWorkingDays(LocalDate.parse("2027-01-31"), 0)).isEqualTo("2027-01-29");
	}

	@Test
	void countsOffsetsFromADayOffFromTheWorkingDayItFallsDueOn() {
		LocalDate sunday = LocalDate.parse("2027-01-31"); // falls due on Friday
															// 2027-01-29
		assertThat(this.workingDays.plusWorkingDays(sunday, 1)).isEqualTo("2027-02-01");
		assertThat(this.workingDays.minusWorkingDays(sunday, 1)).isEqualTo("2027-01-28");
		LocalDate annandagPask = LocalDate.parse("2026-04-06"); // falls due on Thursday
																// 2026-04-02
		assertThat(this.workingDays.plusWorkingDays(annandagPask, 1)).isEqualTo("2026-04-07");
		assertThat(this.workingDays.minusWorkingDays(annandagPask, 1)).isEqualTo("2026-04-01");
	}

	@Test
	void refusesANegativeNumberOfWorkingDays() {
		LocalDate date = LocalDate.parse("2026-04-01");
		assertThatIllegalArgumentException().isThrownBy(() -> this.workingDays.plusWorkingDays(date, -1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.workingDays.minusWorkingDays(date, -1));
	}

	@Test
	void endsTheWorkingDayAt17InStockholmInWinterAndSummerTime() {
		ZonedDateTime winter = this.workingDays.endOfWorkingDay(LocalDate.parse("2026-01-15"));
		ZonedDateTime summer = this.workingDays.endOfWorkingDay(LocalDate.parse("2026-07-15"));
		assertThat(winter.toLocalTime()).isEqualTo(WorkingDays.END_OF_WORKING_DAY).hasToString("17:00");
		assertThat(summer.toLocalTime()).isEqualTo(WorkingDays.END_OF_WORKING_DAY);
		assertThat(winter.getZone()).isEqualTo(WorkingDays.ZONE);
		assertThat(winter.getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(summer.getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(winter.toInstant()).hasToString("2026-01-15T16:00:00Z");
		assertThat(summer.toInstant()).hasToString("2026-07-15T15:00:00Z");
	}

	@Test
	void fallsDueInWinterTimeWhenTheClocksChangeOverTheWeekend() {
		// Summer time starts on Sunday 2026-03-29; a due date that Sunday falls due on
		// Friday, still +01:00.
		assertThat(this.workingDays.dueAt(LocalDate.parse("2026-03-29")))
			.isEqualTo(ZonedDateTime.parse("2026-03-27T17:00+01:00[Europe/Stockholm]"));
		assertThat(this.workingDays.dueAt(LocalDate.parse("2026-03-30")).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
	}

	@Test
	void onOrBeforeAlwaysGivesTheLatestWorkingDayNotAfterTheDate() {
		LocalDate.parse("2025-01-01").datesUntil(LocalDate.parse("2035-01-01")).forEach((date) -> {
			LocalDate due = this.workingDays.onOrBefore(date);
			assertThat(this.workingDays.isWorkingDay(due)).as("onOrBefore(%s) = %s", date, due).isTrue();
			assertThat(due).isBeforeOrEqualTo(date).isAfter(date.minusDays(12));
			assertThat(due.datesUntil(date).skip(1).noneMatch(this.workingDays::isWorkingDay))
				.as("no working day between %s and %s", due, date)
				.isTrue();
			assertThat(date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
					&& this.workingDays.holidaysOf(date.getYear()).stream().noneMatch((h) -> h.date().equals(date)))
				.as("%s is a working day", date)
				.isEqualTo(due.equals(date));
		});
	}

	@Test
	void addingBackTheWorkingDaysSubtractedReturnsTheWorkingDay() {
		int[] offsets = { 0, 1, 2, 3, 5, 10, 20 };
		LocalDate.parse("2025-01-01").datesUntil(LocalDate.parse("2035-01-01")).forEach((date) -> {
			for (int n : offsets) {
				LocalDate earlier = this.workingDays.minusWorkingDays(date, n);
				LocalDate later = this.workingDays.plusWorkingDays(date, n);
				assertThat(this.workingDays.plusWorkingDays(earlier, n)).as("%s - %d + %d", date, n, n)
					.isEqualTo(this.workingDays.minusWorkingDays(later, n))
					.isEqualTo(this.workingDays.onOrBefore(date));
				assertThat(workingDaysIn(earlier, this.workingDays.onOrBefore(date))).as("%s - %d", date, n)
					.isEqualTo(n);
			}
		});
	}

	/**
	 * The working days after {@code from} up to and including {@code to}, counted one by
	 * one.
	 */
	private long workingDaysIn(LocalDate from, LocalDate to) {
		return from.plusDays(1).datesUntil(to.plusDays(1)).filter(this.workingDays::isWorkingDay).count();
	}

}
