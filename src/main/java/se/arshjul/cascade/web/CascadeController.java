package se.arshjul.cascade.web;

import java.security.Principal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.arshjul.cascade.CascadeService;
import se.arshjul.cascade.GoalCascade;
import se.arshjul.plan.DirectionGoal;

/**
 * A förvaltning's goal cascade per year: read by all who work in it, set by its staff.
 */
@RestController
@RequestMapping("/api/administrations/{administrationId}/cascades")
class CascadeController {

	private final CascadeService cascades;

	CascadeController(CascadeService cascades) {
		this.cascades = cascades;
	}

	@GetMapping("/{year}")
	GoalCascade get(@PathVariable String administrationId, @PathVariable int year, Principal user) {
		return this.cascades.read(administrationId, year, user.getName());
	}

	/**
	 * Replaces the year's cascade; unit goals and unit targets in the body are dropped.
	 */
	@PutMapping("/{year}")
	GoalCascade put(@PathVariable String administrationId, @PathVariable int year,
			@RequestBody List<DirectionGoal> directionGoals, Principal user) {
		return this.cascades.update(administrationId, year, directionGoals, user.getName());
	}

}
