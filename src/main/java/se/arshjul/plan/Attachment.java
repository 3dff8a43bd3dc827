package se.arshjul.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A bilaga other than the internkontrollplan, e.g. "RoV-analys".
 *
 * @param title its title
 * @param text its text, if kept in the document
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(String title, String text) {

}
