package se.arshjul.organisation.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.UnitInfo;

/**
 * A förvaltning's units: listed for everyone, added and closed (avvecklad) by its
 * förvaltning staff. A running yearly cycle follows: an added unit joins it, a closed
 * unit's open documents are cancelled with the reason.
 */
@RestController
class UnitController {

	private final OrganisationService organisation;

	UnitController(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@GetMapping("/api/administrations/{administrationId}/units")
	List<UnitInfo> list(@PathVariable String administrationId) {
		return this.organisation.unitsOf(administrationId);
	}

	@PostMapping("/api/administrations/{administrationId}/units")
	ResponseEntity<UnitInfo> add(@PathVariable String administrationId, @RequestBody NewUnit unit, Principal user) {
		UnitInfo added = this.organisation.addUnit(administrationId, unit.id(), unit.name(), user.getName());
		return ResponseEntity.created(URI.create("/api/units/" + added.id())).body(added);
	}

	@PostMapping("/api/units/{unitId}/closure")
	UnitInfo close(@PathVariable String unitId, @RequestBody Closure closure, Principal user) {
		return this.organisation.closeUnit(unitId, closure.reason(), user.getName());
	}

	record NewUnit(String id, String name) {
	}

	record Closure(String reason) {
	}

}
