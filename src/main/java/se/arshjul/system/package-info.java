/**
 * What every capability shares: security (HTTP Basic and the Camunda webapp session
 * against the Camunda identity service), error handling as RFC 9457 problem details in
 * Swedish, and the clock.
 */
package se.arshjul.system;
