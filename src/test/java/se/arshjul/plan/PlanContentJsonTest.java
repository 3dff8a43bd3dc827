package se.arshjul.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model is JSON as it stands: records in, records out, dates as ISO text, amounts
 * exact.
 */
class PlanContentJsonTest {

	private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

	@Test
	void roundTripsThe2017Plan() throws Exception {
		PlanContent vp = Assistansenheten2017.vp();

		assertThat(roundTrip(vp)).isEqualTo(vp);
	}

	@Test
	void roundTripsAFollowUpWithOutcomesDatesAndExactAmounts() throws Exception {
		PlanContent vb = followUpWithEverythingFilled();

		PlanContent read = roundTrip(vb);

		assertThat(read).isEqualTo(vb);
		BudgetRow row = read.budgets().get(0).rows().get(0);
		assertThat(row.amounts()).containsExactly(null, new BigDecimal("-3571.50"), new BigDecimal("0.25"));
		Activity activity = read.directionGoals().get(0).councilGoals().get(0).boardGoals().get(0).activities().get(0);
		assertThat(activity.startDate()).isEqualTo(LocalDate.of(2027, 3, 1));
	}

	@Test
	void writesDatesAsIsoTextAndEnumsByName() throws Exception {
		JsonNode json = this.mapper.readTree(this.mapper.writeValueAsString(followUpWithEverythingFilled()));

		JsonNode councilGoal = json.at("/directionGoals/0/councilGoals/0");
		assertThat(councilGoal.at("/boardGoals/0/activities/0/startDate").asText()).isEqualTo("2027-03-01");
		assertThat(councilGoal.at("/indicators/0/periodicity").asText()).isEqualTo("TERTIAL");
		assertThat(councilGoal.at("/boardGoals/0/unitGoals/0/assessment/level").asText()).isEqualTo("PARTLY");
		assertThat(json.at("/budgets/0/rows/0/amounts/1").decimalValue()).isEqualByComparingTo("-3571.50");
		assertThat(json.at("/budgets/0/rows/0/amounts/0").isNull()).as("an empty cell stays in its column").isTrue();
		assertThat(json.at("/resourceUse").isMissingNode()).as("nulls are left out").isTrue();
	}

	@Test
	void writesTheSameWithSpringBootsDateSetting() throws Exception {
		ObjectMapper boot = new ObjectMapper().findAndRegisterModules()
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

		assertThat(boot.writeValueAsString(Assistansenheten2017.vp()))
			.isEqualTo(this.mapper.writeValueAsString(Assistansenheten2017.vp()));
	}

	@Test
	void readsMissingListsAsEmpty() throws Exception {
		PlanContent content = this.mapper.readValue("""
				{"directionGoals": [{"number": "2", "councilGoals": [{"number": "2.1", "boardGoals": [{}]}]}],
				 "budgets": [{"title": "Budget 2027"}]}
				""", PlanContent.class);

		assertThat(content.introduction()).isEqualTo(Introduction.empty());
		assertThat(content.internalControl()).isEmpty();
		assertThat(content.attachments()).isEmpty();
		CouncilGoal councilGoal = content.directionGoals().get(0).councilGoals().get(0);
		assertThat(councilGoal.indicators()).isEmpty();
		assertThat(councilGoal.boardGoals().get(0).unitGoals()).isEmpty();
		assertThat(councilGoal.boardGoals().get(0).activities()).isEmpty();
		assertThat(content.budgets().get(0).rows()).isEmpty();
		assertThat(content.budgets().get(0).columns()).isEmpty();
		assertThat(PlanContent.empty()).isEqualTo(this.mapper.readValue("{}", PlanContent.class));
	}

	private PlanContent roundTrip(PlanContent content) throws Exception {
		return this.mapper.readValue(this.mapper.writeValueAsString(content), PlanContent.class);
	}

	private static PlanContent followUpWithEverythingFilled() {
		Indicator indicator = new Indicator("Sjukfrånvaro", "%", "7 %", "tas fram av nämnden", Periodicity.TERTIAL,
				new Outcome("6,1 %", "6,8 %", "4,2 %", "7,3 %", "6,5 %", null));
		Activity activity = new Activity("Införa digital signering", LocalDate.of(2027, 3, 1),
				LocalDate.of(2027, 6, 30), ActivityStatus.DEVIATION, "Försenad av upphandlingen");
		UnitGoal unitGoal = new UnitGoal("Chefer och medarbetare har hög kompetens.", "Höjd kvalitet",
				"Medarbetarsamtal", "Handledning", "APT", "Mentorskap",
				new Assessment(GoalFulfilment.PARTLY, "Två av tre utbildningar hölls"));
		BoardGoal boardGoal = new BoardGoal("Medarbetarna har en god arbetsmiljö", "Bra arbetsklimat", "Beskrivning",
				List.of(activity), List.of(unitGoal), new Assessment(GoalFulfilment.FULLY, null));
		CouncilGoal councilGoal = new CouncilGoal("4.2", "Stockholms stad är en bra arbetsgivare", List.of(indicator),
				List.of(boardGoal), new Assessment(GoalFulfilment.NOT, "Sjukfrånvaron steg"));
		Budget budget = new Budget("Budget 2027", List.of("Utfall", "Budget", "Avvikelse"),
				List.of(new BudgetRow("Övriga kostnader", RowKind.COST,
						Arrays.asList(null, new BigDecimal("-3571.50"), new BigDecimal("0.25")))));
		return new PlanContent(new Introduction("Idé", "Beskrivning", "Kvalitet", "APT den 3 februari 2028"),
				List.of(new DirectionGoal("4", "Ett demokratiskt hållbart Stockholm", List.of(councilGoal))), null,
				List.of(budget), "Övrigt",
				List.of(new Risk("Felaktiga utbetalningar", 2, 4, "Stickprov varje månad", "Enhetschef",
						"Inga avvikelser")),
				List.of(new Attachment("RoV-analys", "Text")), List.of(new Section("Budgetarbete", "Text")));
	}

}
