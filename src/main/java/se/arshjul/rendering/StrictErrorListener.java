package se.arshjul.rendering;

import javax.xml.transform.ErrorListener;
import javax.xml.transform.TransformerException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns XSLT errors into exceptions instead of lines on stderr; warnings are logged. */
final class StrictErrorListener implements ErrorListener {

	private static final Logger log = LoggerFactory.getLogger(StrictErrorListener.class);

	@Override
	public void warning(TransformerException ex) {
		log.warn("XSLT: {}", ex.getMessageAndLocation());
	}

	@Override
	public void error(TransformerException ex) throws TransformerException {
		throw ex;
	}

	@Override
	public void fatalError(TransformerException ex) throws TransformerException {
		throw ex;
	}

}
