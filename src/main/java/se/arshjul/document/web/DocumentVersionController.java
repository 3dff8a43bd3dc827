package se.arshjul.document.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.arshjul.document.DraftService;
import se.arshjul.document.VersionChange;
import se.arshjul.system.NotFoundException;

@RestController
@RequestMapping("/api/documents/{id}/versions")
class DocumentVersionController {

	private final DraftService drafts;

	DocumentVersionController(DraftService drafts) {
		this.drafts = drafts;
	}

	/**
	 * Which goals, indicators, activities and budget rows changed between two saved
	 * versions.
	 */
	@GetMapping("/diff")
	List<VersionChange> diff(@PathVariable String id, @RequestParam int from, @RequestParam int to, Principal user) {
		return this.drafts.diff(parse(id), from, to, user.getName());
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
