package se.arshjul.rendering;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Result;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.xmlgraphics.util.MimeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * Renders a {@link Tjansteutlatande} to a PDF/A-2a and PDF/UA-1 document: record → XML →
 * XSLT ({@code rendering/tjansteutlatande.xsl}) → XSL-FO → Apache FOP
 * ({@code rendering/fop.xconf}), then checks it with veraPDF ({@link PdfValidator}): a
 * PDF that fails either profile is never returned. Thread-safe: the FOP factory, the
 * compiled stylesheet and the validator are shared, everything else is per render.
 */
@Component
public class TjansteutlatandeRenderer {

	private static final Logger log = LoggerFactory.getLogger(TjansteutlatandeRenderer.class);

	/**
	 * The JDK's own XSLTC, named so that no other engine on the classpath (e.g. Saxon) is
	 * picked.
	 */
	static final String XSLT_ENGINE = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

	private static final URI BASE_URI = URI.create(ClasspathResourceResolver.SCHEME + ":/rendering/");

	private static final String FOP_CONFIG = "rendering/fop.xconf";

	private static final String STYLESHEET = "rendering/tjansteutlatande.xsl";

	private static final ErrorListener STRICT = new StrictErrorListener();

	private final FopFactory fopFactory;

	/**
	 * FOP reads its configuration, a DOM, as it sets up each render (the PDF renderer's
	 * settings in newFop, the fonts as the document starts). A DOM is not safe to read
	 * from two threads at once: renders started together by the job executor's threads
	 * failed with a NullPointerException, or came out without the PDF/A settings and
	 * embedded fonts (caught by veraPDF). So FOP renders one document at a time; the
	 * check with veraPDF, the longer part, runs in parallel.
	 */
	private final Object fopLock = new Object();

	private final Templates stylesheet;

	private final PdfValidator validator;

	/** For use outside Spring (tests, tools): with its own {@link PdfValidator}. */
	public TjansteutlatandeRenderer() {
		this(new PdfValidator());
	}

	@Autowired
	public TjansteutlatandeRenderer(PdfValidator validator) {
		this.validator = Objects.requireNonNull(validator, "validator");
		ClassLoader classLoader = TjansteutlatandeRenderer.class.getClassLoader();
		try {
			this.fopFactory = createFopFactory(classLoader);
			this.stylesheet = compileStylesheet(classLoader);
		}
		catch (IOException | SAXException | TransformerConfigurationException ex) {
			throw new RenderingException("Could not set up the tjänsteutlåtande renderer", ex);
		}
	}

	/**
	 * @return the PDF/A-2a and PDF/UA-1 document, checked by veraPDF
	 * @throws RenderingException if anything goes wrong, including a PDF that veraPDF
	 * finds not to conform (the message names the failed rules); there is no partial
	 * result
	 */
	public byte[] render(Tjansteutlatande document) {
		Objects.requireNonNull(document, "document");
		String what = describe(document);
		long start = System.nanoTime();
		try {
			ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
			RenderEvents events = new RenderEvents();
			Fop fop;
			// the user agent too is made under the lock: it reads the factory's settings
			// (accessibility, the PDF renderer's configuration); made beside another
			// render it came out untagged once (veraPDF: PDF/UA-1 7.1-3) in the cluster
			// test
			synchronized (this.fopLock) {
				FOUserAgent userAgent = this.fopFactory.newFOUserAgent();
				// Author → dc:creator and /Author (FOP rejects an empty one, so only when
				// present).
				// The title is NOT set here: FOUserAgent.setTitle() makes FOP 2.11 write
				// dc:title as a
				// plain value, which is not PDF/A (veraPDF 6.6.2.3.1). The stylesheet
				// declares it in the
				// XMP as an rdf:Alt instead, and FOP copies it to /Title. The language
				// (sv)
				// is xml:lang
				// on fo:root, which FOP writes to /Lang and dc:language; FOUserAgent has
				// no
				// setter for it.
				setIfPresent(document.administrationName(), userAgent::setAuthor);
				userAgent.setCreator("Årshjul");
				userAgent.getEventBroadcaster().addEventListener(events);
				fop = this.fopFactory.newFop(MimeConstants.MIME_PDF, userAgent, pdf);
				transform(document, new SAXResult(fop.getDefaultHandler()));
			}
			events.failOnErrors(what);
			byte[] bytes = pdf.toByteArray();
			long rendered = System.nanoTime();
			PdfValidator.Result validation = this.validator.validate(bytes);
			if (!validation.isValid()) {
				throw new RenderingException("The PDF of " + what + " is not valid "
						+ String.join(" and ", PdfValidator.FLAVOURS.stream().map(PdfValidator::name).toList()) + ": "
						+ validation.summary(), null);
			}
			log.debug("Rendered {} ({} pages) in {} ms, validated in {} ms", what, fop.getResults().getPageCount(),
					(rendered - start) / 1_000_000, (System.nanoTime() - rendered) / 1_000_000);
			return bytes;
		}
		catch (RenderingException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new RenderingException("Could not render " + what, ex);
		}
	}

