package se.arshjul.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * "Verksamhetsplan 2017 för Assistansenheten" (Dnr 534-2016-1.1), transcribed from the
 * seed {@code vp-2017-assistansenheten.txt}: text, goals, indicators, activities and
 * budget as written there.
 */
public final class Assistansenheten2017 {

	static final String SJUKFRANVARO = "Sjukfrånvaro";

	private Assistansenheten2017() {
	}

	public static PlanContent vp() {
		return new PlanContent(introduction(), List.of(klimatsmart(), ekonomisktHallbart(), demokratisktHallbart()),
				paragraphs("På kontoret finns källsortering av papper. Vi sopsorterar där det finns möjlighet.",
						"IT-kostnader minimeras genom tillgång till opersonligt användarkonto på kontoret för medarbetare. "
								+ "Eventuellt schemakorrigeringar för att optimera kostnadseffektivitet ytterligare.",
						"Alla medarbetare ger ett likvärdigt bemötande av män och kvinnor till både brukare och kollegor.",
						"Då den ordinarie personalen går en utbildning måste timvikarie sättas in."),
				List.of(budget()), otherMatters(), List.of(),
				List.of(new Attachment("Plan for internkontroll med väsentlighets- och riskanalys 2017", null)),
				List.of());
	}

	/**
	 * Budget 2017, as in the seed (including its spelling "Hysesintäkter" and its short
	 * "Försäljning").
	 */
	static Budget budget() {
		return new Budget("Budget 2017", List.of("Budget"), List.of(
				BudgetRow.of("Taxor och avgifter", RowKind.INCOME, 0), BudgetRow.of("Hysesintäkter", RowKind.INCOME, 0),
				BudgetRow.of("Bidrag", RowKind.INCOME, 16_966), BudgetRow.of("Försäljning", RowKind.INCOME, 4_491),
				BudgetRow.of("Övriga externa intäkter", RowKind.INCOME, 0),
				BudgetRow.of("Summa intäkter", RowKind.SUM_INCOME, 21_457),
				BudgetRow.of("Personalkostnader", RowKind.COST, 20_709),
				BudgetRow.of("Övriga personalkostnader", RowKind.COST, 59),
				BudgetRow.of("Lokalkostnader", RowKind.COST, 160),
				BudgetRow.of("Entreprenader och köp av verksamhet", RowKind.COST, 136),
				BudgetRow.of("Övriga kostnader", RowKind.COST, 393),
				BudgetRow.of("Summa kostnader", RowKind.SUM_COST, 21_457),
				BudgetRow.of("Summa netto", RowKind.NET, 0)));
	}

