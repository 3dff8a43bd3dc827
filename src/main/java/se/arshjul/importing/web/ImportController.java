package se.arshjul.importing.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.arshjul.document.CreateDocument;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentView;
import se.arshjul.importing.ImportResult;
import se.arshjul.importing.NotAPlanException;
import se.arshjul.importing.PlanImporter;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.plan.DocumentKind;
import se.arshjul.plan.Finding;
import se.arshjul.plan.PlanValidator;
import se.arshjul.plan.ValidationResult;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.InvalidInputException;
import se.arshjul.system.UnreadableInputException;

/**
 * Imports the plain text of an existing plan (as the city's planning system exports it):
 * without a unit, a preview of the structured plan; with {@code unitId} and {@code year},
 * that unit's new draft, whose lifecycle starts at once.
 */
@RestController
class ImportController {

	private final PlanImporter importer;

	private final DocumentService documents;

	private final OrganisationService organisation;

	ImportController(PlanImporter importer, DocumentService documents, OrganisationService organisation) {
		this.importer = importer;
		this.documents = documents;
		this.organisation = organisation;
	}

	@PostMapping(path = "/api/imports", consumes = "text/plain")
	ResponseEntity<ImportResponse> importPlan(@RequestBody byte[] body, @RequestParam(required = false) String unitId,
			@RequestParam(required = false) Integer year, Principal user) {
		ImportResult imported = parse(utf8(body));
		ValidationResult findings = PlanValidator.validate(DocumentKind.VP, imported.content());
		if (unitId == null) {
			return ResponseEntity.ok(new ImportResponse(null, null, null, null, imported, imported.warnings(),
					findings.errors(), findings.warnings()));
		}
		if (year == null) {
			throw new InvalidInputException(
					List.of(new FieldProblem("year", "År saknas: ange vilket år planen gäller")));
		}
		DocumentView created = this.documents.createImported(new CreateDocument(unitId, year, "VP"), imported.content(),
				user.getName());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ImportResponse(created.id(), created.dnr(), created.processInstanceId(), created, imported,
					mismatches(imported, created), findings.errors(), findings.warnings()));
	}

	private ImportResult parse(String text) {
		try {
			return this.importer.parse(text);
		}
		catch (NotAPlanException ex) {
			throw new InvalidInputException(List.of(new FieldProblem("text", ex.getMessage())));
		}
	}

	private List<String> mismatches(ImportResult imported, DocumentView created) {
		List<String> warnings = new ArrayList<>(imported.warnings());
		if (imported.year() != null && imported.year() != created.year()) {
			warnings.add("Planen gäller " + imported.year() + " men har importerats som plan för " + created.year()
					+ "; kontrollera mål och budget");
		}
		String unitName = this.organisation.findUnit(created.unitId())
			.map(OrganisationService.UnitInfo::name)
			.orElse("");
		if (imported.unitName() != null
				&& !imported.unitName().toLowerCase(Locale.ROOT).contains(unitName.toLowerCase(Locale.ROOT))) {
			warnings.add("Planen är skriven för " + imported.unitName() + " men har importerats till " + unitName);
		}
		return warnings;
	}

	private static String utf8(byte[] body) {
		if (body.length >= 2 && ((body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)
				|| (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF))) {
			throw new UnreadableInputException("text",
					"Texten är sparad som UTF-16: spara den som UTF-8 och försök igen");
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableInputException("text", "Texten är inte UTF-8: spara den som UTF-8 och försök igen");
		}
	}

	/**
	 * @param id the created draft's id, when a unit was given
	 * @param dnr its registration number
	 * @param processInstanceId its lifecycle
	 * @param document the created draft
	 * @param imported what was read from the text
	 * @param warnings what the handläggare should look at (unplaced text, another year or
	 * unit)
	 * @param errors what blocks completing the draft as it stands
	 * @param validationWarnings what the validator warns about
	 */
	record ImportResponse(UUID id, String dnr, String processInstanceId, DocumentView document, ImportResult imported,
			List<String> warnings, List<Finding> errors, List<Finding> validationWarnings) {
	}

}
