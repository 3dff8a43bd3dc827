/**
 * The Swedish working-day calendar that deadlines follow: public holidays, working-day
 * arithmetic and the end of the working day (17:00, Europe/Stockholm).
 * {@link se.arshjul.calendar.WorkingDays} is the one way in for other packages.
 */
package se.arshjul.calendar;
