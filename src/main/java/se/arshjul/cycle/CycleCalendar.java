package se.arshjul.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.arshjul.calendar.WorkingDays;

/**
 * Starts next year's cycle of each förvaltning on the day the calendar gives (the
 * decision table's VP "Start", 15 August), unless someone already has.
 * {@code arshjul.cycle.auto-start-cron} sets when it looks ("-", as in the demo profile,
 * turns it off).
 */
@Component
class CycleCalendar {

	private static final Logger logger = LoggerFactory.getLogger(CycleCalendar.class);

	private final CycleService cycles;

	private final Clock clock;

	CycleCalendar(CycleService cycles, Clock clock) {
		this.cycles = cycles;
		this.clock = clock;
	}

	@Scheduled(cron = "${arshjul.cycle.auto-start-cron:0 0 6 * * *}", zone = "Europe/Stockholm")
	void startDueCycles() {
		int nextYear = LocalDate.now(this.clock.withZone(WorkingDays.ZONE)).getYear() + 1;
		List<String> started = this.cycles.startDue(nextYear);
		if (!started.isEmpty()) {
			logger.info("Årshjulet {} startades enligt kalendern: {}", nextYear, started);
		}
	}

}
