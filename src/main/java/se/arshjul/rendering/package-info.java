/**
 * Renders a {@link se.arshjul.rendering.Tjansteutlatande} to an archivable PDF/A-2b document
 * (XML, XSLT, XSL-FO, Apache FOP) with embedded Liberation fonts.
 * {@link se.arshjul.rendering.TjansteutlatandeRenderer} is the one way in for other packages.
 */
package se.arshjul.rendering;
