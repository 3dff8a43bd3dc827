package se.arshjul.cycle.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import se.arshjul.cycle.CycleService;
import se.arshjul.cycle.CycleStatus;
import se.arshjul.cycle.CycleStatus.Cell;
import se.arshjul.cycle.CycleStatus.UnitRow;
import se.arshjul.cycle.CycleView;
import se.arshjul.cycle.StartCycle;

/**
 * A förvaltning's yearly cycles: started by its staff, followed by them and the
 * nämndsekreterare. The status is JSON, or CSV ({@code Accept: text/csv} or
 * {@code ?format=csv}) for other tools.
 */
@RestController
@RequestMapping("/api/cycles")
class CycleController {

	static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CycleService cycles;

	CycleController(CycleService cycles) {
		this.cycles = cycles;
	}

	@PostMapping
	ResponseEntity<CycleView> start(@RequestBody StartCycle command, Principal user) {
		CycleView started = this.cycles.start(command, user.getName());
		return ResponseEntity.created(URI.create("/api/cycles/" + started.id())).body(started);
	}

	@GetMapping
	List<CycleView> list(Principal user) {
		return this.cycles.list(user.getName());
	}

	@GetMapping("/{id}")
	CycleView get(@PathVariable String id, Principal user) {
		return this.cycles.get(id, user.getName());
	}

	@GetMapping(path = "/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
	CycleStatus status(@PathVariable String id, Principal user) {
		return this.cycles.status(id, user.getName());
	}

	@GetMapping(path = "/{id}/status", produces = "text/csv")
	ResponseEntity<String> statusAsCsv(@PathVariable String id, Principal user) {
		return csv(this.cycles.status(id, user.getName()));
	}

	@GetMapping(path = "/{id}/status", params = "format=csv")
	ResponseEntity<String> statusAsCsvDownload(@PathVariable String id, Principal user) {
		return csv(this.cycles.status(id, user.getName()));
	}

	/**
	 * One row per unit and document type, RFC 4180 (comma, quoted where needed, CRLF),
	 * UTF-8 with a byte order mark so that spreadsheet programs read å, ä and ö right.
	 */
	private static ResponseEntity<String> csv(CycleStatus status) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		row(csv, "unitId", "unitName", "unitState", "documentType", "dnr", "status", "step", "stepName", "dueAt",
				"late", "plannedStart");
		for (UnitRow unit : status.units()) {
			for (Cell cell : unit.documents()) {
				row(csv, unit.unitId(), unit.unitName(), unit.state(), cell.type(), cell.dnr(), cell.statusLabel(),
						cell.step(), cell.stepName(),
						cell.dueAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(cell.dueAt()),
						cell.late() ? "ja" : "nej",
						cell.plannedStart() == null ? null : cell.plannedStart().toString());
			}
		}
		return ResponseEntity.ok()
			.contentType(TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"arshjul-" + status.id().replaceAll("[^a-z0-9-]", "") + ".csv\"")
			.body(csv.toString());
	}

	private static void row(StringBuilder csv, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			String value = (values[i] == null) ? "" : values[i];
			if (value.matches("(?s).*[\",\r\n].*") || value.startsWith("=") || value.startsWith("+")
					|| value.startsWith("-") || value.startsWith("@")) {
				// quoted; a leading formula character is escaped against CSV injection
				String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
				csv.append('"').append(safe.replace("\"", "\"\"")).append('"');
			}
			else {
				csv.append(value);
			}
		}
		csv.append("\r\n");
	}

}
