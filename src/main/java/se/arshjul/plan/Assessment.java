package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A goal's assessment in a follow-up.
 *
 * @param level uppfylls helt, delvis or inte; null while not yet assessed
 * @param analysis Analys
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Assessment(GoalFulfilment level, String analysis) {

}
