package se.arshjul.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.arshjul.calendar.WorkingDays;
import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.UnitInfo;
import se.arshjul.organisation.Role;
import se.arshjul.system.FieldProblem;
import se.arshjul.system.ForbiddenException;
import se.arshjul.system.InvalidInputException;

/**
 * The audit trail of a förvaltning's documents: every change of state (created, imported,
 * saved, APT recorded, each decision, return and referral, adoption, reminder,
 * escalation, cancellation) with who, when and what, for its förvaltning staff and
 * administrators.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

	static final int MAX_LIMIT = 5000;

	static final Map<String, String> LABELS = Map.ofEntries(Map.entry("CREATED", "Skapat"),
			Map.entry("IMPORTED", "Importerat"), Map.entry("DRAFT_SAVED", "Utkastet sparat"),
			Map.entry("APT_RECORDED", "Arbetsplatsträffen registrerad"), Map.entry("DECISION_approve", "Godkänt"),
			Map.entry("DECISION_return", "Återsänt till handläggaren"),
			Map.entry("DECISION_adopted", "Fastställt av nämnden"),
			Map.entry("DECISION_referredBack", "Återremitterat av nämnden"),
			Map.entry("ADOPTED", "Tjänsteutlåtandet skapat och förseglat"), Map.entry("REMINDER", "Påminnelse skickad"),
			Map.entry("ESCALATED", "Försenat, eskalerat"), Map.entry("CANCELLED", "Avbrutet"));

	private final JdbcTemplate jdbc;

	private final OrganisationService organisation;

	private final Clock clock;

	AuditService(JdbcTemplate jdbc, OrganisationService organisation, Clock clock) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * The förvaltning's events from {@code from} to {@code to} (whole days,
	 * Europe/Stockholm, both included; the last 30 days when not given), oldest first,
	 * optionally for one unit or one document, at most {@code limit} (1–5,000, default
	 * 1,000).
	 */
	public List<AuditEntry> trail(String administrationId, LocalDate from, LocalDate to, String unitId, UUID documentId,
			Integer limit, String userId) {
		boolean staff = this.organisation.findPerson(userId)
			.map((p) -> p.holds(Role.FORVALTNING, administrationId) || p.isAdmin())
			.orElse(false);
		if (!staff) {
			throw new ForbiddenException("Bara förvaltningen kan läsa förvaltningens logg");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(WorkingDays.ZONE));
		LocalDate last = (to != null) ? to : today;
		LocalDate first = (from != null) ? from : last.minusDays(30);
		int max = (limit != null) ? limit : 1000;
		List<FieldProblem> problems = new ArrayList<>();
		if (first.isAfter(last)) {
			problems.add(new FieldProblem("from", "Från-datumet ligger efter till-datumet"));
		}
		if (max < 1 || max > MAX_LIMIT) {
			problems.add(new FieldProblem("limit", "Antalet måste vara mellan 1 och " + MAX_LIMIT));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		StringBuilder sql = new StringBuilder("""
				select e.occurred_at, e.actor, e.kind, e.step, e.comment, d.id, d.dnr, d.unit_id, d.type, d.plan_year
				from document_event e join plan_document d on d.id = e.document_id
				where d.administration_id = ? and e.occurred_at >= ? and e.occurred_at < ?""");
		List<Object> arguments = new ArrayList<>(
				List.of(administrationId, Timestamp.from(first.atStartOfDay(WorkingDays.ZONE).toInstant()),
						Timestamp.from(last.plusDays(1).atStartOfDay(WorkingDays.ZONE).toInstant())));
		if (unitId != null && !unitId.isBlank()) {
			sql.append(" and d.unit_id = ?");
			arguments.add(unitId);
		}
		if (documentId != null) {
			sql.append(" and d.id = ?");
			arguments.add(documentId);
		}
		sql.append(" order by e.occurred_at, e.id limit ").append(max);
		return this.jdbc.query(sql.toString(), (row, n) -> {
			String kind = row.getString("kind");
			String unit = row.getString("unit_id");
			return new AuditEntry(row.getTimestamp("occurred_at").toInstant(), row.getString("actor"), kind,
					LABELS.getOrDefault(kind, kind), row.getString("step"), row.getString("comment"),
					row.getObject("id", UUID.class), row.getString("dnr"), unit,
					this.organisation.findUnit(unit).map(UnitInfo::name).orElse(unit), row.getString("type"),
					row.getInt("plan_year"));
		}, arguments.toArray());
	}

	/** One change: who ({@code actor}, null for the system), when, what. */
	public record AuditEntry(Instant occurredAt, String actor, String kind, String what, String step, String comment,
			UUID documentId, String dnr, String unitId, String unitName, String documentType, int year) {
	}

}
