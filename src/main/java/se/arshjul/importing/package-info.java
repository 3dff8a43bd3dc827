/**
 * Import of existing plans from plain text: the city's planning-system export and its
 * PDF-extracted variant (hard line breaks, page headers and footers), newer ("Enhetsmål")
 * and older ("KF:S INRIKTNINGSMÅL 1:", "ÅTAGANDE:") style alike.
 * {@link se.arshjul.importing.PlanImporter} turns the text into a
 * {@link se.arshjul.plan.PlanContent} with what the text says about itself and Swedish
 * warnings for whatever it could not place; text that cannot be placed is kept under
 * övriga avsnitt, never dropped. Text that is not a plan at all is refused with
 * {@link se.arshjul.importing.NotAPlanException}.
 * <p>
 * The pipeline: {@code LineCleaner} (line endings, markup, page furniture, Dnr) →
 * {@code SectionSplitter} (letterhead, table of contents, headings, tables) →
 * {@code PlanAssembler} (where each block belongs) with {@code Paragraphs},
 * {@code TableReader}, {@code BudgetReader} and {@code GoalTreeBuilder}.
 */
package se.arshjul.importing;
