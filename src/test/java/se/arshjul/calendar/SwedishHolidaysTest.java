package se.arshjul.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Swedish public holidays and the non-working eves, by date and Swedish name. */
class SwedishHolidaysTest {

	private final SwedishHolidays holidays = new SwedishHolidays();

	@ParameterizedTest
	@CsvSource({ "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16",
			"2000, 2000-04-23", "2008, 2008-03-23", "2019, 2019-04-21", "2038, 2038-04-25", "2049, 2049-04-18",
			"2285, 2285-03-22", "1818, 1818-03-22", "1583, 1583-04-10" })
	void computesEasterSundayByTheGregorianComputus(int year, LocalDate easterSunday) {
		assertThat(SwedishHolidays.easterSunday(year)).isEqualTo(easterSunday);
	}

	@Test
	void computesEasterForProlepticYearsBeforeYearOneOnTheSameCycle() {
		// The Gregorian Easter dates repeat every 5,700,000 years.
		for (int year = -2100; year <= 0; year++) {
			assertThat(SwedishHolidays.easterSunday(year).withYear(year + 5_700_000))
				.isEqualTo(SwedishHolidays.easterSunday(year + 5_700_000));
		}
	}

	/**
	 * Every holiday and day-off eve of 2025–2030 as the almanac has them, written out by
	 * hand (Easter from the almanac, midsommar the Friday and Saturday of 19–26 June,
	 * alla helgons dag the Saturday of 31 October–6 November): the list is exactly that,
	 * and none of them is a working day while every other weekday is.
	 */
	@ParameterizedTest
	@ValueSource(strings = {
			"2025: 01-01 nyårsdagen, 01-06 trettondedag jul, 04-18 långfredagen, 04-20 påskdagen, 04-21 annandag påsk, 05-01 första maj, 05-29 Kristi himmelsfärdsdag, 06-06 Sveriges nationaldag, 06-08 pingstdagen, 06-20 midsommarafton, 06-21 midsommardagen, 11-01 alla helgons dag, 12-24 julafton, 12-25 juldagen, 12-26 annandag jul, 12-31 nyårsafton",
			"2026: 01-01 nyårsdagen, 01-06 trettondedag jul, 04-03 långfredagen, 04-05 påskdagen, 04-06 annandag påsk, 05-01 första maj, 05-14 Kristi himmelsfärdsdag, 05-24 pingstdagen, 06-06 Sveriges nationaldag, 06-19 midsommarafton, 06-20 midsommardagen, 10-31 alla helgons dag, 12-24 julafton, 12-25 juldagen, 12-26 annandag jul, 12-31 nyårsafton",
			"2027: 01-01 nyårsdagen, 01-06 trettondedag jul, 03-26 långfredagen, 03-28 påskdagen, 03-29 annandag påsk, 05-01 första maj, 05-06 Kristi himmelsfärdsdag, 05-16 pingstdagen, 06-06 Sveriges nationaldag, 06-25 midsommarafton, 06-26 midsommardagen, 11-06 alla helgons dag, 12-24 julafton, 12-25 juldagen, 12-26 annandag jul, 12-31 nyårsafton",
			"2028: 01-01 nyårsdagen, 01-06 trettondedag jul, 04-14 långfredagen, 04-16 påskdagen, 04-17 annandag påsk, 05-01 första maj, 05-25 Kristi himmelsfärdsdag, 06-04 pingstdagen, 06-06 Sveriges nationaldag, 06-23 midsommarafton, 06-24 midsommardagen, 11-04 alla helgons dag, 12-24 julafton, 12-25 juldagen, 12-26 annandag jul, 12-31 nyårsafton",
			"2029: 01-01 nyårsdagen, 01-06 trettondedag jul, 03-30 långfredagen, 04-01 påskdagen, 04-02 annandag påsk, 05-01 första maj, 05-10 Kristi himmelsfärdsdag, 05-20 pingstdagen, 06-06 Sveriges nationaldag, 06-22 midsommarafton, 06-23 midsommardagen, 11-03 alla helgons dag, 12-24 julafton, 12-25 juldagen, 12-26 annandag jul, 12-31 nyårsafton",
			"2030: 01-01 nyårsdagen, 01-06 trettondedag jul, 04-19 långfredagen, 04-21 påskdagen, 04-22 annandag påsk, 05-01 första maj, 05-30 Kristi himmelsfärdsdag, 06-06 Sveriges nationaldag, 06-09 pingstdagen, 06-21 midsommarafton, 06-22 midsommardagen, 11-02 alla helgons dag, 12-24 julafton, 12-25 juldagen, 12-26 annandag jul, 12-31 nyårsafton" })
	void knowsEveryHolidayFrom2025To2030(String almanac) {
		int year = Integer.parseInt(almanac.substring(0, 4));
		List<String> expected = Arrays.asList(almanac.substring(6).split(", "));
		assertThat(this.holidays.holidaysOf(year))
			.extracting((holiday) -> holiday.date().toString().substring(5) + " " + holiday.name())
			.containsExactlyElementsOf(expected);
		Set<LocalDate> daysOff = expected.stream()
			.map((entry) -> LocalDate.parse(year + "-" + entry.substring(0, 5)))
			.collect(Collectors.toSet());
		WorkingDays workingDays = WorkingDays.swedish();
		LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).forEach((date) -> {
			boolean weekday = date.getDayOfWeek().getValue() <= 5;
			assertThat(workingDays.isWorkingDay(date)).as(date.toString())
				.isEqualTo(weekday && !daysOff.contains(date));
		});
	}

	@Test
	void listsEveryHolidayOf2026InDateOrder() {
		assertThat(this.holidays.holidaysOf(2026)).extracting(Holiday::date, Holiday::name)
			.containsExactly(tuple(LocalDate.parse("2026-01-01"), "nyårsdagen"),
					tuple(LocalDate.parse("2026-01-06"), "trettondedag jul"),
					tuple(LocalDate.parse("2026-04-03"), "långfredagen"),
					tuple(LocalDate.parse("2026-04-05"), "påskdagen"),
					tuple(LocalDate.parse("2026-04-06"), "annandag påsk"),
					tuple(LocalDate.parse("2026-05-01"), "första maj"),
					tuple(LocalDate.parse("2026-05-14"), "Kristi himmelsfärdsdag"),
					tuple(LocalDate.parse("2026-05-24"), "pingstdagen"),
					tuple(LocalDate.parse("2026-06-06"), "Sveriges nationaldag"),
					tuple(LocalDate.parse("2026-06-19"), "midsommarafton"),
					tuple(LocalDate.parse("2026-06-20"), "midsommardagen"),
					tuple(LocalDate.parse("2026-10-31"), "alla helgons dag"),
					tuple(LocalDate.parse("2026-12-24"), "julafton"), tuple(LocalDate.parse("2026-12-25"), "juldagen"),
					tuple(LocalDate.parse("2026-12-26"), "annandag jul"),
					tuple(LocalDate.parse("2026-12-31"), "nyårsafton"));
	}

	@Test
	void listsEveryHolidayOf2027InDateOrder() {
		assertThat(this.holidays.holidaysOf(2027)).extracting(Holiday::date, Holiday::name)
			.containsExactly(tuple(LocalDate.parse("2027-01-01"), "nyårsdagen"),
					tuple(LocalDate.parse("2027-01-06"), "trettondedag jul"),
					tuple(LocalDate.parse("2027-03-26"), "långfredagen"),
					tuple(LocalDate.parse("2027-03-28"), "påskdagen"),
					tuple(LocalDate.parse("2027-03-29"), "annandag påsk"),
					tuple(LocalDate.parse("2027-05-01"), "första maj"),
					tuple(LocalDate.parse("2027-05-06"), "Kristi himmelsfärdsdag"),
					tuple(LocalDate.parse("2027-05-16"), "pingstdagen"),
					tuple(LocalDate.parse("2027-06-06"), "Sveriges nationaldag"),
					tuple(LocalDate.parse("2027-06-25"), "midsommarafton"),
					tuple(LocalDate.parse("2027-06-26"), "midsommardagen"),
					tuple(LocalDate.parse("2027-11-06"), "alla helgons dag"),
					tuple(LocalDate.parse("2027-12-24"), "julafton"), tuple(LocalDate.parse("2027-12-25"), "juldagen"),
					tuple(LocalDate.parse("2027-12-26"), "annandag jul"),
					tuple(LocalDate.parse("2027-12-31"), "nyårsafton"));
	}

	@Test
	void keepsTheMovableHolidaysOnTheirWeekdaysAndWithinTheirWeeks() {
		Map<String, DayOfWeek> weekdays = Map.of("långfredagen", DayOfWeek.FRIDAY, "påskdagen", DayOfWeek.SUNDAY,
				"annandag påsk", DayOfWeek.MONDAY, "Kristi himmelsfärdsdag", DayOfWeek.THURSDAY, "pingstdagen",
				DayOfWeek.SUNDAY, "midsommarafton", DayOfWeek.FRIDAY, "midsommardagen", DayOfWeek.SATURDAY,
				"alla helgons dag", DayOfWeek.SATURDAY);
		for (int year = 1900; year <= 2200; year++) {
			for (Holiday holiday : this.holidays.holidaysOf(year)) {
				if (weekdays.containsKey(holiday.name())) {
					assertThat(holiday.date().getDayOfWeek()).as(holiday.toString())
						.isEqualTo(weekdays.get(holiday.name()));
				}
			}
			assertThat(namesBetween(LocalDate.of(year, 6, 19), LocalDate.of(year, 6, 25))).contains("midsommarafton");
			assertThat(namesBetween(LocalDate.of(year, 6, 20), LocalDate.of(year, 6, 26))).contains("midsommardagen");
			assertThat(namesBetween(LocalDate.of(year, 10, 31), LocalDate.of(year, 11, 6)))
				.contains("alla helgons dag");
			assertThat(SwedishHolidays.easterSunday(year)).isBetween(LocalDate.of(year, 3, 22),
					LocalDate.of(year, 4, 25));
		}
	}

	@Test
	void namesAHolidayAndNothingElse() {
		assertThat(this.holidays.nameOf(LocalDate.parse("2026-06-19"))).contains("midsommarafton");
		assertThat(this.holidays.isHoliday(LocalDate.parse("2026-06-19"))).isTrue();
		assertThat(this.holidays.nameOf(LocalDate.parse("2026-06-18"))).isEmpty();
		assertThat(this.holidays.isHoliday(LocalDate.parse("2026-06-18"))).isFalse();
	}

	@Test
	void leavesOutEvesThatAreNotDaysOffAndTheAbolishedWhitMonday() {
		assertThat(this.holidays.nameOf(LocalDate.parse("2026-04-04"))).as("påskafton").isEmpty();
		assertThat(this.holidays.nameOf(LocalDate.parse("2026-05-25"))).as("annandag pingst").isEmpty();
		assertThat(this.holidays.nameOf(LocalDate.parse("2026-10-30"))).as("allhelgonaafton").isEmpty();
	}

	@Test
	void joinsTheNamesOfHolidaysThatFallOnTheSameDate() {
		assertThat(this.holidays.holidaysOf(2008)).hasSize(15)
			.contains(new Holiday(LocalDate.parse("2008-05-01"), "första maj och Kristi himmelsfärdsdag"));
		assertThat(this.holidays.nameOf(LocalDate.parse("2049-06-06")))
			.contains("pingstdagen och Sveriges nationaldag");
	}

	@Test
	void answersTheSameForEveryDateAsItsYearList() {
		for (int year = 2020; year <= 2040; year++) {
			long holidayDates = LocalDate.of(year, 1, 1)
				.datesUntil(LocalDate.of(year + 1, 1, 1))
				.filter(this.holidays::isHoliday)
				.count();
			assertThat(holidayDates).isEqualTo(this.holidays.holidaysOf(year).size());
		}
	}

	private List<String> namesBetween(LocalDate first, LocalDate last) {
		return first.datesUntil(last.plusDays(1)).flatMap((date) -> this.holidays.nameOf(date).stream()).toList();
	}

}
