package se.arshjul.document;

/** The adopted tjänsteutlåtande as stored: the bytes and their SHA-256. */
public record AdoptedPdf(String dnr, byte[] content, String sha256) {
}
