package se.arshjul.document;

import java.util.UUID;

/**
 * A draft's content was saved outside its task form (the API, the editor, an import):
 * whatever shows the draft must show this now, so that an older copy never overwrites it.
 */
public record DraftSaved(UUID documentId, String processInstanceId) {
}
