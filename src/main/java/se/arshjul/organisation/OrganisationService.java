package se.arshjul.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the organisation: förvaltningar, units, people and their roles. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

	private final AdministrationRepository administrations;

	private final UnitRepository units;

	private final PersonRepository people;

	OrganisationService(AdministrationRepository administrations, UnitRepository units, PersonRepository people) {
		this.administrations = administrations;
		this.units = units;
		this.people = people;
	}

	public Optional<UnitInfo> findUnit(String unitId) {
		return this.units.findById(unitId).map(this::toInfo);
	}

	public Optional<AdministrationInfo> findAdministration(String administrationId) {
		return this.administrations.findById(administrationId)
			.map((a) -> new AdministrationInfo(a.getId(), a.getName(), a.getBoardName()));
	}

	public Optional<PersonInfo> findPerson(String userId) {
		return this.people.findById(userId).map(OrganisationService::toInfo);
	}

	public List<PersonInfo> allPeople() {
		return this.people.findAll().stream().map(OrganisationService::toInfo).toList();
	}

	public List<AdministrationInfo> allAdministrations() {
		return this.administrations.findAll()
			.stream()
			.map((a) -> new AdministrationInfo(a.getId(), a.getName(), a.getBoardName()))
			.toList();
	}

	public List<UnitInfo> unitsOf(String administrationId) {
		return this.units.findByAdministrationIdOrderByName(administrationId).stream().map(this::toInfo).toList();
	}

	private UnitInfo toInfo(Unit unit) {
		return new UnitInfo(unit.getId(), unit.getName(), unit.getAdministrationId(), unit.isActive());
	}

	private static PersonInfo toInfo(Person person) {
		return new PersonInfo(person.getId(), person.getFirstName(), person.getLastName(), person.getEmail(),
				person.getPhone(), person.getRoles());
	}

	/** An enhet. */
	public record UnitInfo(String id, String name, String administrationId, boolean active) {
	}

	/** A förvaltning and the nämnd it serves. */
	public record AdministrationInfo(String id, String name, String boardName) {
	}

	/** A person and the roles they hold. */
	public record PersonInfo(String id, String firstName, String lastName, String email, String phone,
			Set<RoleAssignment> roles) {

		public String fullName() {
			return this.firstName + " " + this.lastName;
		}

		public boolean holds(Role role, String scopeId) {
			return this.roles.contains(new RoleAssignment(role, scopeId));
		}

		public boolean isAdmin() {
			return this.roles.stream().anyMatch((r) -> r.role() == Role.ADMIN);
		}

	}

}
