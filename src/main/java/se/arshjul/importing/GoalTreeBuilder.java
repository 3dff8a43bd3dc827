package se.arshjul.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arshjul.plan.Activity;
import se.arshjul.plan.BoardGoal;
import se.arshjul.plan.CouncilGoal;
import se.arshjul.plan.DirectionGoal;
import se.arshjul.plan.Indicator;
import se.arshjul.plan.UnitGoal;

/**
 * Builds the goal cascade as its headings come: KF:s inriktningsmål → KF:s mål för
 * verksamhetsområdet → nämndmål → enhetsmål (åtagande). A level that turns up without the
 * one above it gets an untitled parent, and a warning, rather than being lost. The
 * numbers are read from the titles ("2. Ett klimatsmart Stockholm", "3.5 Stockholms stads
 * ekonomi …") or, in older plans, from the heading ("KF:S INRIKTNINGSMÅL 1:").
 */
final class GoalTreeBuilder {

	private static final Pattern DIRECTION_NUMBER = Pattern.compile("^(\\d+)\\s*[.:)]?\\s+(\\S.*)$", Pattern.DOTALL);

	private static final Pattern COUNCIL_NUMBER = Pattern.compile("^(\\d+\\.\\d+)\\.?\\s+(\\S.*)$", Pattern.DOTALL);

	final class Direction {

		final String headingNumber;

		final TextField title = new TextField();

		final List<Council> councils = new ArrayList<>();

		Direction(String headingNumber) {
			this.headingNumber = headingNumber;
		}

	}

	final class Council {

		final TextField title = new TextField();

		final List<Indicator> indicators = new ArrayList<>();

		final List<Board> boards = new ArrayList<>();

	}

	final class Board {

		final TextField title = new TextField();

		final TextField expectedResult = new TextField();

		final TextField description = new TextField();

		final List<Activity> activities = new ArrayList<>();

		final List<Unit> units = new ArrayList<>();

	}

	final class Unit {

		final TextField title = new TextField();

		final TextField expectedResult = new TextField();

		final TextField workingMethods = new TextField();

		final TextField resources = new TextField();

		final TextField followUp = new TextField();

		final TextField development = new TextField();

		boolean hasFollowUpOrLater() {
			return !this.resources.isEmpty() || !this.followUp.isEmpty() || !this.development.isEmpty();
		}

	}

	private final List<Direction> directions = new ArrayList<>();

	private final List<String> warnings;

	GoalTreeBuilder(List<String> warnings) {
		this.warnings = warnings;
	}

	Direction openDirection(String headingNumber) {
		Direction direction = new Direction(headingNumber);
		this.directions.add(direction);
		return direction;
	}

	Council openCouncil() {
		if (this.directions.isEmpty()) {
			openDirection(null);
		}
		Council council = new Council();
		last(this.directions).councils.add(council);
		return council;
	}

	Board openBoard() {
		Direction direction = this.directions.isEmpty() ? null : last(this.directions);
		if (direction == null || direction.councils.isEmpty()) {
			openCouncil();
		}
		Board board = new Board();
		last(last(this.directions).councils).boards.add(board);
		return board;
	}

	Unit openUnit() {
		if (currentBoard() == null) {
			openBoard();
		}
		Unit unit = new Unit();
		currentBoard().units.add(unit);
		return unit;
	}

	/** The KF goal that headings and tables now belong to, or null before the first. */
	Council currentCouncil() {
		if (this.directions.isEmpty() || last(this.directions).councils.isEmpty()) {
			return null;
		}
		return last(last(this.directions).councils);
	}

	/** The nämndmål that headings and tables now belong to, or null. */
	Board currentBoard() {
		Council council = currentCouncil();
		return (council == null || council.boards.isEmpty()) ? null : last(council.boards);
	}

	/**
	 * The cascade as the model's records.
	 * @param unplaced receives text that belongs to no field: a heading of its own (or
	 * null) and the text
	 */
	List<DirectionGoal> build(BiConsumer<String, String> unplaced) {
		List<DirectionGoal> goals = new ArrayList<>();
		for (Direction direction : this.directions) {
			List<CouncilGoal> councils = direction.councils.stream()
				.map((council) -> council(council, unplaced))
				.toList();
			String[] numbered = numbered(direction.title.first(), DIRECTION_NUMBER);
			String number = (numbered[0] != null) ? numbered[0] : direction.headingNumber;
			if (number == null && !councils.isEmpty() && councils.get(0).number() != null) {
				number = councils.get(0).number().replaceAll("\\..*$", "");
			}
			if (numbered[1] == null) {
				this.warnings.add("KF:s inriktningsmål " + ((number != null) ? number + " " : "")
						+ "saknar titel i texten; målen under det har behållits");
			}
			direction.title.rest().forEach((text) -> unplaced.accept(null, text));
			goals.add(new DirectionGoal(number, numbered[1], councils));
		}
		return goals;
	}

	private CouncilGoal council(Council council, BiConsumer<String, String> unplaced) {
		String[] numbered = numbered(council.title.first(), COUNCIL_NUMBER);
		if (numbered[1] == null) {
			this.warnings
				.add("Ett av KF:s mål för verksamhetsområdet saknar titel i texten; det som står under det har "
						+ "behållits");
		}
		council.title.rest().forEach((text) -> unplaced.accept(null, text));
		List<BoardGoal> boards = council.boards.stream().map(this::board).toList();
		return new CouncilGoal(numbered[0], numbered[1], council.indicators, boards);
	}

	private BoardGoal board(Board board) {
		if (board.title.isEmpty()) {
			this.warnings.add("Ett nämndmål saknar titel i texten; det som står under det har behållits");
		}
		TextField description = new TextField();
		board.title.rest()
			.forEach((text) -> this.warnings.add("Texten " + Quotes.of(text) + " under nämndmålet "
					+ Quotes.of(board.title.first()) + " har sparats som nämndmålets beskrivning"));
		description.add(board.title.rest());
		description.add(board.description.paragraphs());
		List<UnitGoal> units = board.units.stream().map(this::unit).toList();
		return new BoardGoal(board.title.first(), board.expectedResult.value(), description.value(), board.activities,
				units);
	}

	private UnitGoal unit(Unit unit) {
		TextField expected = new TextField();
		unit.title.rest()
			.forEach((text) -> this.warnings.add("Texten " + Quotes.of(text) + " under enhetsmålet "
					+ Quotes.of(unit.title.first()) + " har sparats under enhetsmålets förväntade resultat"));
		expected.add(unit.title.rest());
		expected.add(unit.expectedResult.paragraphs());
		return new UnitGoal(unit.title.first(), expected.value(), unit.workingMethods.value(), unit.resources.value(),
				unit.followUp.value(), unit.development.value());
	}

	/**
	 * Number and title of "3.5 Stockholms stads ekonomi …"; the title alone if it has no
	 * number.
	 */
	private static String[] numbered(String title, Pattern pattern) {
		if (title == null) {
			return new String[] { null, null };
		}
		Matcher matcher = pattern.matcher(title);
		return matcher.matches() ? new String[] { matcher.group(1), matcher.group(2).strip() }
				: new String[] { null, title };
	}

	private static <T> T last(List<T> list) {
		return list.get(list.size() - 1);
	}

}
