package se.arshjul.document;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import se.arshjul.organisation.OrganisationService;
import se.arshjul.organisation.OrganisationService.AdministrationInfo;
import se.arshjul.organisation.OrganisationService.PersonInfo;
import se.arshjul.plan.DocumentKind;
import se.arshjul.rendering.Tjansteutlatande;

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
		String proposal = administration.boardName() + " fastställer "
				+ document.getType().label().toLowerCase(Locale.ROOT) + " " + document.getYear() + " för " + unitName
				+ ".";
		LocalDate date = document.getUpdatedAt().atZone(ZoneId.of("Europe/Stockholm")).toLocalDate();
		// the whole plan: Inledning, goal cascade, budgets, övriga frågor and bilagor
		// come from it
		return new Tjansteutlatande(administration.name(), unitName, document.getDnr(), date,
				handler == null ? document.getHandlerUserId() : handler.fullName(),
				handler == null ? null : handler.phone(), administration.boardName(), document.getTitle(), proposal,
				List.of(), adoption, draft, document.getContent(), DocumentKind.valueOf(document.getType().name()));
	}

	private AdministrationInfo administration(PlanDocument document) {
		return this.organisation.findAdministration(document.getAdministrationId())
			.orElseThrow(() -> new IllegalStateException("Unknown administration " + document.getAdministrationId()));
	}

}
