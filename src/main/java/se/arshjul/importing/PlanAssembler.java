package se.arshjul.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arshjul.plan.Attachment;
import se.arshjul.plan.Budget;
import se.arshjul.plan.Introduction;
import se.arshjul.plan.PlanContent;
import se.arshjul.plan.Risk;
import se.arshjul.plan.Section;

/**
 * Puts each block of the body where it belongs. Headings move the place that text goes to
 * (an Inledning part, a goal's title or field, resursanvändning, övriga frågor); tables
 * go to the goal they stand under or become budgets. Whatever has no place becomes a
 * section under övriga avsnitt and a warning.
 */
final class PlanAssembler {

	private enum Area {

		NONE, INTRODUCTION, GOALS, ECONOMY, BUDGET, OTHER_MATTERS, ATTACHMENTS, SECTION

	}

	private enum Level {

		NONE, DIRECTION, COUNCIL, BOARD, UNIT

	}

	/**
	 * A piece of text with no place of its own.
	 *
	 * @param title a heading of the text's own, or where it stood; null if neither
	 * @param headed whether the title is the text's own heading
	 */
	private record Loose(String title, boolean headed, TextField text) {
	}

	/**
	 * "Budgetår: 2017", "Enhet : Assistansenheten", "Enhetschef: Hans Saarela" above a
	 * budget table.
	 */
	private static final Pattern BUDGET_FACT = Pattern
		.compile("(?iu)^(budgetår|år|enhet|enhetschef|ansvarig|ansvarsenhet)\\s*:\\s*(.*)$");

	private static final Pattern ATTACHMENT_ITEM = Pattern.compile("(?iu)^(bilaga\\s*\\d*\\s*[:.]?|[-•–*])\\s*(.+)$");

	/**
	 * A short line without punctuation on its own, followed by text: an older plan's own
	 * subheading.
	 */
	private static final int SUBHEADING_LENGTH = 60;

	/**
	 * A budget's own title, e.g. an activity area above its table, is at most this long.
	 */
	private static final int BUDGET_TITLE_LENGTH = 60;

	private final List<String> warnings = new ArrayList<>();

	private final GoalTreeBuilder goals = new GoalTreeBuilder(this.warnings);

	private final TextField vision = new TextField();

	private final TextField description = new TextField();

	private final TextField qualityWork = new TextField();

	private final TextField participation = new TextField();

	private final TextField resourceUse = new TextField();

	private final TextField otherMatters = new TextField();

	private final List<Budget> budgets = new ArrayList<>();

	private final List<Risk> risks = new ArrayList<>();

	private final List<Attachment> attachments = new ArrayList<>();

	private final List<Loose> loose = new ArrayList<>();

	private Area area = Area.NONE;

	private Level level = Level.NONE;

	private TextField sink;

	private GoalTreeBuilder.Unit unit;

	private GoalTreeBuilder.Board board;

	private String budgetHeading;

	private boolean budgetTableSeen;

	private final List<String> budgetTitleCandidates = new ArrayList<>();

	private int planMarks;

	private Integer statedYear;

	private String statedUnit;

	void accept(Block block) {
		if (block instanceof Block.Heading heading) {
			heading(heading);
		}
		else if (block instanceof Block.Text text) {
			text(text);
		}
		else if (block instanceof Block.Table table) {
			table(table);
		}
	}

	/** Running text found before the first heading: kept, but it has no place. */
	void acceptLooseText(List<String> paragraphs) {
		paragraphs.forEach((paragraph) -> unplaced(null, paragraph));
	}

	/**
	 * Whether what was read looks like a plan: goals, a budget, or at least two of a
	 * plan's own headings.
	 */
	boolean looksLikeAPlan() {
		return !this.budgets.isEmpty() || this.goals.currentCouncil() != null || this.planMarks >= 2;
	}

	Integer statedYear() {
		return this.statedYear;
	}

	String statedUnit() {
		return this.statedUnit;
	}

	List<String> warnings() {
		return this.warnings;
	}

