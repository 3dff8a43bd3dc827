package se.arshjul.rendering;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;

import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The accessible HTML version of a {@link Tjansteutlatande}: the same XML as the PDF
 * ({@link TjansteutlatandeXml}) through {@code rendering/tjansteutlatande-html.xsl},
 * compiled once for the life of the class by the JDK's XSLTC (as the PDF's stylesheet
 * is). The page is polyglot HTML5: {@code <!DOCTYPE html>} and markup that is also
 * well-formed XML. User text is only ever escaped text. Thread-safe.
 */
final class TjansteutlatandeHtml {

	private static final Logger log = LoggerFactory.getLogger(TjansteutlatandeHtml.class);

	static final String STYLESHEET = "rendering/tjansteutlatande-html.xsl";

	static final String DOCTYPE = "<!DOCTYPE html>\n";

	private static final URI BASE_URI = URI.create(ClasspathResourceResolver.SCHEME + ":/rendering/");

	private static final ErrorListener STRICT = new StrictErrorListener();

	private TjansteutlatandeHtml() {
	}

	/**
	 * @return the complete HTML5 page
	 * @throws RenderingException if anything goes wrong; there is no partial result
	 */
	static String render(Tjansteutlatande document) {
		String what = "tjänsteutlåtande Dnr " + TjansteutlatandeXml.clean(document.dnr()).strip();
		try {
			byte[] xml = TjansteutlatandeXml.write(document);
			Transformer transformer = Stylesheet.TEMPLATES.newTransformer();
			transformer.setErrorListener(STRICT);
			StringWriter html = new StringWriter(32 * 1024).append(DOCTYPE);
			transformer.transform(new StreamSource(new ByteArrayInputStream(xml)), new StreamResult(html));
			return html.toString();
		}
		catch (Exception ex) {
			throw new RenderingException("Could not render the HTML of " + what, ex);
		}
	}

	/** The compiled stylesheet, made on first use and kept. */
	private static final class Stylesheet {

		static final Templates TEMPLATES = compile();

		private static Templates compile() {
			ClassLoader classLoader = TjansteutlatandeHtml.class.getClassLoader();
			try (InputStream xsl = classLoader.getResourceAsStream(STYLESHEET)) {
				if (xsl == null) {
					throw new IOException("Missing classpath resource " + STYLESHEET);
				}
				TransformerFactory factory = TransformerFactory.newInstance(TjansteutlatandeRenderer.XSLT_ENGINE, null);
				factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
				factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
				factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
				factory.setErrorListener(STRICT);
				return factory
					.newTemplates(new StreamSource(xsl, BASE_URI.resolve("tjansteutlatande-html.xsl").toString()));
			}
			catch (IOException | TransformerConfigurationException ex) {
				throw new RenderingException("Could not set up the HTML renderer", ex);
			}
		}

	}

}
