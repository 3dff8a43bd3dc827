/**
 * The förvaltning, its units (enheter) and the people who work in them with their roles.
 * {@link se.arshjul.organisation.OrganisationService} is the one way in for other
 * packages.
 */
package se.arshjul.organisation;