	PlanContent build() {
		closeBudgetArea();
		List<Section> sections = new ArrayList<>();
		var directionGoals = this.goals.build(this::unplaced);
		moveParticipationFromDescription();
		Introduction introduction = new Introduction(this.vision.value(), this.description.value(),
				this.qualityWork.value(), this.participation.value());
		for (Loose section : this.loose) {
			if (section.text().isEmpty()) {
				continue;
			}
			sections.add(new Section(section.title(), section.text().value()));
			if (section.headed()) {
				this.warnings.add("Avsnittet " + Quotes.of(section.title())
						+ " har ingen egen plats i planen och har sparats som fritext under Övriga avsnitt");
			}
			else {
				String where = (section.title() != null) ? " under " + Quotes.of(section.title()) : "";
				this.warnings.add("Texten " + Quotes.of(section.text().first()) + where
						+ " kunde inte placeras och har sparats som fritext under Övriga avsnitt");
			}
		}
		return new PlanContent(introduction, directionGoals, this.resourceUse.value(), this.budgets,
				this.otherMatters.value(), this.risks, this.attachments, sections);
	}

	private void heading(Block.Heading heading) {
		if (heading.kind().structural()) {
			this.planMarks++;
		}
		if (this.area == Area.BUDGET && heading.kind() != HeadingKind.BUDGET) {
			closeBudgetArea();
		}
		switch (heading.kind()) {
			case INTRODUCTION -> introduction(this.description);
			case VISION -> introduction(this.vision);
			case DESCRIPTION -> introduction(this.description);
			case QUALITY -> introduction(this.qualityWork);
			case PARTICIPATION -> introduction(this.participation);
			case DIRECTION_GOAL -> goal(Level.DIRECTION, this.goals.openDirection(heading.number()).title, heading);
			case COUNCIL_GOAL -> goal(Level.COUNCIL, this.goals.openCouncil().title, heading);
			case BOARD_GOAL -> {
				this.board = this.goals.openBoard();
				this.unit = null;
				goal(Level.BOARD, this.board.title, heading);
			}
			case UNIT_GOAL -> {
				this.unit = this.goals.openUnit();
				this.board = this.goals.currentBoard();
				goal(Level.UNIT, this.unit.title, heading);
			}
			case EXPECTED_RESULT -> goalField(heading, (this.level == Level.UNIT) ? this.unit.expectedResult
					: (this.level == Level.BOARD) ? this.board.expectedResult : null);
			case BOARD_DESCRIPTION -> goalField(heading, (this.level == Level.BOARD) ? this.board.description : null);
			case WORKING_METHODS -> goalField(heading, (this.level == Level.UNIT) ? this.unit.workingMethods : null);
			case FOLLOW_UP -> goalField(heading, (this.level == Level.UNIT) ? this.unit.followUp : null);
			case DEVELOPMENT -> goalField(heading, (this.level == Level.UNIT) ? this.unit.development : null);
			case RESOURCES -> resources(heading);
			case ECONOMY -> enter(Area.ECONOMY, this.resourceUse);
			case BUDGET -> {
				closeBudgetArea();
				enter(Area.BUDGET, null);
				this.budgetHeading = heading.text();
				if (this.statedYear == null) {
					this.statedYear = FrontMatter.year(heading.text());
				}
			}
			case OTHER_MATTERS -> enter(Area.OTHER_MATTERS, this.otherMatters);
			case ATTACHMENTS -> enter(Area.ATTACHMENTS, null);
			case ORGANISATION -> section(heading.text());
			case TABLE_OF_CONTENTS -> {
				// skipped by the splitter
			}
		}
	}

	private void introduction(TextField field) {
		enter(Area.INTRODUCTION, field);
	}

	private void goal(Level newLevel, TextField title, Block.Heading heading) {
		enter(Area.GOALS, title);
		this.level = newLevel;
		if (heading.inline() != null) {
			title.add(heading.inline());
		}
	}

	/**
	 * A goal's field heading: its field if the goal is open, otherwise a section of its
	 * own.
	 */
	private void goalField(Block.Heading heading, TextField field) {
		if (this.area == Area.GOALS && field != null) {
			this.sink = field;
		}
		else {
			section(heading.text());
		}
	}