	private static Introduction introduction() {
		String vision = "Assistansenheten utför alltid insatserna utifrån brukarens behov. Enhetens verksamhetsidé är att "
				+ "brukaren själv, eller företrädaren, bäst vet hur insatsen ska utföras och hur brukaren vill ha sitt stöd "
				+ "och sin service. Enhetens arbete vilar i övertygelsen om alla människors lika värde. Vårt dagliga arbete "
				+ "genomsyras därför av värdeord som integritet och respekt för den enskilde. Alla människor som kommer i "
				+ "kontakt med enheten: brukare eller anhöriga, samarbetspartners eller andra, har rätt till ett bra bemötande.";
		String description = paragraphs("Assistansenheten i Hägersten-Liljeholmens stadsdelsförvaltning är kommunal "
				+ "utförare av biståndsbeslutade stödinsatser såsom personlig assistans, ledsagar- och avlösarservice samt "
				+ "hemtjänst i assistansliknande form. Det innebär kommunala biståndsbeslut eller Försäkringskassans beslut "
				+ "om beviljad assistansersättning.",
				"Enheten följer gällande lagar, riktlinjer och policys. De lagstiftningar som stöder insatserna är lagen om "
						+ "stöd och service till vissa funktionshindrade (LSS), socialtjänstlagen (SoL) och "
						+ "socialförsäkringsbalken (SFB) 51§ som reglerar rätten till assistansersättning samt lagen om "
						+ "valfrihet (LOV). Till det kommer lagar som reglerar arbetsmiljö, arbetstid och sekretess. De "
						+ "viktigaste övriga styrdokumenterna är följande: Socialstyrelsens olika föreskrifter SOSFS 2011:5 "
						+ "(lex Sarah), SOSFS 2011:19 (ledningssystem för systematiskt kvalitetsarbete), SOSFS 2006:5 (om "
						+ "dokumentation vid genomförande av insatser enligt bland annat SoL och LSS), stadens olika "
						+ "policydokument (personal- och jämställdhetspolicy samt policy gällande alkohol och droger) och "
						+ "stadens och stadsdelsnämndens värdegrund. Utöver detta finns stadsdelens handlingsplan mot hot och "
						+ "våld i arbetsmiljön, enhetens egen kris- och katastrofplan samt enhetsspecifika skriftliga rutiner.",
				"Enhetens största målgrupp är personer i åldern 0 till 65 år med stora och varaktiga funktionsnedsättningar. "
						+ "Enheten har även brukare som är 65 år och äldre. Vid ingången av år 2017 är cirka 65 brukare "
						+ "aktuella vid enheten, av dessa har sex stycken beviljats assistansersättning med stöd av SFB 51 §.",
				"Enhetens arbete leds av enhetschef, biträdande enhetschef och administrativ assistent. Mellan 80-90 "
						+ "personer är engagerade i att verkställa beviljade insatser. Av dessa är 35 tillsvidareanställda som "
						+ "personliga assistenter, resterande är timanställda vid behov, eller PAN-anställda vilket innebär att "
						+ "de är rekryterade av brukaren. Viktiga samarbetspartners är stadsdelsförvaltningens "
						+ "beställarenheter och Försäkringskassan samt i förekommande fall närsjukvården.",
				"Verksamhetens kontor ligger på Sedelvägen 34, T-bana Hägerstensåsen.",
				"Budgetomslutningen 2017 beräknas till drygt 21 mnkr.");
		String qualityWork = paragraphs("Fokus under året blir en fortsatt strävan efter kompetenshöjning av "
				+ "medarbetarna. Enheten ska arbeta med teamutveckling i ärenden där flera assistenter arbetar. Målet är att "
				+ "optimera stödet och servicen för brukaren samt att uppnå och/eller bibehålla en bra psykosocial "
				+ "arbetsmiljö.",
				"Satsa på än mer kompetens kring bra schemaläggning och ett bra verksamhetsstöd för detta.",
				"Hitta rutiner som säkerställer uppdaterade och godkända genomförandeplaner.",
				"Fortsatt arbete kring normkritiskt tänkande och förhållningssätt.",
				"Enheten kommer att ha än mer fokus och bevakning på relevanta kurser/föreläsningar.",
				"Information kring förvaltningens \"team mot våld i nära relationer\" ges vid nyanställning av personal.",
				"Utveckla former för uppföljning, kan handla om skrivna utskick eller återkommande telefonsamtal till "
						+ "kunder/brukare.");
		String staffParticipation = "Verksamhetsplanen har framförallt arbetats fram av enhetschef, biträdande "
				+ "enhetschef och administrativ assistent, medarbetarna har diskuterat enhetens mål under APT den 14 "
				+ "november 2016.";
		return new Introduction(vision, description, qualityWork, staffParticipation);
	}

