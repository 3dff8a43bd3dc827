/**
 * Plan documents (verksamhetsplan, tertialrapporter, verksamhetsberättelse): their
 * content, registration number (Dnr), status, history and the sealed adopted version.
 * {@link se.arshjul.document.DocumentService} is the one way in for other packages.
 */
package se.arshjul.document;
