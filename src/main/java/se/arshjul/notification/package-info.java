/**
 * Mail to the people of the yearly cycle: sent once per recipient through Spring Mail to
 * the configured SMTP server, or written to the log when none is configured.
 */
package se.arshjul.notification;
