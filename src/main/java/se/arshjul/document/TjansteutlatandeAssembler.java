package se.arshjul.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.plan.Introduction;
import se.arshjul.plan.PlanContent;
import se.arshjul.organisation.OrganisationService.AdministrationInfo;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.rendering.Tjansteutlatande;
import se.arshjul.rendering.Tjansteutlatande.Section;

/** Puts a plan document into the shape of a tjänsteutlåtande. */
@Component
class TjansteutlatandeAssembler {

	private final OrganisationService organisation;

	TjansteutlatandeAssembler(OrganisationService organisation) {
		this.organisation = organisation;
	}

	Tjansteutlatande adopted(PlanDocument document, LocalDate meetingDate, String paragraph) {
		AdministrationInfo administration = administration(document);
		return assemble(document, administration,
				new Tjansteutlatande.Adoption(administration.boardName(), meetingDate, paragraph), false);
	}

	/** The document as it stands, watermarked "Utkast": never stored, never adopted. */
	Tjansteutlatande preview(PlanDocument document) {
		return assemble(document, administration(document), null, true);
	}

	private Tjansteutlatande assemble(PlanDocument document, AdministrationInfo administration,
			Tjansteutlatande.Adoption adoption, boolean draft) {
		String unitName = this.organisation.findUnit(document.getUnitId())
			.map(OrganisationService.UnitInfo::name)
			.orElse(document.getUnitId());
		PersonInfo handler = this.organisation.findPerson(document.getHandlerUserId()).orElse(null);
		PlanContent content = document.getContent();
		Introduction introduction = content.introduction();
		List<Section> sections = new ArrayList<>();
		add(sections, "Verksamhetsidé och värdegrund", introduction.vision());
		add(sections, "Verksamhetsbeskrivning", introduction.description());
		add(sections, "Kvalitets- och utvecklingsarbete", introduction.qualityWork());
		add(sections, "Medarbetarnas delaktighet", introduction.staffParticipation());
		add(sections, "Övriga frågor", content.otherMatters());
		String proposal = administration.boardName() + " fastställer "
				+ document.getType().label().toLowerCase(Locale.ROOT) + " " + document.getYear() + " för " + unitName + ".";
		LocalDate date = document.getUpdatedAt().atZone(java.time.ZoneId.of("Europe/Stockholm")).toLocalDate();
		return new Tjansteutlatande(administration.name(), unitName, document.getDnr(), date,
				handler == null ? document.getHandlerUserId() : handler.fullName(),
				handler == null ? null : handler.phone(), administration.boardName(), document.getTitle(), proposal,
				sections, adoption, draft);
	}

	private AdministrationInfo administration(PlanDocument document) {
		return this.organisation.findAdministration(document.getAdministrationId())
			.orElseThrow(() -> new IllegalStateException("Unknown administration " + document.getAdministrationId()));
	}

	private static void add(List<Section> sections, String heading, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		List<String> paragraphs = Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).toList();
		sections.add(new Section(heading, paragraphs));
	}

}