	private static DirectionGoal klimatsmart() {
		UnitGoal unitGoal = new UnitGoal("Vi bedriver verksamhet med minsta möjliga miljöbelastning.",
				"Miljöbelastningen från enheten minskar.",
				paragraphs(
						"Enheten har ett miljömedvetet tänk. Till enheten handlar vi ekologiska varor så långt det är "
								+ "möjligt.",
						"Om åtagandet kan uppfyllas beror främst på om brukaren vill och kan. Det kan handla "
								+ "om att inhandla ekologiska varor, och att sopsortera där det finns möjlighet.",
						"De flesta medarbetarna reser med kommunala färdmedel när de behöver resa i tjänsten."),
				null, "Uppföljning sker en gång per termin på APT.", null);
		BoardGoal boardGoal = new BoardGoal(
				"Stadsdelsnämndens verksamheter bedrivs med en tydlig miljömedvetenhet och är energieffektiva",
				"Stadsdelsnämnden kommer närmare målet i miljöprogrammet om att minska energianvändningen i den egna "
						+ "verksamheten med minst tio procent till år 2020.",
				null, List.of(), List.of(unitGoal));
		return new DirectionGoal("2", "Ett klimatsmart Stockholm",
				List.of(new CouncilGoal("2.1", "Energianvändningen är hållbar", List.of(), List.of(boardGoal))));
	}

	private static DirectionGoal ekonomisktHallbart() {
		UnitGoal unitGoal = new UnitGoal("Verksamheten är kostnadseffektiv.",
				"Verksamheten bedrivs på ett kostnadseffektivt sätt.",
				paragraphs("Bra schemaläggning från arbetsledningens sida. Enheten registrerar tjänstetillägg för "
						+ "månadsavlönad personal i LISA-självservice istället för pappersunderlag vilket är en besparing i "
						+ "sig. Arbetsledningen har täta kontakter och samarbeten med förvaltningens HR-funktion. Finns det "
						+ "av en eller annan orsak medarbetare som mot förmodan tillfälligt är utan uppdrag (t.ex. vid "
						+ "brukares resa, sjukhusvistelse) försöker arbetsledningen hitta vikarieuppdrag åt denne inom "
						+ "annan verksamhet där kompetensen matchar.", "Timvikarier används om möjligt vid behov."),
				null,
				"Enhetschef, biträdande enhetschef och administrativ assistent har daglig avstämning kring "
						+ "kostnadseffektivitet i verksamheten. Månatlig budgetuppföljning och tertialrapporter.",
				null);
		BoardGoal boardGoal = new BoardGoal("Stadsdelsnämndens verksamheter har en långsiktigt hållbar ekonomi",
				"Verksamheterna bedrivs på ett kostnadseffektivt sätt.", null, List.of(), List.of(unitGoal));
		Indicator budgetfoljsamhet = new Indicator("Nämndens budgetföljsamhet efter resultatöverföringar", "%", "100 %",
				"100 %", Periodicity.TERTIAL);
		return new DirectionGoal("3", "Ett ekonomiskt hållbart Stockholm", List.of(new CouncilGoal("3.5",
				"Stockholms stads ekonomi är långsiktigt hållbar", List.of(budgetfoljsamhet), List.of(boardGoal))));
	}

	private static DirectionGoal demokratisktHallbart() {
		return new DirectionGoal("4", "Ett demokratiskt hållbart Stockholm", List.of(jamstalld(), arbetsgivare(),
				manskligaRattigheter(), barnkonventionen(), vald(), tillganglig()));
	}

	private static CouncilGoal jamstalld() {
		UnitGoal unitGoal = new UnitGoal("Verksamheten är jämställd",
				"En jämn könsfördelning bland medarbetarna i den mån det är möjligt utifrån brukarnas egna val av "
						+ "assistent.",
				paragraphs("Utifrån integritetsnära behov väljer brukaren antingen man eller kvinna till att utföra "
						+ "arbetet. I stort är det så att brukaren eller vårdnadshavare har avgörande inflytande över valet "
						+ "av assistent.",
						"Enheten verkar för jämställdhet genom likvärdigt bemötande av män och kvinnor "
								+ "- både brukare och medarbetare."),
				null, "Vid ordinarie uppföljningstillfälle i det enskilda ärendet och på APT en gång per år.", null);
		BoardGoal boardGoal = new BoardGoal("Stadsdelsnämnden fördelar makt och resurser jämställt",
				"En ökad kunskap om fördelning av resurser.", null,
				List.of(wholeYear("Alla enheter deltar vid jämställdhetsföreläsningar och jämställdhetsnätverk som "
						+ "arrangeras under året.")),
				List.of(unitGoal));
		return new CouncilGoal("4.1", "Stockholm är en jämställd stad där makt och resurser fördelas lika", List.of(),
				List.of(boardGoal));
	}

