package se.arshjul.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arshjul.system.FieldProblem;

/**
 * The rules a task's submitted values must meet before the task may complete, whatever
 * the route (Tasklist, engine REST, the API). Every problem is reported, each naming its
 * field.
 */
final class TaskInputRules {

	static final int MAX_TITLE = 300;

	static final int MAX_TEXT = 100_000;

	private static final Pattern PARAGRAPH = Pattern.compile("^\\s*§?\\s*(\\d{1,4}\\s?[a-z]?)\\s*$");

	private TaskInputRules() {
	}

	static List<FieldProblem> check(String taskKey, Function<String, Object> variables) {
		List<FieldProblem> problems = new ArrayList<>();
		switch (taskKey) {
			case Lifecycle.TASK_DRAFT -> checkDraft(variables, problems);
			case Lifecycle.TASK_APT_DISCUSSION -> {
				date(variables, Lifecycle.APT_DATE, "Datum för arbetsplatsträffen", problems);
				text(variables, Lifecycle.APT_NOTES, "Anteckningar", MAX_TEXT, problems);
			}
			case Lifecycle.TASK_SIGN_OFF -> decision(variables, Lifecycle.SIGN_OFF_DECISION,
					List.of(Lifecycle.APPROVE, Lifecycle.RETURN), Lifecycle.RETURN, problems);
			case Lifecycle.TASK_REVIEW -> decision(variables, Lifecycle.REVIEW_DECISION,
					List.of(Lifecycle.APPROVE, Lifecycle.RETURN), Lifecycle.RETURN, problems);
			case Lifecycle.TASK_BOARD_DECISION -> {
				decision(variables, Lifecycle.BOARD_DECISION, List.of(Lifecycle.ADOPTED, Lifecycle.REFERRED_BACK),
						Lifecycle.REFERRED_BACK, problems);
				date(variables, Lifecycle.MEETING_DATE, "Sammanträdesdatum", problems);
				if (paragraph(variables.apply(Lifecycle.PARAGRAPH)) == null) {
					problems.add(new FieldProblem(Lifecycle.PARAGRAPH,
							"Paragraf saknas eller har fel form; skriv till exempel § 12"));
				}
			}
			default -> {
			}
		}
		return problems;
	}

	private static void checkDraft(Function<String, Object> variables, List<FieldProblem> problems) {
		Object title = variables.apply(Lifecycle.TITLE);
		if (!(title instanceof String t) || t.isBlank()) {
			problems.add(new FieldProblem(Lifecycle.TITLE, "Titel saknas"));
		}
		else if (t.length() > MAX_TITLE) {
			problems.add(new FieldProblem(Lifecycle.TITLE, "Titeln får vara högst " + MAX_TITLE + " tecken"));
		}
		for (String field : List.of(Lifecycle.VISION, Lifecycle.DESCRIPTION, Lifecycle.QUALITY_WORK,
				Lifecycle.OTHER_MATTERS)) {
			text(variables, field, "Texten", MAX_TEXT, problems);
		}
		// what the plan as a whole must hold is checked by the plan's validator, see
		// DraftTaskListener
	}

	private static void decision(Function<String, Object> variables, String field, List<String> allowed,
			String sendsBack, List<FieldProblem> problems) {
		Object value = variables.apply(field);
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(new FieldProblem(field, "Beslut saknas"));
			return;
		}
		if (!allowed.contains(value.toString())) {
			problems.add(new FieldProblem(field,
					"'" + value + "' är inget giltigt beslut; välj " + String.join(" eller ", allowed)));
			return;
		}
		Object comment = variables.apply(Lifecycle.COMMENT);
		if (sendsBack.equals(value) && (!(comment instanceof String c) || c.isBlank())) {
			problems.add(new FieldProblem(Lifecycle.COMMENT,
					"Kommentar krävs när dokumentet skickas tillbaka, så att handläggaren vet vad som ska ändras"));
		}
		text(variables, Lifecycle.COMMENT, "Kommentaren", MAX_TEXT, problems);
	}

	private static void text(Function<String, Object> variables, String field, String label, int max,
			List<FieldProblem> problems) {
		Object value = variables.apply(field);
		if (value != null && !(value instanceof String)) {
			problems.add(new FieldProblem(field, label + " måste vara text"));
		}
		else if (value != null && ((String) value).length() > max) {
			problems.add(new FieldProblem(field, label + " får vara högst " + max + " tecken"));
		}
	}

	private static void date(Function<String, Object> variables, String field, String label,
			List<FieldProblem> problems) {
		Object value = variables.apply(field);
		if (value == null || (value instanceof String s && s.isBlank())) {
			problems.add(new FieldProblem(field, label + " saknas"));
		}
		else if (parseDate(value) == null) {
			problems.add(new FieldProblem(field,
					label + " '" + value + "' är inget giltigt datum; skriv det som ÅÅÅÅ-MM-DD"));
		}
	}

	/** A real calendar date written yyyy-MM-dd, or null. */
	static LocalDate parseDate(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.strip());
			return (date.getYear() < 1900 || date.getYear() > 2200) ? null : date;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** "§ 12" from "§ 12", "§12" or "12"; null when it is not a paragraph. */
	static String paragraph(Object value) {
		if (!(value instanceof String text)) {
			return null;
		}
		Matcher matcher = PARAGRAPH.matcher(text);
		return matcher.matches() ? "§ " + matcher.group(1) : null;
	}

}
