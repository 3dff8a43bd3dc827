package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A headed piece of text with no place of its own in the model, e.g. an older plan's
 * "Metodutveckling 2013" or "Budgetarbete" under Inledning, or text an import could not
 * place. Kept, never dropped.
 *
 * @param title its heading, if any
 * @param text its text
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Section(String title, String text) {

}