	/**
	 * The XSL-FO that {@link #render} hands to FOP for this document, serialised: for the
	 * render benchmark, which times bare FOP on exactly this FO (issue 4, item 7).
	 * @throws RenderingException if the XML or the stylesheet fails
	 */
	byte[] fo(Tjansteutlatande document) {
		Objects.requireNonNull(document, "document");
		try {
			ByteArrayOutputStream fo = new ByteArrayOutputStream(256 * 1024);
			transform(document, new StreamResult(fo));
			return fo.toByteArray();
		}
		catch (Exception ex) {
			throw new RenderingException("Could not write the XSL-FO of " + describe(document), ex);
		}
	}

	/** Record → XML → the compiled stylesheet → {@code result}. */
	private void transform(Tjansteutlatande document, Result result) throws XMLStreamException, TransformerException {
		byte[] xml = TjansteutlatandeXml.write(document);
		Transformer transformer = this.stylesheet.newTransformer();
		transformer.setErrorListener(STRICT);
		transformer.transform(new StreamSource(new ByteArrayInputStream(xml)), result);
	}

	private static String describe(Tjansteutlatande document) {
		return "tjänsteutlåtande Dnr " + TjansteutlatandeXml.clean(document.dnr()).strip();
	}

	/**
	 * The accessible HTML version of the document (issue 4, item 4): from the same XML as
	 * the PDF, through {@code rendering/tjansteutlatande-html.xsl} (compiled once), as a
	 * complete HTML5 page with {@code lang="sv"}, headings that never skip a level,
	 * tables with captions and header cells, a table of contents, and a visible "Utkast"
	 * banner on a draft.
	 * @throws RenderingException if anything goes wrong; there is no partial result
	 */
	public String renderHtml(Tjansteutlatande document) {
		Objects.requireNonNull(document, "document");
		return TjansteutlatandeHtml.render(document);
	}

	private static void setIfPresent(String value, Consumer<String> setter) {
		String clean = TjansteutlatandeXml.clean(value).strip();
		if (!clean.isEmpty()) {
			setter.accept(clean);
		}
	}

	private static FopFactory createFopFactory(ClassLoader classLoader) throws IOException, SAXException {
		try (InputStream config = open(classLoader, FOP_CONFIG)) {
			return new FopConfParser(config, BASE_URI, new ClasspathResourceResolver(classLoader))
				.getFopFactoryBuilder()
				.build();
		}
	}

	private static Templates compileStylesheet(ClassLoader classLoader)
			throws IOException, TransformerConfigurationException {
		TransformerFactory factory = TransformerFactory.newInstance(XSLT_ENGINE, null);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
		factory.setErrorListener(STRICT);
		try (InputStream xsl = open(classLoader, STYLESHEET)) {
			return factory.newTemplates(new StreamSource(xsl, BASE_URI.resolve("tjansteutlatande.xsl").toString()));
		}
	}

	private static InputStream open(ClassLoader classLoader, String resource) throws IOException {
		InputStream in = classLoader.getResourceAsStream(resource);
		if (in == null) {
			throw new IOException("Missing classpath resource " + resource);
		}
		return in;
	}

}
