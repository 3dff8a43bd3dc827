/**
 * The goal cascade as a template: the levels a förvaltning sets centrally for a year
 * (KF:s inriktningsmål, KF:s mål för verksamhetsområdet with their indicators and KF:s
 * årsmål, nämndmål with förväntat resultat and the nämnd's activities), without any
 * unit's enhetsmål or årsmål. A unit's new VP starts from it
 * ({@link se.arshjul.cascade.CascadeService#seedPlan}). Knows nothing of documents: the
 * document package asks {@link se.arshjul.cascade.CascadeService} for the year's cascade.
 */
package se.arshjul.cascade;
