<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tjänsteutlåtande: XML (written by TjansteutlatandeXmlWriter) to XSL-FO for Apache FOP 2.11.

  Input:
    <tjansteutlatande draft="true|false">
      <administration/> <unit/> <dnr/> <date>yyyy-MM-dd</date>
      <handler><name/><phone/>?</handler> <to/> <title/>
      <proposal><paragraph/>*</proposal>?
      <plan kind="VP|T1|T2|VB" follow-up="true|false">...</plan>?   (see PlanXml)
      <section><heading/>?<paragraph/>*</section>*
      <adoption><board/><meeting-date/><paragraph/></adoption>?
    </tjansteutlatande>

  Without a plan the body is the sections. With one, the body follows the seeds' layout: a table
  of contents (plain text with page numbers: FOP 2.11 cannot make PDF/UA-valid links, FOP-3322),
  Inledning, the goal cascade with its indicator and activity tables, Uppföljning av ekonomi with
  the budget tables, Övriga frågor, the sections, Bilagor with the internkontrollplan, Beslut.
  Headings H2 to H6 never skip a level (PDF/UA-1 7.4.2); table header rows are fo:table-header
  (tagged TH with Scope Column, repeated on every page the table runs over).

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
    <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
    <xsl:attribute name="line-height">1.2</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="h2" use-attribute-sets="heading">
    <xsl:attribute name="role">H2</xsl:attribute>
    <xsl:attribute name="font-size">13pt</xsl:attribute>
    <xsl:attribute name="space-before">14pt</xsl:attribute>
    <xsl:attribute name="space-after">6pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="h3" use-attribute-sets="heading">
    <xsl:attribute name="role">H3</xsl:attribute>
    <xsl:attribute name="font-size">12pt</xsl:attribute>
    <xsl:attribute name="space-before">12pt</xsl:attribute>
    <xsl:attribute name="space-after">5pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="h4" use-attribute-sets="heading">
    <xsl:attribute name="role">H4</xsl:attribute>
    <xsl:attribute name="font-size">11pt</xsl:attribute>
    <xsl:attribute name="space-before">10pt</xsl:attribute>
    <xsl:attribute name="space-after">4pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="h5" use-attribute-sets="heading">
    <xsl:attribute name="role">H5</xsl:attribute>
    <xsl:attribute name="font-size">10.5pt</xsl:attribute>
    <xsl:attribute name="space-before">8pt</xsl:attribute>
    <xsl:attribute name="space-after">3pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="h6" use-attribute-sets="heading">
    <xsl:attribute name="role">H6</xsl:attribute>
    <xsl:attribute name="font-size">10pt</xsl:attribute>
    <xsl:attribute name="space-before">6pt</xsl:attribute>
    <xsl:attribute name="space-after">2pt</xsl:attribute>
  </xsl:attribute-set>

  <!-- "KF:s inriktningsmål:", "Nämndmål:" ... on the line above a goal's wording, as in the seeds -->
  <xsl:attribute-set name="goal-label">
    <xsl:attribute name="font-weight">normal</xsl:attribute>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="table">
    <xsl:attribute name="table-layout">fixed</xsl:attribute>
    <xsl:attribute name="width">100%</xsl:attribute>
    <xsl:attribute name="border-collapse">collapse</xsl:attribute>
    <xsl:attribute name="space-before">4pt</xsl:attribute>
    <xsl:attribute name="space-after">8pt</xsl:attribute>
    <xsl:attribute name="font-size">9.5pt</xsl:attribute>
    <xsl:attribute name="line-height">1.25</xsl:attribute>
  </xsl:attribute-set>

  <!-- Table cells are narrow: long Swedish compounds are hyphenated there (fop-hyph's Swedish
       patterns, language sv from the page sequence), at least three letters on each side. The
       hyphen is U+00AD, as PDF 1.7 (14.8.2.2.3) asks of hyphens added by hyphenation, so search,
       text extraction and reflow see the whole word. Running text is ragged-right like the
       seeds' and is not hyphenated; header cells and headings never are. -->
  <xsl:attribute-set name="cell">
    <xsl:attribute name="hyphenate">true</xsl:attribute>
    <xsl:attribute name="hyphenation-character">&#xAD;</xsl:attribute>
    <xsl:attribute name="hyphenation-remain-character-count">3</xsl:attribute>
    <xsl:attribute name="hyphenation-push-character-count">3</xsl:attribute>
    <xsl:attribute name="border">0.5pt solid #808080</xsl:attribute>
    <xsl:attribute name="padding-start">1.2mm</xsl:attribute>
    <xsl:attribute name="padding-end">1.2mm</xsl:attribute>
    <xsl:attribute name="padding-top">0.8mm</xsl:attribute>
    <xsl:attribute name="padding-bottom">0.8mm</xsl:attribute>
  </xsl:attribute-set>

  <xsl:attribute-set name="header-cell" use-attribute-sets="cell">
    <xsl:attribute name="background-color">#e6e6e6</xsl:attribute>
    <xsl:attribute name="font-family"><xsl:value-of select="$heading-font"/></xsl:attribute>
    <xsl:attribute name="font-weight">bold</xsl:attribute>
    <xsl:attribute name="font-size">8pt</xsl:attribute>
    <xsl:attribute name="display-align">after</xsl:attribute>
    <xsl:attribute name="hyphenate">false</xsl:attribute>
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
        <xsl:apply-templates select="plan" mode="bookmarks-body"/>
        <xsl:for-each select="section[normalize-space(heading)]">
          <fo:bookmark internal-destination="{generate-id()}">
            <fo:bookmark-title><xsl:value-of select="normalize-space(translate(heading, $zwsp, ''))"/></fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
        <xsl:apply-templates select="plan" mode="bookmarks-attachments"/>
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
          <xsl:apply-templates select="plan" mode="toc"/>
          <xsl:apply-templates select="plan"/>
          <xsl:apply-templates select="section"/>
          <xsl:apply-templates select="plan" mode="attachments"/>
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

  <!-- ================================================================================================
       The plan (PlanXml): table of contents, body and bilagor
       ================================================================================================ -->

  <!-- "2. Ett klimatsmart Stockholm": the number, a full stop unless it has one, the wording -->
  <xsl:template name="numbered">
    <xsl:param name="number" select="normalize-space(number)"/>
    <xsl:param name="dot" select="false()"/>
    <xsl:if test="$number">
      <xsl:value-of select="$number"/>
      <xsl:if test="$dot and substring($number, string-length($number)) != '.'">.</xsl:if>
      <xsl:text> </xsl:text>
    </xsl:if>
    <xsl:value-of select="normalize-space(title)"/>
  </xsl:template>

  <xsl:template name="part-label">
    <xsl:param name="name" select="@name"/>
    <xsl:choose>
      <xsl:when test="$name = 'vision'">Verksamhetsidé och värdegrund</xsl:when>
      <xsl:when test="$name = 'description'">Verksamhetsbeskrivning</xsl:when>
      <xsl:when test="$name = 'quality-work'">Kvalitets- och utvecklingsarbete</xsl:when>
      <xsl:when test="$name = 'staff-participation'">Medarbetarnas delaktighet</xsl:when>
      <xsl:when test="$name = 'expected-result'">Förväntat resultat</xsl:when>
      <xsl:when test="$name = 'working-methods'">Arbetssätt</xsl:when>
      <xsl:when test="$name = 'resources'">Resursanvändning</xsl:when>
      <xsl:when test="$name = 'follow-up'">Uppföljning</xsl:when>
      <xsl:when test="$name = 'development'">Utveckling</xsl:when>
      <xsl:otherwise><xsl:value-of select="$name"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Table of contents: plain text and page numbers (fo:page-number-citation is no link) -->

  <xsl:template match="plan" mode="toc">
    <fo:block id="toc" xsl:use-attribute-sets="h2">Innehåll</fo:block>
    <fo:block role="TOC" font-size="10.5pt" line-height="1.3" break-after="page">
      <xsl:if test="introduction">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="generate-id(introduction)"/>
          <xsl:with-param name="text" select="'Inledning'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="direction-goal">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="generate-id()"/>
          <xsl:with-param name="text">
            <xsl:text>KF:s inriktningsmål </xsl:text>
            <xsl:call-template name="numbered">
              <xsl:with-param name="dot" select="true()"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:for-each select="council-goal">
          <xsl:call-template name="toc-entry">
            <xsl:with-param name="ref" select="generate-id()"/>
            <xsl:with-param name="level" select="2"/>
            <xsl:with-param name="text">
              <xsl:call-template name="numbered"/>
            </xsl:with-param>
          </xsl:call-template>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:if test="resource-use or budget">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="'economy'"/>
          <xsl:with-param name="text" select="'Uppföljning av ekonomi'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="other-matters">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="'other-matters'"/>
          <xsl:with-param name="text" select="'Övriga frågor'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="other-section">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="generate-id()"/>
          <xsl:with-param name="text">
            <xsl:call-template name="other-section-title"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="../section[normalize-space(heading)]">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="generate-id()"/>
          <xsl:with-param name="text" select="normalize-space(heading)"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="internal-control or attachment">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="'attachments'"/>
          <xsl:with-param name="text" select="'Bilagor'"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="../adoption">
        <xsl:call-template name="toc-entry">
          <xsl:with-param name="ref" select="'adoption'"/>
          <xsl:with-param name="text" select="'Beslut'"/>
        </xsl:call-template>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <!-- One line of the table of contents: the text, a dotted leader and the page number at the
       right margin. A long text wraps short of the page-number column (end-indent), its last line
       runs out to the margin (last-line-end-indent). -->
  <xsl:template name="toc-entry">
    <xsl:param name="ref"/>
    <xsl:param name="text"/>
    <xsl:param name="level" select="1"/>
    <fo:block role="TOCI" text-align="start" text-align-last="justify" end-indent="12mm"
        last-line-end-indent="-12mm" start-indent="{($level - 1) * 8}mm">
      <xsl:choose>
        <xsl:when test="$level = 1">
          <xsl:attribute name="space-before">4pt</xsl:attribute>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="font-size">10pt</xsl:attribute>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:value-of select="$text"/>
      <xsl:text> </xsl:text>
      <fo:leader leader-pattern="dots" leader-pattern-width="5pt" leader-length.minimum="8mm"/>
      <xsl:text> </xsl:text>
      <fo:page-number-citation role="Span" ref-id="{$ref}"/>
    </fo:block>
  </xsl:template>

  <!-- Bookmarks -->

  <xsl:template match="plan" mode="bookmarks-body">
    <fo:bookmark internal-destination="toc">
      <fo:bookmark-title>Innehåll</fo:bookmark-title>
    </fo:bookmark>
    <xsl:if test="introduction">
      <fo:bookmark internal-destination="{generate-id(introduction)}">
        <fo:bookmark-title>Inledning</fo:bookmark-title>
      </fo:bookmark>
    </xsl:if>
    <xsl:for-each select="direction-goal">
      <fo:bookmark internal-destination="{generate-id()}" starting-state="show">
        <fo:bookmark-title>
          <xsl:call-template name="bookmark-text">
            <xsl:with-param name="text">
              <xsl:call-template name="numbered">
                <xsl:with-param name="dot" select="true()"/>
              </xsl:call-template>
            </xsl:with-param>
          </xsl:call-template>
        </fo:bookmark-title>
        <xsl:for-each select="council-goal">
          <fo:bookmark internal-destination="{generate-id()}">
            <fo:bookmark-title>
              <xsl:call-template name="bookmark-text">
                <xsl:with-param name="text">
                  <xsl:call-template name="numbered"/>
                </xsl:with-param>
              </xsl:call-template>
            </fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark>
    </xsl:for-each>
    <xsl:if test="resource-use or budget">
      <fo:bookmark internal-destination="economy">
        <fo:bookmark-title>Uppföljning av ekonomi</fo:bookmark-title>
      </fo:bookmark>
    </xsl:if>
    <xsl:if test="other-matters">
      <fo:bookmark internal-destination="other-matters">
        <fo:bookmark-title>Övriga frågor</fo:bookmark-title>
      </fo:bookmark>
    </xsl:if>
    <xsl:for-each select="other-section">
      <fo:bookmark internal-destination="{generate-id()}">
        <fo:bookmark-title>
          <xsl:call-template name="bookmark-text">
            <xsl:with-param name="text">
              <xsl:call-template name="other-section-title"/>
            </xsl:with-param>
          </xsl:call-template>
        </fo:bookmark-title>
      </fo:bookmark>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="plan" mode="bookmarks-attachments">
    <xsl:if test="internal-control or attachment">
      <fo:bookmark internal-destination="attachments">
        <fo:bookmark-title>Bilagor</fo:bookmark-title>
      </fo:bookmark>
    </xsl:if>
  </xsl:template>

  <xsl:template name="bookmark-text">
    <xsl:param name="text"/>
    <xsl:value-of select="normalize-space(translate($text, $zwsp, ''))"/>
  </xsl:template>

  <!-- Body -->

  <xsl:template match="plan">
    <xsl:apply-templates select="introduction"/>
    <xsl:apply-templates select="direction-goal"/>
    <xsl:if test="resource-use or budget">
      <fo:block id="economy" xsl:use-attribute-sets="h2">Uppföljning av ekonomi</fo:block>
      <xsl:apply-templates select="resource-use"/>
      <xsl:apply-templates select="budget"/>
    </xsl:if>
    <xsl:apply-templates select="other-matters"/>
    <xsl:apply-templates select="other-section"/>
  </xsl:template>

  <xsl:template match="introduction">
    <fo:block id="{generate-id()}" xsl:use-attribute-sets="h2">Inledning</fo:block>
    <xsl:for-each select="part">
      <fo:block xsl:use-attribute-sets="h3">
        <xsl:call-template name="part-label"/>
      </fo:block>
      <xsl:apply-templates select="paragraph"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="direction-goal">
    <fo:block id="{generate-id()}" xsl:use-attribute-sets="h2" linefeed-treatment="preserve" space-before="18pt">
      <fo:inline xsl:use-attribute-sets="goal-label">KF:s inriktningsmål:</fo:inline>
      <xsl:text>&#xA;</xsl:text>
      <xsl:call-template name="numbered">
        <xsl:with-param name="dot" select="true()"/>
      </xsl:call-template>
    </fo:block>
    <xsl:apply-templates select="council-goal"/>
  </xsl:template>

  <xsl:template match="council-goal">
    <fo:block id="{generate-id()}" xsl:use-attribute-sets="h3" linefeed-treatment="preserve">
      <fo:inline xsl:use-attribute-sets="goal-label">KF:s mål för verksamhetsområdet:</fo:inline>
      <xsl:text>&#xA;</xsl:text>
      <xsl:call-template name="numbered"/>
    </fo:block>
    <xsl:if test="indicator">
      <xsl:call-template name="indicator-table"/>
    </xsl:if>
    <xsl:apply-templates select="assessment"/>
    <xsl:apply-templates select="board-goal"/>
  </xsl:template>

  <xsl:template match="board-goal">
    <fo:block xsl:use-attribute-sets="h4" linefeed-treatment="preserve">
      <fo:inline xsl:use-attribute-sets="goal-label">Nämndmål:</fo:inline>
      <xsl:text>&#xA;</xsl:text>
      <xsl:value-of select="normalize-space(title)"/>
    </fo:block>
    <xsl:if test="expected-result">
      <fo:block xsl:use-attribute-sets="h5">Förväntat resultat</fo:block>
      <xsl:apply-templates select="expected-result/paragraph"/>
    </xsl:if>
    <xsl:if test="description">
      <fo:block xsl:use-attribute-sets="h5">Beskrivning</fo:block>
      <xsl:apply-templates select="description/paragraph"/>
    </xsl:if>
    <xsl:if test="activity">
      <xsl:call-template name="activity-table"/>
    </xsl:if>
    <xsl:apply-templates select="assessment"/>
    <xsl:apply-templates select="unit-goal"/>
  </xsl:template>

  <xsl:template match="unit-goal">
    <fo:block xsl:use-attribute-sets="h5" linefeed-treatment="preserve" space-before="10pt">
      <fo:inline xsl:use-attribute-sets="goal-label">Enhetsmål:</fo:inline>
      <xsl:text>&#xA;</xsl:text>
      <xsl:value-of select="normalize-space(title)"/>
    </fo:block>
    <xsl:for-each select="part">
      <fo:block xsl:use-attribute-sets="h6">
        <xsl:call-template name="part-label"/>
      </fo:block>
      <xsl:apply-templates select="paragraph"/>
    </xsl:for-each>
    <xsl:apply-templates select="assessment"/>
  </xsl:template>

  <!-- A goal's assessment, in words ("Uppfylls delvis"), never by colour alone; in T1 and T2 it is
       a forecast for the year. -->
  <xsl:template match="assessment">
    <fo:block space-before="4pt" space-after="6pt" padding-start="3mm" border-start-style="solid" border-start-width="2pt" border-start-color="#808080">
      <xsl:if test="normalize-space(level)">
        <fo:block xsl:use-attribute-sets="paragraph" keep-with-next.within-page="always">
          <fo:inline font-weight="bold">
            <xsl:choose>
              <xsl:when test="ancestor::plan/@kind = 'VB'">Bedömning: </xsl:when>
              <xsl:otherwise>Bedömning (prognos för helåret): </xsl:otherwise>
            </xsl:choose>
          </fo:inline>
          <xsl:value-of select="level"/>
        </fo:block>
      </xsl:if>
      <xsl:for-each select="paragraph">
        <fo:block xsl:use-attribute-sets="paragraph">
          <xsl:if test="position() = 1">
            <fo:inline font-weight="bold">Analys: </fo:inline>
          </xsl:if>
          <xsl:value-of select="."/>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template match="resource-use">
    <fo:block xsl:use-attribute-sets="h3">Resursanvändning</fo:block>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template match="other-matters">
    <fo:block id="other-matters" xsl:use-attribute-sets="h2">Övriga frågor</fo:block>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template name="other-section-title">
    <xsl:choose>
      <xsl:when test="normalize-space(title)"><xsl:value-of select="normalize-space(title)"/></xsl:when>
      <xsl:otherwise>Övrigt</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="other-section">
    <fo:block id="{generate-id()}" xsl:use-attribute-sets="h2">
      <xsl:call-template name="other-section-title"/>
    </fo:block>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <!-- Tables. Header cells are fo:table-header: tagged TH with Scope Column, and repeated at the
       top of each page a table runs over. -->

  <xsl:template name="th">
    <xsl:param name="text"/>
    <xsl:param name="align" select="'start'"/>
    <fo:table-cell xsl:use-attribute-sets="header-cell">
      <fo:block text-align="{$align}"><xsl:value-of select="$text"/></fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="td">
    <xsl:param name="text"/>
    <xsl:param name="align" select="'start'"/>
    <fo:table-cell xsl:use-attribute-sets="cell">
      <fo:block text-align="{$align}" linefeed-treatment="preserve">
        <!-- nothing for an empty cell: XSLTC would hand FOP an empty text node, tagged as an empty P -->
        <xsl:if test="string($text)"><xsl:value-of select="$text"/></xsl:if>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <xsl:template name="indicator-table">
    <xsl:variable name="follow-up" select="ancestor::plan/@follow-up = 'true'"/>
    <fo:table xsl:use-attribute-sets="table">
      <xsl:choose>
        <xsl:when test="$follow-up">
          <xsl:attribute name="font-size">8.5pt</xsl:attribute>
          <fo:table-column column-width="proportional-column-width(45)"/>
          <fo:table-column column-width="proportional-column-width(15)"/>
          <fo:table-column column-width="proportional-column-width(17)"/>
          <fo:table-column column-width="proportional-column-width(19)"/>
          <fo:table-column column-width="proportional-column-width(17)"/>
          <fo:table-column column-width="proportional-column-width(17)"/>
          <fo:table-column column-width="proportional-column-width(17)"/>
          <fo:table-column column-width="proportional-column-width(18)"/>
        </xsl:when>
        <xsl:otherwise>
          <fo:table-column column-width="proportional-column-width(85)"/>
          <fo:table-column column-width="proportional-column-width(22)"/>
          <fo:table-column column-width="proportional-column-width(30)"/>
          <fo:table-column column-width="proportional-column-width(28)"/>
        </xsl:otherwise>
      </xsl:choose>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Indikator'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Årsmål'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'KF:s årsmål'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Periodicitet'"/></xsl:call-template>
          <xsl:if test="$follow-up">
            <xsl:call-template name="th"><xsl:with-param name="text" select="'Periodens utfall'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="text" select="'Utfall kvinnor'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="text" select="'Utfall män'"/></xsl:call-template>
            <xsl:call-template name="th"><xsl:with-param name="text" select="'Prognos helår'"/></xsl:call-template>
          </xsl:if>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="indicator">
          <fo:table-row>
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block><xsl:value-of select="name"/></fo:block>
            </fo:table-cell>
            <xsl:call-template name="td"><xsl:with-param name="text" select="unit-target"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="council-target"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="periodicity"/></xsl:call-template>
            <xsl:if test="$follow-up">
              <fo:table-cell xsl:use-attribute-sets="cell">
                <fo:block><xsl:value-of select="period-outcome"/></fo:block>
                <xsl:if test="normalize-space(reason-missing)">
                  <fo:block font-style="italic">
                    <xsl:text>Inget utfall: </xsl:text>
                    <xsl:value-of select="reason-missing"/>
                  </fo:block>
                </xsl:if>
              </fo:table-cell>
              <xsl:call-template name="td"><xsl:with-param name="text" select="outcome-women"/></xsl:call-template>
              <xsl:call-template name="td"><xsl:with-param name="text" select="outcome-men"/></xsl:call-template>
              <xsl:call-template name="td"><xsl:with-param name="text" select="forecast"/></xsl:call-template>
            </xsl:if>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="activity-table">
    <xsl:variable name="follow-up" select="ancestor::plan/@follow-up = 'true'"/>
    <fo:table xsl:use-attribute-sets="table">
      <xsl:choose>
        <xsl:when test="$follow-up">
          <fo:table-column column-width="proportional-column-width(90)"/>
          <fo:table-column column-width="proportional-column-width(23)"/>
          <fo:table-column column-width="proportional-column-width(23)"/>
          <fo:table-column column-width="proportional-column-width(29)"/>
        </xsl:when>
        <xsl:otherwise>
          <fo:table-column column-width="proportional-column-width(115)"/>
          <fo:table-column column-width="proportional-column-width(25)"/>
          <fo:table-column column-width="proportional-column-width(25)"/>
        </xsl:otherwise>
      </xsl:choose>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Aktivitet'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Startdatum'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Slutdatum'"/></xsl:call-template>
          <xsl:if test="$follow-up">
            <xsl:call-template name="th"><xsl:with-param name="text" select="'Status'"/></xsl:call-template>
          </xsl:if>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="activity">
          <fo:table-row>
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block><xsl:value-of select="title"/></fo:block>
              <xsl:for-each select="analysis/paragraph">
                <fo:block space-before="2pt" font-style="italic">
                  <xsl:if test="position() = 1">Analys: </xsl:if>
                  <xsl:value-of select="."/>
                </fo:block>
              </xsl:for-each>
            </fo:table-cell>
            <xsl:call-template name="td"><xsl:with-param name="text" select="start"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="end"/></xsl:call-template>
            <xsl:if test="$follow-up">
              <xsl:call-template name="td"><xsl:with-param name="text" select="status"/></xsl:call-template>
            </xsl:if>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- A budget in TKr: the amounts right-aligned (grouped by the XML writer), the sums in bold. -->
  <xsl:template match="budget">
    <xsl:variable name="columns" select="count(column)"/>
    <fo:block xsl:use-attribute-sets="h3">
      <xsl:choose>
        <xsl:when test="normalize-space(title)"><xsl:value-of select="title"/></xsl:when>
        <xsl:otherwise>Budget</xsl:otherwise>
      </xsl:choose>
    </fo:block>
    <!-- 70 mm for the labels and 25 mm for each amount column, at most the full width; a budget
         of ordinary length is kept on one page -->
    <fo:table xsl:use-attribute-sets="table">
      <xsl:attribute name="width">
        <xsl:choose>
          <xsl:when test="70 + 25 * $columns &lt; 165"><xsl:value-of select="70 + 25 * $columns"/>mm</xsl:when>
          <xsl:otherwise>100%</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="count(row) &lt;= 25">
        <xsl:attribute name="keep-together.within-page">always</xsl:attribute>
      </xsl:if>
      <fo:table-column column-width="proportional-column-width(14)"/>
      <xsl:for-each select="column">
        <fo:table-column column-width="proportional-column-width(5)"/>
      </xsl:for-each>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'TKr'"/></xsl:call-template>
          <xsl:for-each select="column">
            <xsl:call-template name="th">
              <xsl:with-param name="text" select="."/>
              <xsl:with-param name="align" select="'end'"/>
            </xsl:call-template>
          </xsl:for-each>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="row">
          <fo:table-row>
            <xsl:if test="starts-with(@kind, 'SUM') or @kind = 'NET'">
              <xsl:attribute name="font-weight">bold</xsl:attribute>
            </xsl:if>
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block><xsl:value-of select="label"/></fo:block>
            </fo:table-cell>
            <xsl:for-each select="amount">
              <xsl:call-template name="td">
                <xsl:with-param name="text" select="."/>
                <xsl:with-param name="align" select="'end'"/>
              </xsl:call-template>
            </xsl:for-each>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <!-- Bilagor -->

  <xsl:template match="plan" mode="attachments">
    <xsl:if test="internal-control or attachment">
      <fo:block id="attachments" xsl:use-attribute-sets="h2">Bilagor</fo:block>
      <xsl:for-each select="internal-control | attachment">
        <fo:block xsl:use-attribute-sets="paragraph" space-after="2pt">
          <xsl:value-of select="position()"/>
          <xsl:text>. </xsl:text>
          <xsl:choose>
            <xsl:when test="self::internal-control">Internkontrollplan med väsentlighets- och riskanalys</xsl:when>
            <xsl:otherwise><xsl:call-template name="other-section-title"/></xsl:otherwise>
          </xsl:choose>
        </fo:block>
      </xsl:for-each>
      <xsl:apply-templates select="internal-control"/>
      <xsl:for-each select="attachment[paragraph]">
        <fo:block xsl:use-attribute-sets="h3">
          <xsl:call-template name="other-section-title"/>
        </fo:block>
        <xsl:apply-templates select="paragraph"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- Risks rated 1 (low) to 4 (high); in a VB with the result of each control. -->
  <xsl:template match="internal-control">
    <xsl:variable name="results" select="@results = 'true'"/>
    <fo:block xsl:use-attribute-sets="h3">Internkontrollplan med väsentlighets- och riskanalys</fo:block>
    <fo:table xsl:use-attribute-sets="table" font-size="9pt">
      <xsl:choose>
        <xsl:when test="$results">
          <fo:table-column column-width="proportional-column-width(38)"/>
          <fo:table-column column-width="proportional-column-width(21)"/>
          <fo:table-column column-width="proportional-column-width(21)"/>
          <fo:table-column column-width="proportional-column-width(31)"/>
          <fo:table-column column-width="proportional-column-width(22)"/>
          <fo:table-column column-width="proportional-column-width(32)"/>
        </xsl:when>
        <xsl:otherwise>
          <fo:table-column column-width="proportional-column-width(50)"/>
          <fo:table-column column-width="proportional-column-width(22)"/>
          <fo:table-column column-width="proportional-column-width(22)"/>
          <fo:table-column column-width="proportional-column-width(41)"/>
          <fo:table-column column-width="proportional-column-width(30)"/>
        </xsl:otherwise>
      </xsl:choose>
      <fo:table-header>
        <fo:table-row>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Risk'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Sannolikhet'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Konsekvens'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Kontroll'"/></xsl:call-template>
          <xsl:call-template name="th"><xsl:with-param name="text" select="'Ansvarig'"/></xsl:call-template>
          <xsl:if test="$results">
            <xsl:call-template name="th"><xsl:with-param name="text" select="'Resultat'"/></xsl:call-template>
          </xsl:if>
        </fo:table-row>
      </fo:table-header>
      <fo:table-body>
        <xsl:for-each select="risk">
          <fo:table-row>
            <fo:table-cell xsl:use-attribute-sets="cell">
              <fo:block><xsl:value-of select="what"/></fo:block>
            </fo:table-cell>
            <xsl:call-template name="td">
              <xsl:with-param name="text" select="probability"/>
              <xsl:with-param name="align" select="'center'"/>
            </xsl:call-template>
            <xsl:call-template name="td">
              <xsl:with-param name="text" select="consequence"/>
              <xsl:with-param name="align" select="'center'"/>
            </xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="control"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="responsible"/></xsl:call-template>
            <xsl:if test="$results">
              <xsl:call-template name="td"><xsl:with-param name="text" select="result"/></xsl:call-template>
            </xsl:if>
          </fo:table-row>
        </xsl:for-each>
      </fo:table-body>
    </fo:table>
  </xsl:template>


</xsl:stylesheet>
