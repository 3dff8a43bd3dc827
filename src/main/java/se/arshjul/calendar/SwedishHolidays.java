package se.arshjul.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The named Swedish public holidays, allmänna helgdagar per lagen (1989:253) (which also
 * makes every Sunday one), plus midsommarafton, julafton and nyårsafton, which are not
 * legal holidays but are non-working days for a municipal office in practice. Today's
 * rules are applied to every year (no history: e.g. annandag pingst, a holiday until
 * 2004, is not included), and Easter is computed with the Gregorian computus. Each year
 * is computed once and cached.
 */
@Component
class SwedishHolidays {

	private final Map<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();

	boolean isHoliday(LocalDate date) {
		return nameOf(date).isPresent();
	}

	Optional<String> nameOf(LocalDate date) {
		return Optional.ofNullable(namesOf(date.getYear()).get(date));
	}

	/** The holidays of a year in date order, one per date. */
	List<Holiday> holidaysOf(int year) {
		return namesOf(year).entrySet().stream().map((entry) -> new Holiday(entry.getKey(), entry.getValue())).toList();
	}

	private Map<LocalDate, String> namesOf(int year) {
		return this.byYear.computeIfAbsent(year, SwedishHolidays::compute);
	}

	private static Map<LocalDate, String> compute(int year) {
		LocalDate easter = easterSunday(year);
		LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
		// In the order of lagen (1989:253), so that names of coinciding holidays join in
		// that order.
		List<Holiday> holidays = new ArrayList<>(
				List.of(new Holiday(LocalDate.of(year, Month.JANUARY, 1), "nyårsdagen"),
						new Holiday(LocalDate.of(year, Month.JANUARY, 6), "trettondedag jul"),
						new Holiday(easter.minusDays(2), "långfredagen"), new Holiday(easter, "påskdagen"),
						new Holiday(easter.plusDays(1), "annandag påsk"),
						new Holiday(LocalDate.of(year, Month.MAY, 1), "första maj"),
						new Holiday(easter.plusDays(39), "Kristi himmelsfärdsdag"),
						new Holiday(easter.plusDays(49), "pingstdagen"),
						new Holiday(LocalDate.of(year, Month.JUNE, 6), "Sveriges nationaldag"),
						new Holiday(midsummerEve, "midsommarafton"),
						new Holiday(midsummerEve.plusDays(1), "midsommardagen"),
						new Holiday(LocalDate.of(year, Month.OCTOBER, 31)
							.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)), "alla helgons dag"),
						new Holiday(LocalDate.of(year, Month.DECEMBER, 24), "julafton"),
						new Holiday(LocalDate.of(year, Month.DECEMBER, 25), "juldagen"),
						new Holiday(LocalDate.of(year, Month.DECEMBER, 26), "annandag jul"),
						new Holiday(LocalDate.of(year, Month.DECEMBER, 31), "nyårsafton")));
		holidays.sort((a, b) -> a.date().compareTo(b.date())); // stable: keeps the law's
																// order on equal dates
		Map<LocalDate, String> names = new LinkedHashMap<>();
		for (Holiday holiday : holidays) {
			names.merge(holiday.date(), holiday.name(), (first, second) -> first + " och " + second);
		}
		return Collections.unmodifiableMap(names);
	}

	/**
	 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), with
	 * floor division throughout so that it also holds for the proleptic years before year
	 * 1.
	 */
	static LocalDate easterSunday(int year) {
		int a = Math.floorMod(year, 19);
		int b = Math.floorDiv(year, 100);
		int c = Math.floorMod(year, 100);
		int d = Math.floorDiv(b, 4);
		int e = Math.floorMod(b, 4);
		int f = Math.floorDiv(b + 8, 25);
		int g = Math.floorDiv(b - f + 1, 3);
		int h = Math.floorMod(19 * a + b - d - g + 15, 30);
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}

}
