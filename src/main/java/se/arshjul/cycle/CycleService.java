package se.arshjul.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.cycle.CycleProcess.OpenStep;
import se.arshjul.cycle.CycleStatus.Cell;
import se.arshjul.cycle.CycleStatus.TypeLabel;
import se.arshjul.cycle.CycleStatus.UnitRow;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentService.DocumentSummary;
import se.arshjul.document.DocumentType;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.AdministrationInfo;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.organisation.OrganisationService.UnitAdded;
import se.arshjul.organisation.OrganisationService.UnitClosed;
import se.arshjul.organisation.OrganisationService.UnitInfo;
import se.arshjul.organisation.Role;
import se.arshjul.system.ConflictException;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.ForbiddenException;
import se.arshjul.system.InvalidInputException;
import se.arshjul.system.NotFoundException;

/**
 * Starts a förvaltning's yearly cycle (once per plan year), shows it to those who follow
 * it (its förvaltning staff, nämndsekreterare, administrators), and keeps it in step with
 * the organisation: an added unit joins a running cycle, a closed unit leaves it.
 */
@Service
@Transactional
public class CycleService {

	/** Who started a cycle the calendar started, and who made its documents. */
	public static final String CALENDAR = "årshjulet";

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final CycleRepository cycles;

	private final CycleProcess process;

	private final OrganisationService organisation;

	private final DocumentService documents;

	private final Clock clock;