	/**
	 * Resursanvändning is an enhetsmål's field, or the unit's own under Uppföljning av
	 * ekonomi. An older plan may write the latter without its parent heading, after the
	 * last enhetsmål's Uppföljning or Utveckling: that one is read as the unit's.
	 */
	private void resources(Block.Heading heading) {
		if (this.area == Area.GOALS && this.level == Level.UNIT && !this.unit.hasFollowUpOrLater()) {
			this.sink = this.unit.resources;
			return;
		}
		if (this.area == Area.GOALS && this.level == Level.UNIT) {
			this.warnings.add("Rubriken " + Quotes.of(heading.text()) + " efter enhetsmålets uppföljning har lästs som "
					+ "enhetens resursanvändning (Uppföljning av ekonomi)");
		}
		enter(Area.ECONOMY, this.resourceUse);
	}

	private void section(String title) {
		Loose section = new Loose(title, true, new TextField());
		this.loose.add(section);
		enter(Area.SECTION, section.text());
	}

	private void enter(Area newArea, TextField field) {
		this.area = newArea;
		this.sink = field;
		if (newArea != Area.GOALS) {
			this.level = Level.NONE;
		}
	}

	private void text(Block.Text block) {
		switch (this.area) {
			case ATTACHMENTS -> attachments(block.lines());
			case BUDGET -> budgetText(Paragraphs.of(block.lines()));
			case INTRODUCTION -> introductionText(Paragraphs.of(block.lines()));
			default -> {
				List<String> paragraphs = Paragraphs.of(block.lines());
				if (this.sink != null) {
					this.sink.add(paragraphs);
				}
				else {
					paragraphs.forEach((paragraph) -> unplaced(null, paragraph));
				}
			}
		}
	}

	/**
	 * Text under Inledning; an older plan's own subheadings ("Metodutveckling 2013")
	 * become sections.
	 */
	private void introductionText(List<String> paragraphs) {
		for (int i = 0; i < paragraphs.size(); i++) {
			String paragraph = paragraphs.get(i);
			if (i + 1 < paragraphs.size() && looksLikeSubheading(paragraph)) {
				Loose section = new Loose(paragraph, true, new TextField());
				this.loose.add(section);
				this.sink = section.text();
			}
			else {
				this.sink.add(paragraph);
			}
		}
	}

	private static boolean looksLikeSubheading(String paragraph) {
		char last = paragraph.charAt(paragraph.length() - 1);
		return paragraph.length() <= SUBHEADING_LENGTH && !paragraph.contains("\n")
				&& Character.isUpperCase(paragraph.charAt(0)) && ".!?:;,".indexOf(last) < 0;
	}

	private void attachments(List<String> lines) {
		for (String raw : lines) {
			String line = Paragraphs.normalise(raw);
			if (line.isEmpty()) {
				continue;
			}
			Matcher item = ATTACHMENT_ITEM.matcher(line);
			if (item.matches()) {
				this.attachments.add(new Attachment(item.group(2).strip(), null));
			}
			else if (!this.attachments.isEmpty()) {
				Attachment previous = this.attachments.remove(this.attachments.size() - 1);
				this.attachments.add(new Attachment(previous.title() + " " + line, null));
			}
			else {
				this.attachments.add(new Attachment(line, null));
			}
		}
	}

	private void budgetText(List<String> paragraphs) {
		for (String paragraph : paragraphs) {
			for (String line : paragraph.split("\n")) {
				Matcher fact = BUDGET_FACT.matcher(line);
				if (fact.matches()) {
					budgetFact(fact.group(1).toLowerCase(Locale.ROOT), fact.group(2).strip());
				}
				else {
					this.budgetTitleCandidates.add(line);
				}
			}
		}
	}

	private void budgetFact(String key, String value) {
		if ((key.equals("budgetår") || key.equals("år")) && this.statedYear == null) {
			this.statedYear = FrontMatter.year(value);
		}
		else if (key.startsWith("enhet") && !key.equals("enhetschef") && this.statedUnit == null && !value.isEmpty()) {
			this.statedUnit = value;
		}
	}

