/*
 * Årshjul in Cockpit: a framework-agnostic plugin (Camunda 7.14+), a plain ES module
 * without a build step. Cockpit imports it from config.js (customScripts) and mounts
 *  - "Årshjul" in the navigation bar (cockpit.navigation), and
 *  - the view #/arshjul (cockpit.route): one cycle's units × document types, the late
 *    documents, and the time spent per step, read from GET /api/cycles and
 *    GET /api/cycles/{id}/status with the user's Cockpit session.
 * All text is Swedish; data is only ever set as text, never as HTML.
 */

const ROUTE = '/arshjul';
const API = '/api/cycles';
const TIME_ZONE = 'Europe/Stockholm';
const SVG_NS = 'http://www.w3.org/2000/svg';

const dueFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'
});
const collator = new Intl.Collator('sv', { sensitivity: 'base' });

/** A new element: h('td', { class: 'x', text: 'y' }, child, …). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name === 'text') element.textContent = value;
    else if (name === 'class') element.className = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child == null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** A warning triangle that names itself to assistive technology. */
function warningIcon() {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'arshjul-icon');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Varning');
  svg.setAttribute('focusable', 'false');
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = 'Varning';
  const triangle = document.createElementNS(SVG_NS, 'path');
  triangle.setAttribute('d', 'M8 1 15.5 14.5H.5z');
  triangle.setAttribute('fill', 'currentColor');
  const mark = document.createElementNS(SVG_NS, 'path');
  mark.setAttribute('d', 'M7.2 5.5h1.6l-.3 5h-1zM7.2 11.6h1.6v1.6H7.2z');
  mark.setAttribute('fill', '#fff');
  svg.append(title, triangle, mark);
  return svg;
}

// ---------- formatting ----------

/** "2026-11-13 kl. 17:00", Stockholm time. */
export function formatDue(iso) {
  const parts = Object.fromEntries(dueFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} kl. ${parts.hour}:${parts.minute}`;
}

/** 30.5 → "1 dag 7 timmar"; 0.25 → "15 minuter"; 0.001 → "under en minut". */
export function formatHours(hours) {
  if (hours == null || Number.isNaN(Number(hours))) return '–';
  const minutes = Math.round(Number(hours) * 60);
  if (minutes < 1) return 'under en minut';
  if (minutes < 60) return minutes === 1 ? '1 minut' : `${minutes} minuter`;
  const whole = Math.round(minutes / 60);
  const days = Math.floor(whole / 24);
  const rest = whole % 24;
  const text = [];
  if (days > 0) text.push(days === 1 ? '1 dag' : `${days} dagar`);
  if (rest > 0) text.push(rest === 1 ? '1 timme' : `${rest} timmar`);
  return text.join(' ');
}

const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// ---------- HTTP with the Cockpit session ----------

class HttpError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

async function getJson(url, csrfToken, signal) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (csrfToken) headers['X-XSRF-TOKEN'] = csrfToken;
  const response = await fetch(url, { headers, credentials: 'same-origin', signal });
  const body = await response.text();
  let data = null;
  try {
    data = body ? JSON.parse(body) : null;
  } catch (e) {
    data = null;
  }
  if (!response.ok) throw new HttpError(response.status, data && (data.detail || data.title));
  return data;
}

function problemText(error, what) {
  if (error.status === 401) return 'Din inloggning har gått ut. Ladda om sidan och logga in igen.';
  if (error.status === 403) return `Du saknar behörighet att se ${what}.`;
  if (error.status === 404) return `Hittade inte ${what}.`;
  return `Kunde inte hämta ${what}: ${error.message}`;
}

// ---------- the view ----------

function cycleLabel(cycle) {
  return `${cycle.administrationName || cycle.administrationId} ${cycle.year}`;
}

function newestFirst(a, b) {
  return (b.year - a.year) || String(b.startedAt || '').localeCompare(String(a.startedAt || ''));
}

function cycleFromHash() {
  const query = window.location.hash.split('?')[1];
  return query ? new URLSearchParams(query).get('cycle') : null;
}

function documentCell(unit, doc, type) {
  const cell = h('td', { 'data-type': doc.type });
  const late = doc.late === true;
  if (late) cell.classList.add('arshjul-late');
  if (unit.state === 'CLOSED') cell.classList.add('arshjul-closed');

  if (late) {
    cell.append(h('p', { class: 'arshjul-late-label' }, warningIcon(), ' ', h('strong', { text: 'Försenad' })));
  }
  if (doc.documentId == null) {
    const text = doc.plannedStart ? `Ej påbörjad – startar ${doc.plannedStart}` : (doc.statusLabel || 'Ej påbörjad');
    cell.append(h('p', { class: 'arshjul-status', text }));
  } else {
    cell.append(h('p', { class: 'arshjul-status' }, h('strong', { text: doc.stepName || doc.statusLabel || doc.status })));
    if (doc.stepName && doc.statusLabel) {
      cell.append(h('p', { class: 'arshjul-detail', text: `Status: ${doc.statusLabel}` }));
    }
    if (doc.dnr) {
      // an adopted document's lifecycle has ended; Cockpit CE shows only running instances
      const linkable = doc.processInstanceId && doc.status !== 'ADOPTED';
      const dnr = linkable
        ? h('a', { href: `#/process-instance/${encodeURIComponent(doc.processInstanceId)}/runtime` },
          `Dnr ${doc.dnr}`, h('span', { class: 'sr-only', text: ` – ${type.label}, ${unit.unitName}, öppna i Cockpit` }))
        : `Dnr ${doc.dnr}`;
      cell.append(h('p', { class: 'arshjul-detail' }, dnr));
    }
  }
  if (doc.dueAt) {
    cell.append(h('p', { class: 'arshjul-detail' }, 'Förfaller ', h('time', { datetime: doc.dueAt, text: formatDue(doc.dueAt) })));
  }
  return cell;
}

