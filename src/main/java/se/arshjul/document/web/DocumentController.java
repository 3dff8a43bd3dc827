package se.arshjul.document.web;

import java.net.URI;
import java.security.Principal;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.arshjul.document.AdoptedPdf;
import se.arshjul.document.CreateDocument;
import se.arshjul.document.DocumentAdoption;
import se.arshjul.document.DocumentHistoryEntry;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.document.DraftService;
import se.arshjul.document.SaveContent;
import se.arshjul.document.SaveResult;
import se.arshjul.document.VersionInfo;
import se.arshjul.system.NotFoundException;

@RestController
@RequestMapping("/api/documents")
class DocumentController {

	/** The SHA-256 of the stored adopted PDF, in hex. */
	static final String SHA256_HEADER = "X-Content-SHA256";

	private final DocumentService documents;

	private final DocumentAdoption adoption;

	private final DraftService drafts;

	DocumentController(DocumentService documents, DocumentAdoption adoption, DraftService drafts) {
		this.documents = documents;
		this.adoption = adoption;
		this.drafts = drafts;
	}

	@PostMapping
	ResponseEntity<DocumentView> create(@RequestBody CreateDocument command, Principal user) {
		DocumentView created = this.documents.create(command, user.getName());
		return ResponseEntity.created(URI.create("/api/documents/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	DocumentView get(@PathVariable String id, Principal user) {
		return this.documents.get(parse(id), user.getName());
	}

	/**
	 * Saves the draft's title and content; answers with what the validator finds (errors
	 * block completing).
	 */
	@PutMapping("/{id}/content")
	SaveResult saveContent(@PathVariable String id, @RequestBody SaveContent command, Principal user) {
		return this.drafts.save(parse(id), command, user.getName());
	}

	@GetMapping("/{id}/versions")
	List<VersionInfo> versions(@PathVariable String id, Principal user) {
		return this.drafts.versions(parse(id), user.getName());
	}

	@GetMapping("/{id}/versions/{number}")
	VersionInfo version(@PathVariable String id, @PathVariable int number, Principal user) {
		return this.drafts.version(parse(id), number, user.getName());
	}

	@GetMapping("/{id}/history")
	List<DocumentHistoryEntry> history(@PathVariable String id, Principal user) {
		return this.documents.history(parse(id), user.getName());
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(defaultValue = "false") boolean preview,
			Principal user) {
		if (preview) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header("Cache-Control", "no-store")
				.header("Content-Disposition", ContentDisposition.inline().filename("utkast.pdf").build().toString())
				.body(this.adoption.preview(parse(id), user.getName()));
		}
		AdoptedPdf pdf = this.documents.adoptedPdf(parse(id), user.getName());
		String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(pdf.sha256()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(SHA256_HEADER, pdf.sha256())
			.header("Repr-Digest", "sha-256=:" + base64 + ":")
			.header("Content-Disposition", ContentDisposition.inline().filename(pdf.dnr() + ".pdf").build().toString())
			.body(pdf.content());
	}

	/** The accessible HTML version (a draft's with an "Utkast" banner); never cached. */
	@GetMapping(value = "/{id}/html", produces = "text/html;charset=UTF-8")
	ResponseEntity<String> html(@PathVariable String id, Principal user) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
			.header("Cache-Control", "no-store")
			.body(this.adoption.html(parse(id), user.getName()));
	}

	private static UUID parse(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("Dokumentet finns inte");
		}
	}

}
