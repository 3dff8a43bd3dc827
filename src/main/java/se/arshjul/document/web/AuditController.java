package se.arshjul.document.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.arshjul.document.AuditService;
import se.arshjul.document.AuditService.AuditEntry;

/** The förvaltning's audit trail of its documents, for its förvaltning staff. */
@RestController
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/api/administrations/{administrationId}/audit")
	List<AuditEntry> trail(@PathVariable String administrationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unitId, @RequestParam(required = false) UUID documentId,
			@RequestParam(required = false) Integer limit, Principal user) {
		return this.audit.trail(administrationId, from, to, unitId, documentId, limit, user.getName());
	}

}
