/**
 * Renders a {@link se.arshjul.rendering.Tjansteutlatande} to an archivable and accessible
 * PDF/A-2a and PDF/UA-1 document (XML, XSLT, XSL-FO, Apache FOP) with embedded Liberation
 * fonts, and checks every PDF with veraPDF ({@link se.arshjul.rendering.PdfValidator})
 * before it leaves. {@link se.arshjul.rendering.TjansteutlatandeRenderer} is the one way
 * in for other packages.
 */
package se.arshjul.rendering;
