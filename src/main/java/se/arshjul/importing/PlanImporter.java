package se.arshjul.importing;

import java.util.List;

import org.springframework.stereotype.Component;

import se.arshjul.plan.PlanContent;

/**
 * Reads an existing plan from its plain text: the city's planning-system export, or the
 * same plan extracted from PDF (hard line breaks, page headers and footers), in the newer
 * style ("Enhetsmål") or the older one ("KF:S INRIKTNINGSMÅL 1:", "ÅTAGANDE:").
 * Recognises the Inledning parts, the goal cascade with its tables of indicators and
 * activities, the enhetsmål's fields, budget tables in TKr, övriga frågor and bilagor.
 * What it cannot place is kept under övriga avsnitt and named in a warning. Stateless and
 * thread-safe; usable with {@code new}.
 */
@Component
public class PlanImporter {

	/** Above this share of unreadable characters the text is taken for binary data. */
	private static final double MAX_UNREADABLE = 0.05;

	/**
	 * The plan in this text.
	 * @throws NotAPlanException if the text is empty, not readable text, or has neither
	 * goals, nor a budget, nor the headings of a plan
	 */
	public ImportResult parse(String text) {
		if (text == null || text.isBlank()) {
			throw new NotAPlanException("Texten är tom: det finns ingen verksamhetsplan att läsa in");
		}
		if (unreadableShare(text) > MAX_UNREADABLE) {
			throw new NotAPlanException("Texten består till stor del av tecken som inte är läsbar text (är det en "
					+ "binärfil?): det ser inte ut som en verksamhetsplan i textformat");
		}
		LineCleaner.Cleaned cleaned = LineCleaner.clean(text);
		SectionSplitter.Split split = SectionSplitter.split(cleaned.lines());
		FrontMatter front = FrontMatter.read(split.letterhead());
		PlanAssembler assembler = new PlanAssembler();
		assembler.acceptLooseText(front.runningText());
		split.blocks().forEach(assembler::accept);
		if (!assembler.looksLikeAPlan()) {
			throw new NotAPlanException("Texten innehåller inga mål och ingen budget och saknar verksamhetsplanens "
					+ "rubriker (Inledning, KF:s inriktningsmål, Nämndmål, Enhetsmål, Budget, Övriga frågor): det ser "
					+ "inte ut som en verksamhetsplan");
		}
		PlanContent content = assembler.build();
		Integer year = (front.year() != null) ? front.year() : assembler.statedYear();
		String unit = (front.unitName() != null) ? front.unitName() : assembler.statedUnit();
		return new ImportResult(content, unit, year, front.title(), cleaned.dnr(), List.copyOf(assembler.warnings()));
	}

	private static double unreadableShare(String text) {
		long unreadable = text.chars()
			.filter((c) -> c == '\uFFFD'
					|| (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f'))
			.count();
		return (double) unreadable / text.length();
	}

}
