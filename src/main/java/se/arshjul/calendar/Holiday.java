package se.arshjul.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off in the Swedish calendar and its Swedish name, e.g.
 * {@code 2026-06-19 midsommarafton}. When two holidays fall on the same date the name
 * joins both, e.g. {@code första maj och Kristi himmelsfärdsdag}.
 */
public record Holiday(LocalDate date, String name) {

	public Holiday {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(name, "name");
	}

}
