<?xml version="1.0" encoding="UTF-8"?>
<!--
  Tjänsteutlåtande: the same XML as tjansteutlatande.xsl reads (TjansteutlatandeXml, PlanXml) to an
  accessible HTML5 page (WCAG 2.1 AA, EN 301 549), for GET /api/documents/{id}/html.

  The output is polyglot HTML5: serialised as XML (the JDK's XSLTC has no xhtml method, and its
  html method writes an unclosed META), so that it is also well-formed XML; TjansteutlatandeHtml
  puts "<!DOCTYPE html>" in front. Therefore no element may be written empty where HTML does not
  allow <x/> (a table cell, a paragraph): empty cells get an empty comment.

  The page: a visible "Utkast" banner on a draft; <header> with förvaltning, enhet,
  Tjänsteutlåtande, Dnr, date, Handläggare and Till; <main> with the title as the only h1, a table
  of contents (<nav aria-label="Innehåll">, in-page links to the headings' ids), then h2 to h6 in
  the order and nesting of the PDF, never skipping a level. Tables have a <caption>, column headers
  <th scope="col">, and the row's name as <th scope="row">; amounts are right-aligned.

  All user text arrives as XML text nodes and is only ever copied with xsl:value-of (never with
  disable-output-escaping), so the serialiser escapes it: it can never become markup. The style
  sheet in <style> must not contain "<", ">" or "&": in XML output they would be escaped, and HTML
  does not unescape the contents of <style>.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="xsl">

  <xsl:output method="xml" encoding="UTF-8" omit-xml-declaration="yes" indent="no"/>

  <!-- The XML writer puts ZERO WIDTH SPACEs into very long words so that they can wrap; they stay
       in the body (they let a long word wrap in a browser too) but are taken out of <title>. -->
  <xsl:variable name="zwsp" select="'&#x200B;'"/>

  <xsl:variable name="css">
    :root { color-scheme: light; }
    body { margin: 0; background: #ffffff; color: #1a1a1a; font-family: "Liberation Serif", Georgia, "Times New Roman", serif; font-size: 1.0625rem; line-height: 1.5; }
    .page { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
    h1, h2, h3, h4, h5, h6, header, caption, th, nav { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
    h1 { font-size: 1.75rem; line-height: 1.25; margin: 1.5rem 0 1rem; }
    h2 { font-size: 1.4rem; line-height: 1.3; margin: 2rem 0 0.6rem; }
    h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
    h4 { font-size: 1.08rem; margin: 1.25rem 0 0.4rem; }
    h5 { font-size: 1rem; margin: 1rem 0 0.3rem; }
    h6 { font-size: 0.95rem; margin: 0.8rem 0 0.25rem; }
    .label { display: block; font-weight: normal; font-size: 0.85em; color: #404040; }
    p { margin: 0 0 0.75rem; white-space: pre-line; }
    a { color: #0b4f9c; }
    a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
    .skip { position: absolute; left: -999rem; }
    .skip:focus { position: static; }
    .draft { margin: 1rem 0; padding: 0.75rem 1rem; border: 3px solid #7a5c00; background: #fff4cc; color: #1a1a1a; font-family: "Liberation Sans", Arial, sans-serif; font-size: 1.1rem; }
    header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 1rem; padding-bottom: 1rem; border-bottom: 2px solid #595959; }
    header p { margin: 0; white-space: normal; }
    .administration, .doctype { font-weight: bold; font-size: 1.1rem; }
    header dl { margin: 0; display: grid; grid-template-columns: auto 1fr; column-gap: 0.5rem; }
    header dt { font-weight: bold; }
    header dd { margin: 0; }
    nav { margin: 1rem 0 1.5rem; padding: 0.5rem 1rem; border: 1px solid #757575; }
    nav h2 { margin-top: 0.5rem; }
    nav ul { margin: 0; padding-left: 1.25rem; }
    nav li { margin: 0.2rem 0; }
    .assessment { margin: 0.5rem 0 1rem; padding-left: 0.75rem; border-left: 4px solid #595959; }
    table { border-collapse: collapse; margin: 0.5rem 0 1.25rem; font-size: 0.95rem; width: 100%; }
    caption { text-align: left; font-weight: bold; padding: 0.25rem 0; caption-side: top; }
    th, td { border: 1px solid #757575; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
    thead th { background: #e6e6e6; color: #1a1a1a; vertical-align: bottom; }
    tbody th { font-weight: normal; font-family: inherit; }
    td { white-space: pre-line; }
    td p, th p { margin: 0.3rem 0 0; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    table.budget { width: auto; min-width: 60%; }
    tr.sum th, tr.sum td { font-weight: bold; }
    .missing { display: block; font-style: italic; }
    @media print { .skip, nav { display: none; } .page { max-width: none; } }
  </xsl:variable>

  <xsl:template match="/tjansteutlatande">
    <html lang="sv" xml:lang="sv">
      <head>
        <meta charset="UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:call-template name="document-title">
            <xsl:with-param name="breaks" select="false()"/>
          </xsl:call-template>
        </title>
        <xsl:if test="normalize-space(administration)">
          <meta name="author" content="{normalize-space(translate(administration, $zwsp, ''))}"/>
        </xsl:if>
        <style><xsl:value-of select="$css"/></style>
      </head>
      <body>
        <div class="page">
          <a class="skip" href="#main">Till innehållet</a>
          <xsl:if test="@draft = 'true'">
            <p class="draft" role="note"><strong>Utkast</strong> – detta är ett utkast, inte det fastställda tjänsteutlåtandet.</p>
          </xsl:if>
          <xsl:call-template name="header"/>
          <main id="main">
            <h1 id="title">
              <xsl:call-template name="document-title"/>
            </h1>
            <xsl:call-template name="toc"/>
            <xsl:apply-templates select="proposal"/>
            <xsl:apply-templates select="plan"/>
            <xsl:apply-templates select="section"/>
            <xsl:apply-templates select="plan" mode="attachments"/>
            <xsl:apply-templates select="adoption"/>
          </main>
        </div>
      </body>
    </html>
  </xsl:template>

  <!-- As the PDF's first page: förvaltning and enhet; Tjänsteutlåtande, Dnr, date, Handläggare, Till -->
  <xsl:template name="header">
    <header>
      <div>
        <p class="administration"><xsl:value-of select="administration"/></p>
        <p><xsl:value-of select="unit"/></p>
      </div>
      <div>
        <p class="doctype">Tjänsteutlåtande</p>
        <dl>
          <dt>Dnr:</dt>
          <dd><xsl:value-of select="dnr"/><xsl:call-template name="keep-open"/></dd>
          <xsl:if test="normalize-space(date)">
            <dt>Datum:</dt>
            <dd><time datetime="{normalize-space(date)}"><xsl:value-of select="date"/></time></dd>
          </xsl:if>
          <dt>Handläggare:</dt>
          <dd><xsl:value-of select="handler/name"/><xsl:call-template name="keep-open"/></dd>
          <xsl:if test="normalize-space(handler/phone)">
            <dt>Telefon:</dt>
            <dd><xsl:value-of select="handler/phone"/></dd>
          </xsl:if>
          <dt>Till:</dt>
          <dd><xsl:value-of select="to"/><xsl:call-template name="keep-open"/></dd>
        </dl>
      </div>
    </header>
  </xsl:template>

  <!-- Inside an element that may be empty: an empty comment, so that the XML serialiser writes
       <td></td>, never <td/> (which an HTML parser reads as an open tag). -->
  <xsl:template name="keep-open">
    <xsl:comment/>
  </xsl:template>

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

  <!-- ============================================================================================
       Table of contents: the h2s, and under each KF:s inriktningsmål its KF goals (h3)
       ============================================================================================ -->

  <xsl:template name="toc">
    <nav aria-label="Innehåll">
      <h2 id="toc">Innehåll</h2>
      <ul>
        <xsl:if test="proposal">
          <li><a href="#proposal">Förslag till beslut</a></li>
        </xsl:if>
        <xsl:for-each select="plan">
          <xsl:if test="introduction">
            <li><a href="#{generate-id(introduction)}">Inledning</a></li>
          </xsl:if>
          <xsl:for-each select="direction-goal">
            <li>
              <a href="#{generate-id()}">
                <xsl:text>KF:s inriktningsmål </xsl:text>
                <xsl:call-template name="numbered">
                  <xsl:with-param name="dot" select="true()"/>
                </xsl:call-template>
              </a>
              <xsl:if test="council-goal">
                <ul>
                  <xsl:for-each select="council-goal">
                    <li><a href="#{generate-id()}"><xsl:call-template name="numbered"/></a></li>
                  </xsl:for-each>
                </ul>
              </xsl:if>
            </li>
          </xsl:for-each>
          <xsl:if test="resource-use or budget">
            <li><a href="#economy">Uppföljning av ekonomi</a></li>
          </xsl:if>
          <xsl:if test="other-matters">
            <li><a href="#other-matters">Övriga frågor</a></li>
          </xsl:if>
          <xsl:for-each select="other-section">
            <li><a href="#{generate-id()}"><xsl:call-template name="other-section-title"/></a></li>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:for-each select="section[normalize-space(heading)]">
          <li><a href="#{generate-id()}"><xsl:value-of select="normalize-space(heading)"/></a></li>
        </xsl:for-each>
        <xsl:if test="plan/internal-control or plan/attachment">
          <li><a href="#attachments">Bilagor</a></li>
        </xsl:if>
        <xsl:if test="adoption">
          <li><a href="#adoption">Beslut</a></li>
        </xsl:if>
        <xsl:if test="not(proposal or plan/* or section[normalize-space(heading)] or adoption)">
          <li><a href="#title"><xsl:call-template name="document-title"/></a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <!-- ============================================================================================
       The document's own parts
       ============================================================================================ -->

  <xsl:template match="proposal">
    <h2 id="proposal">Förslag till beslut</h2>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template match="section">
    <xsl:if test="normalize-space(heading)">
      <h2 id="{generate-id()}"><xsl:value-of select="heading"/></h2>
    </xsl:if>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template match="paragraph">
    <p><xsl:value-of select="."/><xsl:call-template name="keep-open"/></p>
  </xsl:template>

  <xsl:template match="adoption">
    <h2 id="adoption">Beslut</h2>
    <p>
      <xsl:value-of select="board"/>
      <xsl:text> fastställde dokumentet vid sammanträdet </xsl:text>
      <xsl:value-of select="meeting-date"/>
      <xsl:if test="normalize-space(paragraph)">
        <xsl:text>, </xsl:text>
        <xsl:value-of select="paragraph"/>
      </xsl:if>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:template>

  <!-- ============================================================================================
       The plan (PlanXml)
       ============================================================================================ -->

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

  <xsl:template name="other-section-title">
    <xsl:choose>
      <xsl:when test="normalize-space(title)"><xsl:value-of select="normalize-space(title)"/></xsl:when>
      <xsl:otherwise>Övrigt</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="plan">
    <xsl:apply-templates select="introduction"/>
    <xsl:apply-templates select="direction-goal"/>
    <xsl:if test="resource-use or budget">
      <h2 id="economy">Uppföljning av ekonomi</h2>
      <xsl:apply-templates select="resource-use"/>
      <xsl:apply-templates select="budget"/>
    </xsl:if>
    <xsl:apply-templates select="other-matters"/>
    <xsl:apply-templates select="other-section"/>
  </xsl:template>

  <xsl:template match="introduction">
    <h2 id="{generate-id()}">Inledning</h2>
    <xsl:for-each select="part">
      <h3><xsl:call-template name="part-label"/></h3>
      <xsl:apply-templates select="paragraph"/>
    </xsl:for-each>
  </xsl:template>

  <!-- The goal cascade: KF:s inriktningsmål (h2) → KF:s mål (h3) → nämndmål (h4) → enhetsmål (h5) -->

  <xsl:template match="direction-goal">
    <h2 id="{generate-id()}">
      <span class="label">KF:s inriktningsmål:</span>
      <xsl:text> </xsl:text>
      <xsl:call-template name="numbered">
        <xsl:with-param name="dot" select="true()"/>
      </xsl:call-template>
    </h2>
    <xsl:apply-templates select="council-goal"/>
  </xsl:template>

  <xsl:template match="council-goal">
    <h3 id="{generate-id()}">
      <span class="label">KF:s mål för verksamhetsområdet:</span>
      <xsl:text> </xsl:text>
      <xsl:call-template name="numbered"/>
    </h3>
    <xsl:if test="indicator">
      <xsl:call-template name="indicator-table"/>
    </xsl:if>
    <xsl:apply-templates select="assessment"/>
    <xsl:apply-templates select="board-goal"/>
  </xsl:template>

  <xsl:template match="board-goal">
    <h4 id="{generate-id()}">
      <span class="label">Nämndmål:</span>
      <xsl:text> </xsl:text>
      <xsl:value-of select="normalize-space(title)"/>
    </h4>
    <xsl:if test="expected-result">
      <h5>Förväntat resultat</h5>
      <xsl:apply-templates select="expected-result/paragraph"/>
    </xsl:if>
    <xsl:if test="description">
      <h5>Beskrivning</h5>
      <xsl:apply-templates select="description/paragraph"/>
    </xsl:if>
    <xsl:if test="activity">
      <xsl:call-template name="activity-table"/>
    </xsl:if>
    <xsl:apply-templates select="assessment"/>
    <xsl:apply-templates select="unit-goal"/>
  </xsl:template>

  <xsl:template match="unit-goal">
    <h5 id="{generate-id()}">
      <span class="label">Enhetsmål:</span>
      <xsl:text> </xsl:text>
      <xsl:value-of select="normalize-space(title)"/>
    </h5>
    <xsl:for-each select="part">
      <h6><xsl:call-template name="part-label"/></h6>
      <xsl:apply-templates select="paragraph"/>
    </xsl:for-each>
    <xsl:apply-templates select="assessment"/>
  </xsl:template>

  <!-- In words ("Uppfylls delvis"), never by colour alone; in T1 and T2 a forecast for the year -->
  <xsl:template match="assessment">
    <div class="assessment">
      <xsl:if test="normalize-space(level)">
        <p>
          <strong>
            <xsl:choose>
              <xsl:when test="ancestor::plan/@kind = 'VB'">Bedömning: </xsl:when>
              <xsl:otherwise>Bedömning (prognos för helåret): </xsl:otherwise>
            </xsl:choose>
          </strong>
          <xsl:value-of select="level"/>
        </p>
      </xsl:if>
      <xsl:for-each select="paragraph">
        <p>
          <xsl:if test="position() = 1"><strong>Analys: </strong></xsl:if>
          <xsl:value-of select="."/>
        </p>
      </xsl:for-each>
    </div>
  </xsl:template>

  <xsl:template match="resource-use">
    <h3>Resursanvändning</h3>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template match="other-matters">
    <h2 id="other-matters">Övriga frågor</h2>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <xsl:template match="other-section">
    <h2 id="{generate-id()}"><xsl:call-template name="other-section-title"/></h2>
    <xsl:apply-templates select="paragraph"/>
  </xsl:template>

  <!-- ============================================================================================
       Tables
       ============================================================================================ -->

  <xsl:template name="col">
    <xsl:param name="text"/>
    <xsl:param name="class"/>
    <th scope="col">
      <xsl:if test="$class"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
      <xsl:value-of select="$text"/>
      <xsl:call-template name="keep-open"/>
    </th>
  </xsl:template>

  <xsl:template name="td">
    <xsl:param name="text"/>
    <xsl:param name="class"/>
    <td>
      <xsl:if test="$class"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
      <xsl:value-of select="$text"/>
      <xsl:call-template name="keep-open"/>
    </td>
  </xsl:template>

  <xsl:template name="indicator-table">
    <xsl:variable name="follow-up" select="ancestor::plan/@follow-up = 'true'"/>
    <table class="indicators">
      <caption>
        <xsl:text>Indikatorer för </xsl:text>
        <xsl:call-template name="numbered"/>
      </caption>
      <thead>
        <tr>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Indikator'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Årsmål'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'KF:s årsmål'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Periodicitet'"/></xsl:call-template>
          <xsl:if test="$follow-up">
            <xsl:call-template name="col"><xsl:with-param name="text" select="'Periodens utfall'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="text" select="'Utfall kvinnor'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="text" select="'Utfall män'"/></xsl:call-template>
            <xsl:call-template name="col"><xsl:with-param name="text" select="'Prognos helår'"/></xsl:call-template>
          </xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="indicator">
          <tr>
            <th scope="row"><xsl:value-of select="name"/><xsl:call-template name="keep-open"/></th>
            <xsl:call-template name="td"><xsl:with-param name="text" select="unit-target"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="council-target"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="periodicity"/></xsl:call-template>
            <xsl:if test="$follow-up">
              <td>
                <xsl:value-of select="period-outcome"/>
                <xsl:if test="normalize-space(reason-missing)">
                  <span class="missing">
                    <xsl:text>Inget utfall: </xsl:text>
                    <xsl:value-of select="reason-missing"/>
                  </span>
                </xsl:if>
                <xsl:call-template name="keep-open"/>
              </td>
              <xsl:call-template name="td"><xsl:with-param name="text" select="outcome-women"/></xsl:call-template>
              <xsl:call-template name="td"><xsl:with-param name="text" select="outcome-men"/></xsl:call-template>
              <xsl:call-template name="td"><xsl:with-param name="text" select="forecast"/></xsl:call-template>
            </xsl:if>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="activity-table">
    <xsl:variable name="follow-up" select="ancestor::plan/@follow-up = 'true'"/>
    <table class="activities">
      <caption>
        <xsl:text>Aktiviteter för nämndmålet </xsl:text>
        <xsl:value-of select="normalize-space(title)"/>
      </caption>
      <thead>
        <tr>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Aktivitet'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Startdatum'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Slutdatum'"/></xsl:call-template>
          <xsl:if test="$follow-up">
            <xsl:call-template name="col"><xsl:with-param name="text" select="'Status'"/></xsl:call-template>
          </xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="activity">
          <tr>
            <th scope="row">
              <xsl:value-of select="title"/>
              <xsl:for-each select="analysis/paragraph">
                <p>
                  <xsl:if test="position() = 1"><em>Analys: </em></xsl:if>
                  <xsl:value-of select="."/>
                </p>
              </xsl:for-each>
              <xsl:call-template name="keep-open"/>
            </th>
            <xsl:call-template name="td"><xsl:with-param name="text" select="start"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="end"/></xsl:call-template>
            <xsl:if test="$follow-up">
              <xsl:call-template name="td"><xsl:with-param name="text" select="status"/></xsl:call-template>
            </xsl:if>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- A budget in TKr: the amounts right-aligned (grouped by the XML writer), the sums in bold -->
  <xsl:template match="budget">
    <xsl:variable name="title">
      <xsl:choose>
        <xsl:when test="normalize-space(title)"><xsl:value-of select="normalize-space(title)"/></xsl:when>
        <xsl:otherwise>Budget</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <h3 id="{generate-id()}"><xsl:value-of select="$title"/></h3>
    <table class="budget">
      <caption><xsl:value-of select="$title"/> (belopp i TKr)</caption>
      <thead>
        <tr>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'TKr'"/></xsl:call-template>
          <xsl:for-each select="column">
            <xsl:call-template name="col">
              <xsl:with-param name="text" select="."/>
              <xsl:with-param name="class" select="'num'"/>
            </xsl:call-template>
          </xsl:for-each>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="row">
          <tr>
            <xsl:if test="starts-with(@kind, 'SUM') or @kind = 'NET'">
              <xsl:attribute name="class">sum</xsl:attribute>
            </xsl:if>
            <th scope="row"><xsl:value-of select="label"/><xsl:call-template name="keep-open"/></th>
            <xsl:for-each select="amount">
              <xsl:call-template name="td">
                <xsl:with-param name="text" select="."/>
                <xsl:with-param name="class" select="'num'"/>
              </xsl:call-template>
            </xsl:for-each>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- Bilagor -->

  <xsl:template match="plan" mode="attachments">
    <xsl:if test="internal-control or attachment">
      <h2 id="attachments">Bilagor</h2>
      <ol>
        <xsl:for-each select="internal-control | attachment">
          <li>
            <xsl:choose>
              <xsl:when test="self::internal-control">Internkontrollplan med väsentlighets- och riskanalys</xsl:when>
              <xsl:otherwise><xsl:call-template name="other-section-title"/></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ol>
      <xsl:apply-templates select="internal-control"/>
      <xsl:for-each select="attachment[paragraph]">
        <h3 id="{generate-id()}"><xsl:call-template name="other-section-title"/></h3>
        <xsl:apply-templates select="paragraph"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <!-- Risks rated 1 (low) to 4 (high); in a VB with the result of each control -->
  <xsl:template match="internal-control">
    <xsl:variable name="results" select="@results = 'true'"/>
    <h3 id="internal-control">Internkontrollplan med väsentlighets- och riskanalys</h3>
    <table class="risks">
      <caption>Risker och kontroller (sannolikhet och konsekvens från 1, låg, till 4, hög)</caption>
      <thead>
        <tr>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Risk'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Sannolikhet'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Konsekvens'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Kontroll'"/></xsl:call-template>
          <xsl:call-template name="col"><xsl:with-param name="text" select="'Ansvarig'"/></xsl:call-template>
          <xsl:if test="$results">
            <xsl:call-template name="col"><xsl:with-param name="text" select="'Resultat'"/></xsl:call-template>
          </xsl:if>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="risk">
          <tr>
            <th scope="row"><xsl:value-of select="what"/><xsl:call-template name="keep-open"/></th>
            <xsl:call-template name="td">
              <xsl:with-param name="text" select="probability"/>
              <xsl:with-param name="class" select="'num'"/>
            </xsl:call-template>
            <xsl:call-template name="td">
              <xsl:with-param name="text" select="consequence"/>
              <xsl:with-param name="class" select="'num'"/>
            </xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="control"/></xsl:call-template>
            <xsl:call-template name="td"><xsl:with-param name="text" select="responsible"/></xsl:call-template>
            <xsl:if test="$results">
              <xsl:call-template name="td"><xsl:with-param name="text" select="result"/></xsl:call-template>
            </xsl:if>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

</xsl:stylesheet>
