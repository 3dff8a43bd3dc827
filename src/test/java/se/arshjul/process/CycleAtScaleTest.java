package se.arshjul.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.arshjul.cycle.CycleService;
import se.arshjul.cycle.CycleView;
import se.arshjul.cycle.StartCycle;
import se.arshjul.document.DocumentService;
import se.arshjul.document.DocumentType;
import se.arshjul.support.Jobs;
import se.arshjul.support.PostgresSpringTest;
import se.arshjul.support.TestYears;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city-wide förvaltning of 1,500 units starts its cycle on PostgreSQL: the start itself
 * is one short transaction, then batches and units start in their own jobs (run here one
 * by one, as one job executor thread would). The time it takes is logged for the
 * benchmark figures, not asserted.
 */
@PostgresSpringTest
class CycleAtScaleTest {

	static final int UNITS = 1500;

	private static final Logger logger = LoggerFactory.getLogger(CycleAtScaleTest.class);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CycleService cycles;

	@Autowired
	DocumentService documents;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Test
	void aCycleOf1500UnitsCompletesItsStartInSmallTransactions() {
		String administration = "storstaden";
		this.jdbc.update("insert into administration (id, name, board_name) values (?, ?, ?)", administration,
				"Storstadens förvaltning", "Storstadens nämnd");
		List<Object[]> units = new ArrayList<>();
		for (int i = 1; i <= UNITS; i++) {
			units.add(new Object[] { "storstaden-enhet-" + i, administration, "Enhet " + i });
		}
		this.jdbc.batchUpdate("insert into unit (id, administration_id, name) values (?, ?, ?)", units);
		int year = TestYears.next();

		long start = System.nanoTime();
		CycleView cycle = this.cycles.start(new StartCycle(administration, year), "admin");
		long started = System.nanoTime();
		assertThat(Jobs.due(this.managementService, cycle.processInstanceId()))
			.as("one job per batch of 50 units, none yet per unit")
			.hasSize(UNITS / 50);
		int executed = Jobs.runAll(this.managementService, cycle.processInstanceId());
		long done = System.nanoTime();

		assertThat(executed).isEqualTo(UNITS / 50 + UNITS);
		assertThat(this.runtimeService.createProcessInstanceQuery()
			.superProcessInstanceId(cycle.processInstanceId())
			.count()).isEqualTo(UNITS);
		assertThat(this.documents.documentsOf(administration, year)).hasSize(UNITS)
			.allSatisfy((d) -> assertThat(d.type()).isEqualTo(DocumentType.VP))
			.extracting((d) -> d.dnr())
			.doesNotHaveDuplicates();
		assertThat(this.taskService.createTaskQuery()
			.processVariableValueEquals("administrationId", administration)
			.taskDefinitionKey(Lifecycle.TASK_DRAFT)
			.count()).isEqualTo(UNITS);
		logger.info("BENCHMARK cycle start, {} units: request {} ms, all units started in {} ms ({} jobs, {} ms/job)",
				UNITS, Duration.ofNanos(started - start).toMillis(), Duration.ofNanos(done - start).toMillis(),
				executed, Duration.ofNanos(done - started).toMillis() / executed);
	}

}
