<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tjänsteutlåtande: XML (written by TjansteutlatandeXmlWriter) to XSL-FO for Apache FOP 2.11.

  Input:
    <tjansteutlatande draft="true|false">
      <administration/> <unit/> <dnr/> <date>yyyy-MM-dd</date>
      <handler><name/><phone/>?</handler> <to/> <title/>
      <proposal><paragraph/>*</proposal>?
      <section><heading/>?<paragraph/>*</section>*
      <adoption><board/><meeting-date/><paragraph/></adoption>?
    </tjansteutlatande>

  All user text arrives as XML text nodes and is only ever copied with xsl:value-of,
  so it can never become markup. Page size, margins and fonts are set here; the
  PDF/A level and the font files are set in fop.xconf.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:fo="http://www.w3.org/1999/XSL/Format">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <!-- The XML writer puts ZERO WIDTH SPACEs into very long words so that they can wrap; they
       are taken out again where text is not laid out: the XMP title and the bookmarks. -->
  <xsl:variable name="zwsp" select="'&#x200B;'"/>

  <xsl:variable name="body-font">Liberation Serif</xsl:variable>
  <xsl:variable name="heading-font">Liberation Sans</xsl:variable>

  <xsl:attribute-set name="heading">
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="keep-with-next.within-page">always</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="h2" use-attribute-sets="heading">
    <xsl:attribute name="role">H2</xsl:attribute>
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="space-before">14pt</xsl:attribute>
    <xsl:attribute name="space-after">6pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="paragraph">
    <xsl:attribute name="space-after">6pt</xsl:attribute>
    <xsl:attribute name="linefeed-treatment">preserve</xsl:attribute>
  </xsl:attribute-set>

  <xsl:template match="/tjansteutlatande">
    <fo:root xml:lang="sv" font-family="{$body-font}" font-size="11pt" line-height="1.35">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="first" page-height="297mm" page-width="210mm"
            margin-top="12mm" margin-bottom="15mm" margin-left="25mm" margin-right="20mm">
          <fo:region-body margin-top="8mm"/>
          <fo:region-before region-name="first-before" extent="8mm"/>
        </fo:simple-page-master>
        <fo:simple-page-master master-name="rest" page-height="297mm" page-width="210mm"
            margin-top="12mm" margin-bottom="15mm" margin-left="25mm" margin-right="20mm">
          <fo:region-body margin-top="20mm"/>
          <fo:region-before region-name="rest-before" extent="14mm"/>
        </fo:simple-page-master>
        <fo:page-sequence-master master-name="tjansteutlatande">
          <fo:repeatable-page-master-alternatives>
            <fo:conditional-page-master-reference master-reference="first" page-position="first"/>
            <fo:conditional-page-master-reference master-reference="rest" page-position="rest"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </fo:layout-master-set>

      <!-- The title in the XMP metadata, as the language alternative PDF/A requires (FOP copies
           it to /Title). Set here, not with FOUserAgent.setTitle(): that one makes FOP 2.11 write
           a plain dc:title, which veraPDF rejects (PDF/A-2 6.6.2.3.1). -->
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/">
          <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <dc:title>
                <rdf:Alt>
                  <rdf:li xml:lang="x-default">
                    <xsl:call-template name="document-title">
                      <xsl:with-param name="breaks" select="false()"/>
                    </xsl:call-template>
                  </rdf:li>
                </rdf:Alt>
              </dc:title>
            </rdf:Description>
          </rdf:RDF>
        </x:xmpmeta>
      </fo:declarations>

      <fo:bookmark-tree>
        <fo:bookmark internal-destination="title">
          <fo:bookmark-title>
            <xsl:call-template name="document-title">
              <xsl:with-param name="breaks" select="false()"/>
            </xsl:call-template>
          </fo:bookmark-title>
        </fo:bookmark>
        <xsl:if test="proposal">
          <fo:bookmark internal-destination="proposal">
            <fo:bookmark-title>Förslag till beslut</fo:bookmark-title>
          </fo:bookmark>
        </xsl:if>
        <xsl:for-each select="section[normalize-space(heading)]">
          <fo:bookmark internal-destination="{generate-id()}">
            <fo:bookmark-title><xsl:value-of select="normalize-space(translate(heading, $zwsp, ''))"/></fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
        <xsl:if test="adoption">
          <fo:bookmark internal-destination="adoption">
            <fo:bookmark-title>Beslut</fo:bookmark-title>
          </fo:bookmark>
        </xsl:if>
      </fo:bookmark-tree>

      <fo:page-sequence master-reference="tjansteutlatande" id="document" language="sv" country="SE">
        <xsl:if test="@draft = 'true'">
          <fo:static-content flow-name="first-before" role="artifact">
            <xsl:call-template name="watermark"/>
          </fo:static-content>
        </xsl:if>
        <fo:static-content flow-name="rest-before" role="artifact">
          <xsl:call-template name="watermark"/>
          <xsl:call-template name="running-header"/>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="first-page-head"/>
          <xsl:call-template name="title"/>
          <xsl:apply-templates select="proposal"/>
          <xsl:apply-templates select="section"/>
          <xsl:apply-templates select="adoption"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- "Sid 2 (5)". The numbers are tagged Span: FOP's default for them is Quote. -->
  <xsl:template name="page-of-total">
    <xsl:text>Sid </xsl:text>
    <fo:page-number role="Span"/>
    <xsl:text> (</xsl:text>
    <fo:page-number-citation-last role="Span" ref-id="document"/>
    <xsl:text>)</xsl:text>
  </xsl:template>

  <!-- Pages 2..n: förvaltning, enhet, Dnr and page number. No rule under it: FOP 2.11 marks the
       text of static content as an artifact but not a border or leader rule, and unmarked
       content is not allowed by PDF/UA (7.1). -->
  <xsl:template name="running-header">
    <fo:block font-family="{$heading-font}" font-size="9pt" line-height="1.3">
      <fo:block text-align-last="justify">
        <xsl:value-of select="administration"/>
        <fo:leader leader-pattern="space"/>
        <xsl:text>Dnr: </xsl:text>
        <xsl:value-of select="dnr"/>
      </fo:block>
      <fo:block text-align-last="justify">
        <xsl:value-of select="unit"/>
        <fo:leader leader-pattern="space"/>
        <xsl:call-template name="page-of-total"/>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- A large light-grey "UTKAST" across the middle of every page of a draft. The before-region
       is painted before the body, so its absolutely positioned container, which reaches down
       over the middle of the page, lies behind the text. Plain grey text, no transparency and
       no image: PDF/A-safe, and the word stays real (extractable) text. -->
  <xsl:template name="watermark">
    <xsl:if test="@draft = 'true'">
      <fo:block-container absolute-position="absolute" top="105mm" left="0mm" right="0mm">
        <fo:block font-family="{$heading-font}" font-weight="bold" font-size="112pt" line-height="1"
            color="#e3e3e3" text-align="center">UTKAST</fo:block>
      </fo:block-container>
    </xsl:if>
  </xsl:template>

  <!-- Page 1: förvaltning and enhet to the left; Tjänsteutlåtande, Dnr, page and date to the right.
       The table only lays the two columns out: it is tagged as plain Divs, not as a Table, so
       that assistive technology does not announce a data table without headers. -->
  <xsl:template name="first-page-head">
    <fo:table role="Div" table-layout="fixed" width="100%" font-family="{$heading-font}" font-size="10pt">
      <fo:table-column column-width="proportional-column-width(3)"/>
      <fo:table-column column-width="proportional-column-width(2)"/>
      <fo:table-body role="Div">
        <fo:table-row role="Div">
          <fo:table-cell role="Div" padding-end="6mm">
            <fo:block font-family="{$heading-font}" font-weight="bold" font-size="12pt">
              <xsl:value-of select="administration"/>
            </fo:block>
            <fo:block font-family="{$heading-font}" font-size="11pt">
              <xsl:value-of select="unit"/>
            </fo:block>
          </fo:table-cell>
          <fo:table-cell role="Div">
            <fo:block font-family="{$heading-font}" font-weight="bold" font-size="12pt">Tjänsteutlåtande</fo:block>
            <fo:block>
              <xsl:text>Dnr: </xsl:text>
              <xsl:value-of select="dnr"/>
            </fo:block>
            <fo:block>
              <xsl:call-template name="page-of-total"/>
            </fo:block>
            <xsl:if test="normalize-space(date)">
              <fo:block space-before="4pt">
                <xsl:value-of select="date"/>
              </fo:block>
            </xsl:if>
          </fo:table-cell>
        </fo:table-row>
      </fo:table-body>
    </fo:table>

    <fo:block space-before="12mm">
      <fo:block>
        <xsl:text>Handläggare: </xsl:text>
        <xsl:value-of select="handler/name"/>
      </fo:block>
      <xsl:if test="normalize-space(handler/phone)">
        <fo:block>
          <xsl:text>Telefon: </xsl:text>
          <xsl:value-of select="handler/phone"/>
        </fo:block>
      </xsl:if>
    </fo:block>
    <fo:block space-before="6mm">
      <xsl:text>Till: </xsl:text>
      <xsl:value-of select="to"/>
    </fo:block>
  </xsl:template>

  <!-- The document's title; PDF/UA-1 requires one, in the metadata, and an H1 before the H2s
       (7.4.2). A document without a title is called "Tjänsteutlåtande Dnr ...", or just
       "Tjänsteutlåtande". With breaks false, without the break opportunities (for metadata and
       bookmarks). -->
  <xsl:template name="document-title">
    <xsl:param name="breaks" select="true()"/>
    <xsl:variable name="title" select="normalize-space(translate(title, $zwsp, ''))"/>
    <xsl:choose>
      <xsl:when test="$title and $breaks"><xsl:value-of select="normalize-space(title)"/></xsl:when>
      <xsl:when test="$title"><xsl:value-of select="$title"/></xsl:when>
      <xsl:when test="normalize-space(dnr) and $breaks">
        <xsl:value-of select="concat('Tjänsteutlåtande Dnr ', normalize-space(dnr))"/>
      </xsl:when>
      <xsl:when test="normalize-space(dnr)">
        <xsl:value-of select="concat('Tjänsteutlåtande Dnr ', normalize-space(translate(dnr, $zwsp, '')))"/>
      </xsl:when>
      <xsl:otherwise>Tjänsteutlåtande</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="title">
    <fo:block id="title" role="H1" xsl:use-attribute-sets="heading" font-size="17pt"
        space-before="14mm" space-after="10pt">
      <xsl:call-template name="document-title"/>
    </fo:block>
  </xsl:template>

  <xsl:template match="proposal">
    <fo:block id="proposal" xsl:use-attribute-sets="h2">Förslag till beslut</fo:block>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template match="section">
    <xsl:if test="normalize-space(heading)">
      <fo:block id="{generate-id()}" xsl:use-attribute-sets="h2">
        <xsl:value-of select="heading"/>
      </fo:block>
    </xsl:if>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template match="paragraph">
    <fo:block xsl:use-attribute-sets="paragraph">
      <xsl:value-of select="."/>
    </fo:block>
  </xsl:template>

  <!-- "Hägersten-Liljeholmens stadsdelsnämnd fastställde dokumentet vid sammanträdet 2026-12-10, § 12." -->
  <xsl:template match="adoption">
    <fo:block id="adoption" xsl:use-attribute-sets="h2">Beslut</fo:block>
    <fo:block xsl:use-attribute-sets="paragraph">
      <xsl:value-of select="board"/>
      <xsl:text> fastställde dokumentet vid sammanträdet </xsl:text>
      <xsl:value-of select="meeting-date"/>
      <xsl:if test="normalize-space(paragraph)">
        <xsl:text>, </xsl:text>
        <xsl:value-of select="paragraph"/>
      </xsl:if>
      <xsl:text>.</xsl:text>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
