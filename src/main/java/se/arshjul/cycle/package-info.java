/**
 * The yearly cycle (årshjul) of a förvaltning: started once per plan year, it runs every
 * unit's year (VP, T1, T2, VB) and reports where each unit stands. The engine side is the
 * {@link se.arshjul.cycle.CycleProcess} port, implemented by the process package.
 */
package se.arshjul.cycle;
