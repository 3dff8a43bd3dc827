package se.arshjul.notification;

/** A plain-text mail to one address. */
public record OutgoingMail(String to, String subject, String body) {

}