function unitRow(unit, types) {
  const byType = new Map((unit.documents || []).map((d) => [d.type, d]));
  const header = h('th', { scope: 'row' }, h('span', { class: 'arshjul-unit', text: unit.unitName }));
  if (unit.state === 'CLOSED') {
    header.append(' ', h('span', { class: 'arshjul-badge', text: unit.stateLabel || 'Avslutad' }));
  }
  const row = h('tr', { 'data-unit-id': unit.unitId, class: unit.state === 'CLOSED' ? 'arshjul-closed-unit' : null }, header);
  for (const type of types) {
    row.append(documentCell(unit, byType.get(type.type) || { type: type.type, documentId: null, statusLabel: 'Ej påbörjad' }, type));
  }
  return row;
}

function matrix(status) {
  const types = status.documentTypes || [];
  const table = h('table', { class: 'table table-bordered arshjul-matrix', id: 'arshjul-matrix' },
    h('caption', { text: `Dokument per enhet – ${status.administrationName} ${status.year}` }),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Enhet' }),
      types.map((t) => h('th', { scope: 'col', 'data-type': t.type }, t.label, ' ', h('span', { class: 'arshjul-type', text: `(${t.type})` }))))));
  const body = h('tbody');
  const units = [...(status.units || [])].sort((a, b) => collator.compare(a.unitName, b.unitName));
  units.forEach((unit) => body.append(unitRow(unit, types)));
  table.append(body);
  return table;
}

