/**
 * All Camunda glue: deployment of processes/ and forms/, the identity service kept in
 * step with the organisation, and the listeners and delegates that the document lifecycle
 * calls. Engine specific code stays here so that a move to another engine is a small
 * step.
 */
package se.arshjul.process;