	private static CouncilGoal arbetsgivare() {
		UnitGoal unitGoal = new UnitGoal("Chefer och medarbetare har hög kompetens.",
				"Höjd eller säkerställd kvalitet på verksamhetens insatser samt en fortsatt bra psykosocial arbetsmiljö "
						+ "inom enheten.",
				paragraphs("Utifrån gemensamt framtagna handlingsplan mellan chef och medarbetare under "
						+ "medarbetarsamtal sätts fokus på den enskildes kompetensutvecklingsbehov. Både chefer och "
						+ "medarbetare har egen bevakning av relevanta kurser.Handledning kommer att genomföras vid behov.",
						"Alla medarbetare behandlas likvärdigt av arbetsledningen."),
				null, "Uppföljning av åtagandet kommer att ske vid medarbetarsamtal minst en gång per år.", null);
		BoardGoal boardGoal = new BoardGoal(
				"Stadsdelsnämndens medarbetare är professionella, engagerade och har en god arbetsmiljö",
				"Delaktighet och ett bra arbetsklimat finns på nämndens arbetsplatser. Engagerade chefer och medarbetare "
						+ "bidrar till bra verksamhet och en god arbetsmiljö. Dialog om arbetsmiljö och verksamhet förs på "
						+ "arbetsplatsträffar och i samverkansgrupper. Kvinnors långtidssjukfrånvaro närmar sig männens "
						+ "lägre värde. Medarbetarnas arbetsvillkor förbättras och engagemang och trivsel ökar, vilket ger "
						+ "bättre resultat i medarbetarenkäten. Indikatorerna under 4.2 används för uppföljning av det "
						+ "förväntade resultatet.",
				null,
				List.of(wholeYear("Allmän visstidsanställning ska användas i minskad omfattning."),
						wholeYear("Andelen timavlönade medarbetare ska minska."),
						new Activity(
								"Enheterna ska i tertialrapport 2 redovisa arbetet utifrån förvaltningens "
										+ "jämställdhets- och mångfaldsplan.",
								LocalDate.of(2017, 1, 1), LocalDate.of(2017, 8, 31)),
						new Activity("Nyrekrytering av deltidsanställda ska endast ske efter noggrant övervägande.",
								LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31))),
				List.of(unitGoal));
		return new CouncilGoal("4.2", "Stockholms stad är en bra arbetsgivare med goda arbetsvillkor", List.of(
				new Indicator(SJUKFRANVARO, "%", "7 %", "tas fram av nämnden", Periodicity.TERTIAL),
				new Indicator("Sjukfrånvaro dag 1-14", "%", "2,5 %", "tas fram av nämnden", Periodicity.TERTIAL)),
				List.of(boardGoal));
	}

	private static CouncilGoal manskligaRattigheter() {
		UnitGoal unitGoal = new UnitGoal("Den enskilde får ett bra bemötande.",
				"Alla som har kontakt med enheten ska vara nöjda med bemötandet de får.",
				"Vid enhetens APT kommer stadsdelens värdegrund kontinuerligt att tas upp och bemötande blir en av flera "
						+ "diskussionsfrågor. Samtliga medarbetare arbetar med att ge brukarna ett bra bemötande i det "
						+ "vardagliga arbetet.",
				null,
				"Utifrån inkomna synpunkter eller klagomål följs detta upp i det enskilda ärendet men även generellt "
						+ "på APT minst en gång per år.",
				null);
		BoardGoal boardGoal = new BoardGoal("Stadsdelsnämndens verksamheter utgår från mänskliga rättigheter, är fria "
				+ "från diskriminering och alla som kommer i kontakt med nämndens verksamheter bemöts likvärdigt",
				"Alla som har kontakt med förvaltningens verksamheter bemöts med kunskap och respekt.", null, List.of(),
				List.of(unitGoal));
		return new CouncilGoal("4.3",
				"Stockholm är en stad som lever upp till mänskliga rättigheter och är fritt från diskriminering",
				List.of(), List.of(boardGoal));
	}

	private static CouncilGoal barnkonventionen() {
		UnitGoal unitGoal = new UnitGoal("Barnets bästa genomsyrar utförandet av den beställda insatsen",
				"En utförd insats som säkerställer intentionerna i FN:s barnkonvention",
				paragraphs(
						"Genom att läsa beställningen där det framgår barnens synpunkter och behov samt informera "
								+ "berörd personal om detta.",
						"Enheten har som rutin att återkoppla till beställaren ifall det "
								+ "finns tveksamheter vid planeringen av utförandet rörande barnärenden.",
						"Enhetschef informerar återkommande om lagskyldigheten att rapportera ifall vi misstänker att ett "
								+ "barn far illa.",
						"Fortsatt diskussion kring barnets bästa. Vid behov erbjuds extern handledning som kan handla om "
								+ "den professionella yrkesrollen."),
				null, "I det enskilda ärendet minst en gång per år.", null);
		BoardGoal boardGoal = new BoardGoal(
				"Stadsdelsnämndens verksamheter beaktar barnperspektivet och uppfyller de "
						+ "krav som anges i FN:s barnkonvention",
				"Stadsdelsnämndens verksamheter tar tillvara barnets rättigheter i enlighet med FN:s barnkonvention. "
						+ "Barnens synpunkter och behov är synliga i alla beslutsunderlag som berör barn.",
				null, List.of(), List.of(unitGoal));
		return new CouncilGoal("4.4", "Stockholm är en stad som respekterar och lever upp till barnets rättigheter i "
				+ "enlighet med FN:s barnkonvention", List.of(), List.of(boardGoal));
	}

	private static CouncilGoal vald() {
		UnitGoal unitGoal = new UnitGoal(
				"Medarbetarna har kännedom om förvaltningens verksamhet \"team mot våld i nära "
						+ "relation\" och är uppmärksamma på om våld förekommer.",
				"Våldsutsatta personer får adekvat hjälp och stöd.",
				"Vid misstanke om att en brukare är utsatt för våld i nära relation informerar medarbetare eller "
						+ "arbetsledare om att det finns möjlighet att få professionell hjälp från stadsdelens \"team mot "
						+ "våld i nära relation\".",
				null,
				"Enhetschef följer upp att information om Team mot våld i nära relationer ges vid nyanställningar. "
						+ "Detta görs i samband med tertialuppföljningar.",
				null);
		BoardGoal boardGoal = new BoardGoal(
				"Hägersten-Liljeholmen är ett stadsdelsområde där ingen behöver vara rädd för våld",
				"Våldsutsatta personer som kommer i kontakt med förvaltningens verksamheter ska få stöd och skydd utifrån "
						+ "sina behov. Den våldsutsatte möter medarbetare i nämndens verksamheter som har kompetens att "
						+ "uppmärksamma situationen och ge rätt vägledning.",
				null, List.of(), List.of(unitGoal));
		return new CouncilGoal("4.5", "Stockholm är en stad där ingen behöver vara rädd för våld", List.of(),
				List.of(boardGoal));
	}

	private static CouncilGoal tillganglig() {
		UnitGoal lattillganglig = new UnitGoal(
				"Arbetsledningen är lättillgänglig under kontorstid och enhetschef "
						+ "uppdaterar kontinuerligt informationen på Jämför Service",
				"Det är lätt för medarbetare, brukare och anhöriga att nå arbetsledningen.",
				"Under kontorstid finns alltid minst en person ur arbetsledningen, enhetschef, biträdande enhetschef eller "
						+ "administrativ assistent tillgänglig på telefon. Övrig tid hänvisas medarbetare och brukare till "
						+ "Trygghetsjouren.",
				null, "Vid årliga medarbetarsamtal samt vid tertialuppföljningar.", ".");
		BoardGoal kommunikation = new BoardGoal(
				"Kommunikation och information är planerad, medveten, effektiv och tillgänglig för alla",
				paragraphs(
						"Andelen invånare som vet var information finns för att komma i kontakt med stadens "
								+ "verksamheter ska öka.",
						"Andelen medarbetare som har tillgång till den information de behöver "
								+ "för arbetet ska öka."),
				null, List.of(wholeYear("Information på jämför service, webb och intranät ska uppdateras kontinuerligt "
						+ "samt ses över en till två gånger per år.")),
				List.of(lattillganglig));
		UnitGoal delaktiga = new UnitGoal(
				"Brukare och företrädare är delaktiga i planeringen och genomförandet av " + "insatsen.",
				"Brukarna är nöjda med hur insatsen genomförs och med hur de har varit delaktiga i planeringen.",
				"När brukaren valt enheten som utförare erbjuds möjlighet att medverka i både rekrytering av personal och "
						+ "i upprättande av genomförandeplan.",
				null, "Genom att vid tertialuppföljningar räkna antalet godkända genomförandeplaner.", null);
		BoardGoal sjalvstandigt = new BoardGoal(
				"Personer med funktionsnedsättning lever ett självständigt liv och deltar på lika villkor i samhället",
				"Personer med funktionsnedsättning som beviljas stödinsatser av socialtjänsten ska vara nöjda med den "
						+ "insats som beviljats samt uppleva att de kan påverka utformningen av insatsen.",
				null, List.of(), List.of(delaktiga));
		String sos = " (stöd och service till personer med funktionsnedsättning)";
		List<Indicator> indicators = List.of(
				new Indicator("Andel personer med funktionsnedsättning som upplever att de blir väl bemötta av stadens "
						+ "personal" + sos, "%", "90 %", "89 %", Periodicity.YEAR),
				new Indicator("Andel personer med funktionsnedsättning som upplever att de kan påverka insatsens "
						+ "utformning" + sos, "%", "80 %", "77 %", Periodicity.YEAR),
				new Indicator("Andel personer med funktionsnedsättning som upplever att stadens inne och utemiljö är "
						+ "tillgänglig och användbar. (Stöd och service till personer med funktionsnedsättning)", "%",
						"60 %", "tas fram av nämnden", Periodicity.YEAR),
				new Indicator("Andel personer som upplever att de varit delaktiga i upprättandet av genomförandeplaner",
						"%", "65 %", "Fastställs 2017", Periodicity.YEAR));
		return new CouncilGoal("4.6", "Stockholm är en tillgänglig stad för alla", indicators,
				List.of(kommunikation, sjalvstandigt));
	}

	private static String otherMatters() {
		return paragraphs("Enheten tar tacksamt emot klagomål, synpunkter och förbättringsförslag från brukare eller "
				+ "anhöriga. Enheten försöker tillmötesgå dessa i mesta möjliga mån. Är synpunkterna av övergripande natur "
				+ "tas de upp på APT, rör det ett enskilt ärende tas det upp med berörd personal i det specifika ärendet.",
				"Assistansenhetens strävan är att alltid bli bättre, att alltid optimera servicen för brukaren och att "
						+ "alltid erbjuda en rimlig arbetsmiljö för medarbetarna. Detta är en ständigt pågående diskussion "
						+ "på APT och andra möten.");
	}

	private static Activity wholeYear(String title) {
		return new Activity(title, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31));
	}

	private static String paragraphs(String... paragraphs) {
		return String.join("\n\n", paragraphs);
	}

}
