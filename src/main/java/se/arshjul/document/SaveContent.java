package se.arshjul.document;

import se.arshjul.plan.PlanContent;

/**
 * A save of a draft's text.
 *
 * @param version the document version the user edited ({@code version} of the document as
 * read); a save based on an older one is refused with 409
 * @param title the document's title
 * @param content the whole content
 */
public record SaveContent(Long version, String title, PlanContent content) {
}
