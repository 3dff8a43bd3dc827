package se.arshjul.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives FOP's events for one render: logs warnings, and keeps errors so that the
 * render fails instead of quietly producing a damaged document. (FOP throws on fatal
 * events itself.)
 */
final class RenderEvents implements EventListener {

	private static final Logger log = LoggerFactory.getLogger(TjansteutlatandeRenderer.class);

	private final List<String> errors = new ArrayList<>();

	@Override
	public void processEvent(Event event) {
		String message = EventFormatter.format(event, Locale.ENGLISH);
		EventSeverity severity = event.getSeverity();
		if (severity == EventSeverity.ERROR || severity == EventSeverity.FATAL) {
			this.errors.add(message);
		}
		else if (severity == EventSeverity.WARN) {
			log.warn("FOP: {}", message);
		}
		else {
			log.debug("FOP: {}", message);
		}
	}

	/**
	 * @throws RenderingException if FOP reported an error during the render
	 */
	void failOnErrors(String what) {
		if (!this.errors.isEmpty()) {
			throw new RenderingException(
					"FOP reported errors rendering " + what + ": " + String.join("; ", this.errors), null);
		}
	}

}
