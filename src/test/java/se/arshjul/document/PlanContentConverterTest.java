package se.arshjul.document;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.arshjul.plan.Budget;
import se.arshjul.plan.Introduction;
import se.arshjul.plan.PlanContent;

import static org.assertj.core.api.Assertions.assertThat;

class PlanContentConverterTest {

	final PlanContentConverter converter = new PlanContentConverter();

	@Test
	void keepsEveryPartOfThePlanThroughTheDatabaseColumn() {
		PlanContent plan = PlanContent.empty()
			.withIntroduction(new Introduction("Idé", "Beskrivning", null, "APT 2026-11-03"))
			.withBudgets(List.of(Budget.standard("Budget 2027", List.of("Budget"))))
			.withOtherMatters("Inga");

		PlanContent back = this.converter.convertToEntityAttribute(this.converter.convertToDatabaseColumn(plan));

		assertThat(back).isEqualTo(plan);
	}

	@Test
	void readsTheFirstFlatShapeOfADraftSoNothingIsLost() {
		PlanContent back = this.converter
			.convertToEntityAttribute("{\"vision\":\"Vår idé\",\"description\":\"Vi är 240\",\"qualityWork\":null,"
					+ "\"staffParticipation\":\"APT\",\"otherMatters\":\"Övrigt\"}");

		assertThat(back.introduction()).isEqualTo(new Introduction("Vår idé", "Vi är 240", null, "APT"));
		assertThat(back.otherMatters()).isEqualTo("Övrigt");
	}

	@Test
	void sealsTheContentSoThatAnyChangeShows() {
		PlanContent plan = PlanContent.empty().withOtherMatters("Lokalerna byggs om.");

		assertThat(PlanContentConverter.seal(plan)).hasSize(64)
			.isEqualTo(PlanContentConverter.seal(PlanContent.empty().withOtherMatters("Lokalerna byggs om.")))
			.isNotEqualTo(PlanContentConverter.seal(PlanContent.empty().withOtherMatters("Lokalerna byggs om!")));
	}

}