function stepsTable(status) {
  const steps = status.steps || [];
  if (steps.length === 0) {
    return h('p', { class: 'arshjul-empty', id: 'arshjul-steps', text: 'Inget steg är avslutat ännu i årshjulet.' });
  }
  return h('table', { class: 'table table-bordered arshjul-steps', id: 'arshjul-steps' },
    h('caption', { text: 'Genomsnittlig och längsta tid per avslutat steg (flaskhalsar)' }),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', text: 'Steg' }),
      h('th', { scope: 'col', class: 'arshjul-number', text: 'Avslutade' }),
      h('th', { scope: 'col', text: 'Genomsnittlig tid' }),
      h('th', { scope: 'col', text: 'Längsta tid' }),
      h('th', { scope: 'col', text: 'Längst tid (Dnr)' }))),
    h('tbody', {}, steps.map((s) => h('tr', { 'data-step': s.step },
      h('th', { scope: 'row', text: s.stepName || s.step }),
      h('td', { class: 'arshjul-number', text: String(s.completed ?? 0) }),
      h('td', { text: formatHours(s.averageHours) }),
      h('td', { text: formatHours(s.slowestHours) }),
      h('td', { text: s.slowestDnr || '–' })))));
}

function summaryText(status, shown) {
  const units = status.units || [];
  const closed = units.filter((u) => u.state === 'CLOSED').length;
  const lateDocs = units.flatMap((u) => u.documents || []).filter((d) => d.late === true).length;
  const lateUnits = units.filter((u) => (u.documents || []).some((d) => d.late === true)).length;
  let text = count(units.length, 'enhet', 'enheter');
  if (closed > 0) text += ` (varav ${count(closed, 'avslutad', 'avslutade')})`;
  text += lateDocs === 0 ? '. Inga försenade dokument.'
    : `. ${count(lateDocs, 'försenat dokument', 'försenade dokument')} hos ${count(lateUnits, 'enhet', 'enheter')}.`;
  if (shown != null && shown !== units.length) text += ` Visar ${shown} av ${units.length} enheter.`;
  return text;
}

class ArshjulView {
  constructor(node, csrfToken) {
    this.node = node;
    this.csrfToken = csrfToken;
    this.abort = new AbortController();
    this.status = null;
    this.filter = '';
    this.loads = 0;
  }

  async start() {
    this.stylesheet();
    this.select = h('select', { id: 'arshjul-cycle', class: 'form-control', onchange: () => this.load(this.select.value) });
    this.filterInput = h('input', {
      id: 'arshjul-filter', type: 'search', class: 'form-control', autocomplete: 'off',
      oninput: () => { this.filter = this.filterInput.value; this.applyFilter(); }
    });
    this.csv = h('a', { id: 'arshjul-csv', class: 'btn btn-default', text: 'Ladda ner CSV', hidden: true });
    this.refresh = h('button', { type: 'button', class: 'btn btn-default', text: 'Uppdatera', onclick: () => this.load(this.select.value) });
    this.message = h('p', { id: 'arshjul-message', class: 'arshjul-message', role: 'status', 'aria-live': 'polite', text: 'Hämtar årshjul …' });
    this.summary = h('p', { id: 'arshjul-summary', class: 'arshjul-summary', 'aria-live': 'polite' });
    this.content = h('div', { class: 'arshjul-content' });
    this.controls = h('div', { class: 'arshjul-controls', hidden: true },
      h('div', { class: 'form-group' }, h('label', { for: 'arshjul-cycle', text: 'Välj årshjul' }), this.select),
      h('div', { class: 'form-group' }, h('label', { for: 'arshjul-filter', text: 'Filtrera på enhetens namn' }), this.filterInput),
      h('div', { class: 'form-group arshjul-actions' }, this.refresh, ' ', this.csv));
    this.node.replaceChildren(h('section', { class: 'arshjul', lang: 'sv', 'aria-labelledby': 'arshjul-heading' },
      h('h1', { id: 'arshjul-heading', text: 'Årshjul' }),
      this.controls, this.message, this.summary, this.content));

    let cycles;
    try {
      cycles = await getJson(API, this.csrfToken, this.abort.signal);
    } catch (error) {
      if (error.name !== 'AbortError') this.showMessage(problemText(error, 'årshjulen'), true);
      return;
    }
    if (!cycles || cycles.length === 0) {
      this.showMessage('Inget årshjul är startat ännu. Förvaltningen startar årets årshjul i Tasklist (Starta process).');
      return;
    }
    cycles.sort(newestFirst);
    this.select.replaceChildren(...cycles.map((c) => h('option', { value: c.id, text: cycleLabel(c) })));
    const wanted = cycleFromHash();
    this.select.value = cycles.some((c) => c.id === wanted) ? wanted : cycles[0].id;
    this.controls.hidden = false;
    await this.load(this.select.value);
  }

