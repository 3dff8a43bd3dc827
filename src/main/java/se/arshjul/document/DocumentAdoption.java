package se.arshjul.document;

import java.time.LocalDate;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.rendering.TjansteutlatandeRenderer;

/**
 * Seals an adopted document: renders the tjänsteutlåtande and stores it once with its
 * SHA-256. Running it again for an adopted document changes nothing, so a retried job is
 * harmless.
 */
@Service
@Transactional
public class DocumentAdoption {

	private static final Logger logger = LoggerFactory.getLogger(DocumentAdoption.class);

	private final DocumentService documents;

	private final AdoptedDocumentRepository adopted;

	private final TjansteutlatandeAssembler assembler;

	private final TjansteutlatandeRenderer renderer;

	DocumentAdoption(DocumentService documents, AdoptedDocumentRepository adopted, TjansteutlatandeAssembler assembler,
			TjansteutlatandeRenderer renderer) {
		this.documents = documents;
		this.adopted = adopted;
		this.assembler = assembler;
		this.renderer = renderer;
	}

	/**
	 * A preview of the document as it stands: watermarked "Utkast" and never stored. An
	 * adopted document has no preview: its sealed PDF is the document.
	 */
	@Transactional(readOnly = true)
	public byte[] preview(UUID documentId, String userId) {
		PlanDocument document = this.documents.readable(documentId, userId);
		if (document.isAdopted()) {
			throw new IllegalDocumentStateException(
					"Dokumentet " + document.getDnr() + " är fastställt; hämta det fastställda tjänsteutlåtandet");
		}
		return this.renderer.render(this.assembler.preview(document));
	}

	/**
	 * The accessible HTML version of the document: for an adopted document from the same
	 * content and decision as the sealed PDF, otherwise the preview, with an "Utkast"
	 * banner.
	 */
	@Transactional(readOnly = true)
	public String html(UUID documentId, String userId) {
		PlanDocument document = this.documents.readable(documentId, userId);
		if (document.isAdopted()) {
			AdoptedDocument sealed = this.adopted.findById(documentId)
				.orElseThrow(() -> new IllegalStateException("Dokumentet " + document.getDnr()
						+ " är fastställt men saknar sitt fastställda tjänsteutlåtande"));
			return this.renderer
				.renderHtml(this.assembler.adopted(document, sealed.getMeetingDate(), sealed.getParagraph()));
		}
		return this.renderer.renderHtml(this.assembler.preview(document));
	}

	public void renderAndAdopt(UUID documentId, LocalDate meetingDate, String paragraph, String adoptedBy) {
		if (this.adopted.existsById(documentId)) {
			logger.info("Dokument {} är redan fastställt; inget ändras", documentId);
			return;
		}
		PlanDocument document = this.documents.load(documentId);
		byte[] pdf = this.renderer.render(this.assembler.adopted(document, meetingDate, paragraph));
		this.adopted.save(new AdoptedDocument(documentId, document.getDnr(), pdf, Sha256.hex(pdf),
				PlanContentConverter.seal(document.getContent()), meetingDate, paragraph, adoptedBy));
		document.adopt();
		this.documents.record(document, adoptedBy, "ADOPTED", "Task_RenderAdopted", paragraph);
	}

}
