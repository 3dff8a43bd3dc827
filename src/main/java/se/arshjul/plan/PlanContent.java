package se.arshjul.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The content of a plan document: a verksamhetsplan (VP), or a follow-up of one (T1, T2,
 * VB) with the same goals, indicators and activities and their outcome fields filled in.
 *
 * @param introduction Inledning; never null
 * @param directionGoals the goal cascade, from KF:s inriktningsmål down to the unit's
 * enhetsmål
 * @param resourceUse Uppföljning av ekonomi: Resursanvändning, when written for the whole
 * unit
 * @param budgets one or more budget tables in TKr
 * @param otherMatters Övriga frågor
 * @param internalControl the bilaga internkontrollplan med väsentlighets- och riskanalys
 * @param attachments other bilagor
 * @param otherSections headed text with no place of its own, kept rather than dropped
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlanContent(Introduction introduction, List<DirectionGoal> directionGoals, String resourceUse,
		List<Budget> budgets, String otherMatters, List<Risk> internalControl, List<Attachment> attachments,
		List<Section> otherSections) {

	public PlanContent {
		introduction = (introduction != null) ? introduction : Introduction.empty();
		directionGoals = Lists.of(directionGoals);
		budgets = Lists.of(budgets);
		internalControl = Lists.of(internalControl);
		attachments = Lists.of(attachments);
		otherSections = Lists.of(otherSections);
	}

	/** A document with nothing written yet. */
	public static PlanContent empty() {
		return new PlanContent(null, null, null, null, null, null, null, null);
	}

	/**
	 * The follow-up of this adopted VP: the same goals, indicators, activities and risks
	 * with empty outcome, assessment, status and result fields, and each budget laid out
	 * for following up (Utfall, Budget, Avvikelse, and in T1 and T2 Prognos) with the
	 * Budget column filled from this plan. Introduction, resursanvändning, övriga frågor
	 * and other text are the follow-up's own and start empty.
	 * @param kind T1, T2 or VB
	 * @throws IllegalArgumentException if kind is VP
	 */
	public PlanContent toFollowUp(DocumentKind kind) {
		return FollowUps.derive(this, kind);
	}

	public PlanContent withIntroduction(Introduction introduction) {
		return new PlanContent(introduction, this.directionGoals, this.resourceUse, this.budgets, this.otherMatters,
				this.internalControl, this.attachments, this.otherSections);
	}

	public PlanContent withDirectionGoals(List<DirectionGoal> directionGoals) {
		return new PlanContent(this.introduction, directionGoals, this.resourceUse, this.budgets, this.otherMatters,
				this.internalControl, this.attachments, this.otherSections);
	}

	public PlanContent withBudgets(List<Budget> budgets) {
		return new PlanContent(this.introduction, this.directionGoals, this.resourceUse, budgets, this.otherMatters,
				this.internalControl, this.attachments, this.otherSections);
	}

	public PlanContent withOtherMatters(String otherMatters) {
		return new PlanContent(this.introduction, this.directionGoals, this.resourceUse, this.budgets, otherMatters,
				this.internalControl, this.attachments, this.otherSections);
	}

	public PlanContent withInternalControl(List<Risk> internalControl) {
		return new PlanContent(this.introduction, this.directionGoals, this.resourceUse, this.budgets,
				this.otherMatters, internalControl, this.attachments, this.otherSections);
	}

}
