/**
 * The content of a plan document (VP, T1, T2, VB) as immutable records: Inledning, the
 * goal cascade from KF:s inriktningsmål down to enhetsmål, budgets in TKr, övriga frågor
 * and bilagor. {@link se.arshjul.plan.PlanContent} is the root and
 * {@link se.arshjul.plan.PlanValidator} checks it.
 */
package se.arshjul.plan;