  async load(id) {
    const load = ++this.loads;
    this.showMessage('Hämtar status …');
    this.node.querySelector('.arshjul').setAttribute('aria-busy', 'true');
    let status;
    try {
      status = await getJson(`${API}/${encodeURIComponent(id)}/status`, this.csrfToken, this.abort.signal);
    } catch (error) {
      // a newer choice of cycle wins over an older answer
      if (error.name === 'AbortError' || load !== this.loads) return;
      this.status = null;
      this.content.replaceChildren();
      this.summary.textContent = '';
      this.csv.hidden = true;
      this.showMessage(problemText(error, 'årshjulets status'), true);
      return;
    } finally {
      if (load === this.loads) this.node.querySelector('.arshjul')?.removeAttribute('aria-busy');
    }
    if (load !== this.loads) return;
    this.status = status;
    this.csv.href = `${API}/${encodeURIComponent(id)}/status?format=csv`;
    this.csv.setAttribute('download', `arshjul-${id}.csv`);
    this.csv.hidden = false;
    this.content.replaceChildren(matrix(this.status),
      h('p', { id: 'arshjul-no-match', class: 'arshjul-empty', text: 'Ingen enhet matchar filtret.', hidden: true }),
      h('h2', { text: 'Tid per steg' }),
      stepsTable(this.status));
    const generated = this.status.generatedAt ? ` Uppdaterad ${formatDue(this.status.generatedAt)}.` : '';
    this.showMessage(`Visar ${cycleLabel(this.status)}.${generated}`);
    this.applyFilter();
  }

  applyFilter() {
    if (!this.status) return;
    const wanted = this.filter.trim().toLocaleLowerCase('sv');
    let shown = 0;
    for (const row of this.content.querySelectorAll('#arshjul-matrix tbody tr')) {
      const name = row.querySelector('.arshjul-unit').textContent.toLocaleLowerCase('sv');
      const match = wanted === '' || name.includes(wanted);
      row.hidden = !match;
      if (match) shown++;
    }
    this.content.querySelector('#arshjul-no-match').hidden = shown > 0;
    this.summary.textContent = summaryText(this.status, wanted === '' ? null : shown);
  }

  showMessage(text, error = false) {
    this.message.textContent = text;
    this.message.className = error ? 'arshjul-message alert alert-danger' : 'arshjul-message';
  }

  stylesheet() {
    if (document.getElementById('arshjul-styles')) return;
    document.head.append(h('link', { id: 'arshjul-styles', rel: 'stylesheet', href: new URL('./arshjul.css', import.meta.url).href }));
  }

  stop() {
    this.abort.abort();
  }
}

let current = null;

// Cockpit is Swedish here (config.js lists only the sv locale), but its page says lang="en"
document.documentElement.lang = 'sv';

export default [
  {
    id: 'arshjul-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 200,
    render(node) {
      node.append(h('a', { href: `#${ROUTE}`, text: 'Årshjul' }));
    },
    properties: {
      label: 'Årshjul',
      pagePath: `#${ROUTE}`,
      checkActive: (url) => url.includes(`#${ROUTE}`)
    }
  },
  {
    id: 'arshjul-route',
    pluginPoint: 'cockpit.route',
    properties: {
      path: ROUTE,
      label: 'Årshjul'
    },
    render(node, { api }) {
      current?.stop();
      document.title = 'Årshjul | Camunda Cockpit';
      current = new ArshjulView(node, api && api.CSRFToken);
      current.start();
    },
    unmount() {
      current?.stop();
      current = null;
    }
  }
];