	CycleService(CycleRepository cycles, CycleProcess process, OrganisationService organisation,
			DocumentService documents, Clock clock) {
		this.cycles = cycles;
		this.process = process;
		this.organisation = organisation;
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Starts the cycle: every active unit of the förvaltning gets its VP and runs its
	 * year. Förvaltning staff and administrators may; a second start of the same year is
	 * refused.
	 */
	public CycleView start(StartCycle command, String userId) {
		AdministrationInfo administration = validate(command.administrationId(), command.year());
		requireMayStart(administration, userId);
		String id = Cycle.idOf(administration.id(), command.year());
		requireNotStarted(administration, command.year());
		try {
			this.process.start(id, administration.id(), command.year(), userId);
			this.cycles.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw alreadyStarted(administration, command.year());
		}
		return toView(load(id));
	}

	/**
	 * Registers a cycle whose process instance has just started (from {@link #start},
	 * from the start form in Tasklist, or by the calendar). Checks everything
	 * {@link #start} does, for the starts that do not come through it; {@code startedBy}
	 * null is the calendar.
	 */
	public String register(String administrationId, Integer year, String processInstanceId, String startedBy) {
		AdministrationInfo administration = validate(administrationId, year);
		if (startedBy != null) {
			requireMayStart(administration, startedBy);
		}
		requireNotStarted(administration, year);
		String id = Cycle.idOf(administration.id(), year);
		this.cycles.save(
				new Cycle(id, administration.id(), year, processInstanceId, startedBy == null ? CALENDAR : startedBy));
		return id;
	}

	/**
	 * The förvaltning a user starts a cycle for when they do not say: their own, when
	 * they are förvaltning staff of exactly one.
	 */
	@Transactional(readOnly = true)
	public String administrationOf(String userId) {
		List<String> staffOf = this.organisation.allAdministrations()
			.stream()
			.map(AdministrationInfo::id)
			.filter((
					id) -> this.organisation.findPerson(userId).map((p) -> p.holds(Role.FORVALTNING, id)).orElse(false))
			.toList();
		return (staffOf.size() == 1) ? staffOf.get(0) : null;
	}

	/**
	 * Starts, by the calendar, each förvaltning's cycle whose start day (the decision
	 * table's VP "Start") has come and that has not been started.
	 * @return the ids of the cycles started
	 */
	public List<String> startDue(int year) {
		List<String> started = new ArrayList<>();
		Instant now = this.clock.instant();
		if (this.process.plannedStart(DocumentType.VP, year).atStartOfDay(WorkingDays.ZONE).toInstant().isAfter(now)) {
			return started;
		}
		for (AdministrationInfo administration : this.organisation.allAdministrations()) {
			if (!this.cycles.existsByAdministrationIdAndYear(administration.id(), year)) {
				started.add(Cycle.idOf(administration.id(), year));
				this.process.start(Cycle.idOf(administration.id(), year), administration.id(), year, null);
			}
		}
		return started;
	}

	@Transactional(readOnly = true)
	public List<CycleView> list(String userId) {
		PersonInfo person = this.organisation.findPerson(userId).orElse(null);
		if (person == null) {
			return List.of();
		}
		return this.cycles.findAllByOrderByYearDesc()
			.stream()
			.filter((c) -> mayFollow(person, c.getAdministrationId()))
			.map(this::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public CycleView get(String id, String userId) {
		return toView(readable(id, userId));
	}

	/**
	 * Where every unit of the cycle stands; see {@link CycleStatus}. (Not read-only: the
	 * calendar's decision table is evaluated for the planned starts, which the engine
	 * records.)
	 */
	public CycleStatus status(String id, String userId) {
		Cycle cycle = readable(id, userId);
		int year = cycle.getYear();
		Map<String, DocumentSummary> byUnitAndType = new HashMap<>();
		for (DocumentSummary document : this.documents.documentsOf(cycle.getAdministrationId(), year)) {
			byUnitAndType.put(document.unitId() + "/" + document.type(), document);
		}
		Map<String, OpenStep> open = this.process.openSteps(byUnitAndType.values()
			.stream()
			.map(DocumentSummary::processInstanceId)
			.filter(Objects::nonNull)
			.toList());
		Instant now = this.clock.instant();
		Map<DocumentType, LocalDate> plannedStarts = new EnumMap<>(DocumentType.class);
		for (DocumentType type : DocumentType.values()) {
			plannedStarts.put(type, this.process.plannedStart(type, year));
		}
		List<UnitRow> rows = new ArrayList<>();
		for (String unitId : this.process.units(cycle.getProcessInstanceId(), year)) {
			UnitInfo unit = this.organisation.findUnit(unitId).orElse(new UnitInfo(unitId, unitId, null, false));
			List<Cell> cells = new ArrayList<>();
			for (DocumentType type : DocumentType.values()) {
				DocumentSummary document = byUnitAndType.get(unitId + "/" + type);
				cells.add((document == null) ? notStarted(type, plannedStarts.get(type), unit.active())
						: cell(document, open.get(document.processInstanceId()), now));
			}
			rows.add(new UnitRow(unit.id(), unit.name(), unit.active() ? "ACTIVE" : "CLOSED",
					unit.active() ? "Deltar" : "Avvecklad", cells));
		}
		rows.sort(Comparator.comparing(UnitRow::unitName, String.CASE_INSENSITIVE_ORDER));
		AdministrationInfo administration = administration(cycle.getAdministrationId());
		return new CycleStatus(cycle.getId(), administration.id(), administration.name(), year, now,
				Arrays.stream(DocumentType.values()).map((t) -> new TypeLabel(t.name(), t.label())).toList(), rows,
				this.process.stepTimes(cycle.getAdministrationId(), year));
	}

	private static Cell notStarted(DocumentType type, LocalDate plannedStart, boolean active) {
		return new Cell(type.name(), null, null, null, active ? "Ej påbörjad" : "Utgår", null, null, null, false,
				active ? plannedStart : null, null);
	}

	private static Cell cell(DocumentSummary document, OpenStep step, Instant now) {
		boolean late = step != null && step.due() != null && step.due().isBefore(now);
		return new Cell(document.type().name(), document.id(), document.dnr(), document.status().name(),
				document.status().label(), step == null ? null : step.step(), step == null ? null : step.stepName(),
				(step == null || step.due() == null) ? null : step.due().atZone(WorkingDays.ZONE).toOffsetDateTime(),
				late, null, document.processInstanceId());
	}

	@EventListener
	void onUnitAdded(UnitAdded added) {
		for (Cycle cycle : this.cycles.findByAdministrationIdOrderByYearDesc(added.administrationId())) {
			if (this.process.isRunning(cycle.getProcessInstanceId())) {
				this.process.addUnit(cycle.getProcessInstanceId(), added.unitId());
			}
		}
	}

	@EventListener
	void onUnitClosed(UnitClosed closed) {
		for (Cycle cycle : this.cycles.findByAdministrationIdOrderByYearDesc(closed.administrationId())) {
			if (this.process.isRunning(cycle.getProcessInstanceId())) {
				this.process.closeUnit(closed.unitId(), cycle.getYear(), closed.reason());
			}
		}
	}

	private Cycle readable(String id, String userId) {
		Cycle cycle = this.cycles.findById(id).orElse(null);
		PersonInfo person = this.organisation.findPerson(userId).orElse(null);
		if (cycle == null || person == null || !mayFollow(person, cycle.getAdministrationId())) {
			throw new NotFoundException("Årshjulet finns inte");
		}
		return cycle;
	}

	private Cycle load(String id) {
		return this.cycles.findById(id).orElseThrow(() -> new NotFoundException("Årshjulet finns inte"));
	}

	private static boolean mayFollow(PersonInfo person, String administrationId) {
		return person.holds(Role.FORVALTNING, administrationId) || person.holds(Role.NAMNDSEKRETERARE, administrationId)
				|| person.isAdmin();
	}

	private void requireMayStart(AdministrationInfo administration, String userId) {
		boolean may = this.organisation.findPerson(userId)
			.map((p) -> p.holds(Role.FORVALTNING, administration.id()) || p.isAdmin())
			.orElse(false);
		if (!may) {
			throw new ForbiddenException("Bara förvaltningen kan starta årshjulet för " + administration.name());
		}
	}

	private void requireNotStarted(AdministrationInfo administration, int year) {
		if (this.cycles.existsByAdministrationIdAndYear(administration.id(), year)) {
			throw alreadyStarted(administration, year);
		}
	}

	private static ConflictException alreadyStarted(AdministrationInfo administration, int year) {
		return new ConflictException("Årshjulet " + year + " för " + administration.name() + " är redan startat",
				Map.of("cycleId", Cycle.idOf(administration.id(), year)));
	}

	private AdministrationInfo validate(String administrationId, Integer year) {
		List<FieldProblem> problems = new ArrayList<>();
		AdministrationInfo administration = null;
		if (administrationId == null || administrationId.isBlank()) {
			problems.add(new FieldProblem("administrationId", "Förvaltning saknas"));
		}
		else {
			administration = this.organisation.findAdministration(administrationId).orElse(null);
			if (administration == null) {
				problems.add(new FieldProblem("administrationId", "Förvaltningen finns inte"));
			}
		}
		if (year == null) {
			problems.add(new FieldProblem("year", "Planår saknas"));
		}
		else if (year < FIRST_YEAR || year > LAST_YEAR) {
			problems.add(new FieldProblem("year", "Planåret måste ligga mellan " + FIRST_YEAR + " och " + LAST_YEAR));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return administration;
	}

	private AdministrationInfo administration(String id) {
		return this.organisation.findAdministration(id).orElse(new AdministrationInfo(id, id, null));
	}

	private CycleView toView(Cycle cycle) {
		return new CycleView(cycle.getId(), cycle.getAdministrationId(),
				administration(cycle.getAdministrationId()).name(), cycle.getYear(), cycle.getProcessInstanceId(),
				cycle.getStartedBy(), cycle.getStartedAt(), this.process.isRunning(cycle.getProcessInstanceId()));
	}

}