	private void table(Block.Table table) {
		this.planMarks++;
		switch (table.kind()) {
			case INDICATORS -> indicators(table);
			case ACTIVITIES -> activities(table);
			case BUDGET -> budget(table);
			case RISKS -> {
				TableReader.Read<Risk> read = TableReader.risks(table);
				this.risks.addAll(read.rows());
				this.warnings.addAll(read.warnings());
				read.leftover().forEach((text) -> unplaced("Internkontrollplan", text));
			}
		}
	}

	private void indicators(Block.Table table) {
		TableReader.Read<se.arshjul.plan.Indicator> read = TableReader.indicators(table);
		GoalTreeBuilder.Council council = (this.area == Area.GOALS) ? this.goals.currentCouncil() : null;
		this.warnings.addAll(read.warnings());
		if (council == null) {
			unplaced("Indikatorer", tableAsText(table));
			return;
		}
		council.indicators.addAll(read.rows());
		read.leftover().forEach((text) -> unplaced(null, text));
		this.sink = null;
	}

	private void activities(Block.Table table) {
		TableReader.Read<se.arshjul.plan.Activity> read = TableReader.activities(table);
		GoalTreeBuilder.Board current = (this.area == Area.GOALS) ? this.goals.currentBoard() : null;
		this.warnings.addAll(read.warnings());
		if (current == null) {
			unplaced("Nämndens aktiviteter", tableAsText(table));
			return;
		}
		current.activities.addAll(read.rows());
		read.leftover().forEach((text) -> unplaced(null, text));
		this.sink = current.description;
	}

	private void budget(Block.Table table) {
		String title = budgetTitle();
		flushBudgetText();
		BudgetReader.Read read = BudgetReader.read(table, title);
		this.budgets.add(read.budget());
		this.warnings.addAll(read.warnings());
		read.leftover().forEach((text) -> unplaced(title, text));
		this.budgetTableSeen = true;
		if (this.area != Area.BUDGET) {
			this.sink = null;
		}
	}

	/**
	 * An activity area written just above the table ("Socialpsykiatri"), else the heading
	 * ("Budget 2017").
	 */
	private String budgetTitle() {
		if (this.budgetTitleCandidates.size() == 1
				&& this.budgetTitleCandidates.get(0).length() <= BUDGET_TITLE_LENGTH) {
			return this.budgetTitleCandidates.remove(0);
		}
		return (this.budgetHeading != null) ? this.budgetHeading : "Budget";
	}

	private void closeBudgetArea() {
		if (this.area != Area.BUDGET) {
			return;
		}
		flushBudgetText();
		if (!this.budgetTableSeen) {
			this.warnings.add("Under rubriken " + Quotes.of(this.budgetHeading)
					+ " finns ingen budgettabell i texten; ingen budget kunde läsas därifrån");
		}
		this.budgetHeading = null;
		this.budgetTableSeen = false;
		this.area = Area.NONE;
	}

	private void flushBudgetText() {
		this.budgetTitleCandidates.forEach((text) -> unplaced(this.budgetHeading, text));
		this.budgetTitleCandidates.clear();
	}

	/**
	 * Older plans name the APT in their Inledning without a heading of its own: if there
	 * is no Medarbetarnas delaktighet, a paragraph that tells how the staff took part at
	 * an APT is moved there.
	 */
	private void moveParticipationFromDescription() {
		if (!this.participation.isEmpty()) {
			return;
		}
		List<String> paragraphs = this.description.paragraphs();
		for (int i = 0; i < paragraphs.size(); i++) {
			String lower = paragraphs.get(i).toLowerCase(Locale.ROOT);
			if (lower.contains("delaktig") && (lower.contains("apt") || lower.contains("arbetsplatsträff"))) {
				this.participation.add(paragraphs.remove(i));
				return;
			}
		}
	}

	private void unplaced(String title, String text) {
		Loose section = new Loose(title, false, new TextField());
		section.text().add(text);
		this.loose.add(section);
	}

	private static String tableAsText(Block.Table table) {
		List<String> lines = new ArrayList<>();
		lines.add(Paragraphs.normalise(table.header()));
		table.rows().stream().map(Paragraphs::normalise).filter((line) -> !line.isEmpty()).forEach(lines::add);
		return String.join("\n", lines);
	}

}
