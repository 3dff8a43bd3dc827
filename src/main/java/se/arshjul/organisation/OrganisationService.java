package se.arshjul.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.system.ConflictException;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.ForbiddenException;
import se.arshjul.system.InvalidInputException;
import se.arshjul.system.NotFoundException;

/**
 * The organisation: förvaltningar, units, people and their roles. Units are added and
 * closed here ({@link UnitAdded}, {@link UnitClosed} tell the rest of the app).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

	private final AdministrationRepository administrations;

	private final UnitRepository units;

	private final PersonRepository people;

	private final ApplicationEventPublisher publisher;

	OrganisationService(AdministrationRepository administrations, UnitRepository units, PersonRepository people,
			ApplicationEventPublisher publisher) {
		this.publisher = publisher;
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

	/**
	 * Adds a unit to a förvaltning; its förvaltning staff and administrators may. A
	 * running yearly cycle takes the unit in ({@link UnitAdded}).
	 */
	@Transactional
	public UnitInfo addUnit(String administrationId, String unitId, String name, String userId) {
		Administration administration = this.administrations.findById(administrationId)
			.orElseThrow(() -> new NotFoundException("Förvaltningen finns inte"));
		requireStaff(administration.getId(), userId, "Bara förvaltningen kan lägga till enheter");
		List<FieldProblem> problems = new ArrayList<>();
		if (unitId == null || unitId.isBlank()) {
			problems.add(new FieldProblem("id", "Enhetens id saknas"));
		}
		else if (!unitId.matches("[a-z0-9]+(-[a-z0-9]+)*") || unitId.length() > 64) {
			problems.add(new FieldProblem("id",
					"Enhetens id får bara innehålla a–z, 0–9 och bindestreck (högst 64 tecken), t.ex. bestallarenheten-aldre"));
		}
		if (name == null || name.isBlank()) {
			problems.add(new FieldProblem("name", "Enhetens namn saknas"));
		}
		else if (name.strip().length() > 200) {
			problems.add(new FieldProblem("name", "Enhetens namn får vara högst 200 tecken"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (this.units.existsById(unitId)) {
			throw new ConflictException("Det finns redan en enhet med id " + unitId);
		}
		Unit unit = this.units.save(new Unit(unitId, administration.getId(), name.strip()));
		this.publisher.publishEvent(new UnitAdded(unit.getId(), unit.getAdministrationId(), userId));
		return toInfo(unit);
	}

	/**
	 * Closes a unit; its förvaltning staff and administrators may. Its open work in a
	 * running cycle is cancelled with the reason ({@link UnitClosed}).
	 */
	@Transactional
	public UnitInfo closeUnit(String unitId, String reason, String userId) {
		Unit unit = this.units.findById(unitId).orElseThrow(() -> new NotFoundException("Enheten finns inte"));
		requireStaff(unit.getAdministrationId(), userId, "Bara förvaltningen kan avveckla enheter");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException(List
				.of(new FieldProblem("reason", "Ange varför enheten avvecklas (visas på dess avbrutna dokument)")));
		}
		if (reason.strip().length() > 1000) {
			throw new InvalidInputException(List.of(new FieldProblem("reason", "Högst 1000 tecken")));
		}
		if (!unit.isActive()) {
			throw new ConflictException(unit.getName() + " är redan avvecklad");
		}
		unit.close();
		this.publisher.publishEvent(new UnitClosed(unit.getId(), unit.getAdministrationId(), reason.strip(), userId));
		return toInfo(unit);
	}

	private void requireStaff(String administrationId, String userId, String message) {
		boolean staff = findPerson(userId).map((p) -> p.holds(Role.FORVALTNING, administrationId) || p.isAdmin())
			.orElse(false);
		if (!staff) {
			throw new ForbiddenException(message);
		}
	}

	/** A unit was added to a förvaltning. */
	public record UnitAdded(String unitId, String administrationId, String addedBy) {
	}

	/** A unit was closed, for the reason given. */
	public record UnitClosed(String unitId, String administrationId, String reason, String closedBy) {
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
