package se.arshjul.notification;

/**
 * What a mail is about: one kind of mail (reminder, escalation) for one task of one step
 * of one process instance. With the recipient it identifies a mail that is sent at most
 * once, however often the job that sends it is retried.
 */
public record MailKey(String processInstanceId, String step, String kind, String taskId) {

}
