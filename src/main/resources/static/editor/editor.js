/* Årshjul – redigeraren för en plan (VP) och dess uppföljningar (T1, T2, VB). Vanilla JS (ES2020), ingen byggsteg. */
'use strict';

(() => {
  const SAVE_DELAY_MS = 1500;
  const KIND_LABELS = { INCOME: 'Intäkt', COST: 'Kostnad', SUM_INCOME: 'Summa intäkter', SUM_COST: 'Summa kostnader', NET: 'Summa netto' };
  const PERIODICITY = { TERTIAL: 'Tertial', YEAR: 'År' };
  const FOLLOW_UPS = ['T1', 'T2', 'VB'];
  const ACTIVITY_STATUS = [['', 'Ej angivet'], ['DONE', 'Genomförd'], ['DEVIATION', 'Avvikelse']];
  const FULFILMENT = [['', 'Inte bedömt'], ['FULLY', 'Uppfylls helt'], ['PARTLY', 'Uppfylls delvis'], ['NOT', 'Uppfylls inte']];
  const OUTCOME_FIELDS = [
    ['periodOutcome', 'Periodens utfall', false],
    ['outcomeWomen', 'Utfall kvinnor', false],
    ['outcomeMen', 'Utfall män', false],
    ['samePeriodLastYear', 'Samma period förra året', false],
    ['forecastYear', 'Prognos helår', false],
    ['reasonMissing', 'Skäl till att utfall saknas', true],
  ];
  const UNIT_GOAL_FIELDS = [
    ['title', 'Titel', false],
    ['expectedResult', 'Förväntat resultat', true],
    ['workingMethods', 'Arbetssätt', true],
    ['resources', 'Resursanvändning', true],
    ['followUp', 'Uppföljning', true],
    ['development', 'Utveckling', true],
  ];

  const state = {
    id: new URLSearchParams(location.search).get('id'),
    userId: null, csrf: null, doc: null, title: '', content: null, version: null, kind: 'VP',
    editSeq: 0, savedSeq: 0, timer: null, saving: null, conflict: false, readOnly: false, done: false,
    findings: { errors: [], warnings: [] }, invalid: new Map(),
  };

  const $ = (id) => document.getElementById(id);
  const form = $('plan');

  // ---------- small helpers ----------
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'value') el.value = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }
  const idFor = (path) => 'f_' + path.replace(/[^A-Za-z0-9]+/g, '_');
  function tokens(path) {
    const out = [];
    path.replace(/([^.[\]]+)|\[(\d+)\]/g, (m, name, index) => { out.push(name != null ? name : Number(index)); return m; });
    return out;
  }
  function getAt(path) {
    let v = state.content;
    for (const t of tokens(path)) { if (v == null) return undefined; v = v[t]; }
    return v;
  }
  function setAt(path, value) {
    const ts = tokens(path);
    let v = state.content;
    for (let i = 0; i < ts.length - 1; i++) {
      if (v[ts[i]] == null) v[ts[i]] = typeof ts[i + 1] === 'number' ? [] : {};
      v = v[ts[i]];
    }
    v[ts[ts.length - 1]] = value;
  }
  const hasText = (s) => s != null && String(s).trim() !== '';
  const followUp = () => FOLLOW_UPS.includes(state.kind);
  /** In T1 and T2 the indicators followed up per tertial are due, in the VB all of them. */
  const isDue = (ind) => state.kind === 'VB' || ((state.kind === 'T1' || state.kind === 'T2') && ind.periodicity === 'TERTIAL');
  function selectField(path, label, options, opts = {}) {
    const id = idFor(path);
    const value = opts.get ? opts.get() : getAt(path);
    const sel = h('select', { id, 'data-path': path, disabled: state.readOnly },
      ...options.map(([v, t]) => h('option', { value: v, text: t, selected: (value == null ? '' : value) === v })));
    sel.addEventListener('change', () => {
      const v = sel.value || null;
      if (opts.set) opts.set(v); else setAt(path, v);
      changed();
    });
    return h('div', { class: 'field' }, h('label', { for: id, class: opts.hiddenLabel ? 'visually-hidden' : null, text: label }), sel, msgBox(id));
  }
  const fmt = (n) => (n == null ? '' : Number(n).toLocaleString('sv-SE', { maximumFractionDigits: 2 }));
  const amountText = (n) => (n == null ? '' : String(n).replace('.', ','));
  function parseAmount(text) {
    const t = text.replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.');
    if (t === '') return { ok: true, value: null };
    if (!/^-?\d+(\.\d+)?$/.test(t)) return { ok: false };
    return { ok: true, value: Number(t) };
  }
  const hhmm = (d) => d.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });

  function setStatus(text, kind) {
    const s = $('save-status');
    s.textContent = text;
    s.className = 'save-status' + (kind ? ' ' + kind : '');
  }
  function showAlert(parts, info) {
    const a = $('alert');
    a.replaceChildren(...parts.map((p) => (p instanceof Node ? p : h('p', { text: p }))));
    a.className = 'alert' + (info ? ' info' : '');
    a.hidden = false;
  }

  // ---------- HTTP ----------
  async function call(method, url, body) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      if (state.csrf) headers['X-XSRF-TOKEN'] = state.csrf;
    }
    const response = await fetch(url, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
    let data = null;
    const text = await response.text();
    if (text) { try { data = JSON.parse(text); } catch (e) { data = { detail: text }; } }
    return { status: response.status, ok: response.ok, data };
  }
  const problemText = (data, fallback) => (data && (data.detail || data.message || data.title)) || fallback;

  // ---------- model edits ----------
  function changed() {
    state.editSeq++;
    document.body.dataset.saved = 'false';
    setStatus('Ändrat – sparas strax …');
    clearTimeout(state.timer);
    state.timer = setTimeout(() => { save(); }, SAVE_DELAY_MS);
  }
  function structural(mutate, focusPath, focusSelector) {
    mutate();
    render();
    changed();
    focusAfterRender(focusPath, focusSelector);
  }
  function focusAfterRender(path, selector) {
    let el = null;
    if (selector) el = form.querySelector(selector);
    if (!el && path) el = form.querySelector(`[data-path="${path}"]`);
    if (el && el.disabled && el.dataset.alt) el = form.querySelector(el.dataset.alt);
    if (el) el.focus();
  }
  function move(list, index, delta) {
    const to = index + delta;
    if (to < 0 || to >= list.length) return false;
    const [item] = list.splice(index, 1);
    list.splice(to, 0, item);
    return true;
  }

  // ---------- fields ----------
  function msgBox(id) { return h('div', { class: 'messages', id: id + '-msg' }); }

  function textField(path, label, multiline, opts = {}) {
    const id = idFor(path);
    const value = opts.get ? opts.get() : getAt(path);
    const input = h(multiline ? 'textarea' : 'input', {
      id, 'data-path': path, type: multiline ? null : 'text', value: value == null ? '' : value,
      rows: multiline ? (opts.rows || 4) : null, disabled: state.readOnly,
    });
    input.addEventListener('input', () => {
      const v = input.value;
      if (opts.set) opts.set(v); else setAt(path, hasText(v) ? v : null);
      changed();
    });
    return h('div', { class: 'field' }, h('label', { for: id, class: opts.hiddenLabel ? 'visually-hidden' : null, text: label }), input, msgBox(id));
  }

  function amountField(path, label) {
    const id = idFor(path);
    const input = h('input', { id, 'data-path': path, type: 'text', inputmode: 'decimal', class: 'amount', value: amountText(getAt(path)), disabled: state.readOnly });
    input.addEventListener('input', () => {
      const parsed = parseAmount(input.value);
      if (parsed.ok) { state.invalid.delete(path); setAt(path, parsed.value); }
      else state.invalid.set(path, 'Skriv ett belopp i TKr, t.ex. 1250 eller -3,5');
      showLocal(path);
      updateSums();
      changed();
    });
    return [h('label', { for: id, class: 'visually-hidden', text: label }), input, msgBox(id)];
  }

  function button(text, onclick, attrs = {}) {
    return h('button', Object.assign({ type: 'button', onclick, disabled: state.readOnly || attrs.disabled }, attrs, { disabled: state.readOnly || attrs.disabled }), text);
  }

  // ---------- rendering ----------
  function render() {
    const c = state.content;
    const parts = [];
    parts.push(h('div', { class: 'doc-title-field' },
      textField('title', 'Titel', false, { get: () => state.title, set: (v) => { state.title = v; } })));

    // Inledning
    parts.push(h('section', { 'data-path': 'introduction', 'aria-labelledby': 'h-intro', tabindex: '-1' },
      h('h2', { id: 'h-intro', text: 'Inledning' }), msgBox('introduction'),
      textField('introduction.vision', 'Verksamhetsidé och värdegrund', true),
      textField('introduction.description', 'Verksamhetsbeskrivning', true),
      textField('introduction.qualityWork', 'Kvalitets- och utvecklingsarbete', true),
      textField('introduction.staffParticipation', 'Medarbetarnas delaktighet', true)));

    // Målkedjan
    const goals = h('section', { 'data-path': 'directionGoals', 'aria-labelledby': 'h-goals', tabindex: '-1' },
      h('h2', { id: 'h-goals', text: 'Mål, indikatorer och enhetsmål' }), msgBox('directionGoals'),
      h('p', { text: followUp()
        ? 'Målen, indikatorerna, aktiviteterna och enhetsmålen kommer från den fastställda verksamhetsplanen och kan inte ändras här. Enheten fyller i utfall för indikatorerna, status för aktiviteterna och en bedömning av varje enhetsmål.'
        : 'KF:s inriktningsmål, KF:s mål med indikatorer, nämndmålen och nämndens aktiviteter är beslutade centralt och visas här utan att gå att ändra. Enheten skriver sina enhetsmål under varje nämndmål och sitt eget årsmål för varje indikator.' }));
    if (c.directionGoals.length === 0) goals.append(h('p', { text: 'Årets målkedja saknas i planen.' }));
    c.directionGoals.forEach((dg, d) => goals.append(renderDirectionGoal(dg, `directionGoals[${d}]`)));
    parts.push(goals);

    // Ekonomi
    const economy = h('section', { 'data-path': 'budgets', 'aria-labelledby': 'h-budget', tabindex: '-1' },
      h('h2', { id: 'h-budget', text: 'Ekonomi' }), msgBox('budgets'));
    c.budgets.forEach((b, i) => economy.append(renderBudget(b, `budgets[${i}]`, i)));
    economy.append(h('div', { class: 'tools' }, button('Lägg till budgettabell', () => structural(() => {
      const cols = state.kind === 'VB' ? ['Utfall', 'Budget', 'Avvikelse'] : followUp() ? ['Utfall', 'Budget', 'Avvikelse', 'Prognos'] : ['Budget'];
      const row = (label, kind) => ({ label, kind, amounts: cols.map(() => null) });
      c.budgets.push({ title: 'Budget', columns: cols, rows: [
        row('Taxor och avgifter', 'INCOME'), row('Hyresintäkter', 'INCOME'), row('Bidrag', 'INCOME'),
        row('Försäljning av verksamhet', 'INCOME'), row('Övriga externa intäkter', 'INCOME'), row('Summa intäkter', 'SUM_INCOME'),
        row('Personalkostnader', 'COST'), row('Övriga personalkostnader', 'COST'), row('Lokalkostnader', 'COST'),
        row('Entreprenader och köp av verksamhet', 'COST'), row('Övriga kostnader', 'COST'), row('Summa kostnader', 'SUM_COST'),
        row('Summa netto', 'NET')] });
    }, `budgets[${c.budgets.length}].title`))));
    economy.append(textField('resourceUse', 'Resursanvändning (för hela enheten)', true));
    parts.push(economy);

    // Övriga frågor
    parts.push(h('section', { 'aria-labelledby': 'h-other' }, h('h2', { id: 'h-other', text: 'Övriga frågor' }),
      textField('otherMatters', 'Övriga frågor', true)));

    // Bilagor: internkontrollplan
    const risks = h('div', { 'data-path': 'internalControl', tabindex: '-1' }, msgBox('internalControl'));
    c.internalControl.forEach((r, i) => risks.append(renderRisk(`internalControl[${i}]`, i)));
    if (c.internalControl.length === 0) risks.append(h('p', { text: 'Inga risker är inlagda ännu.' }));
    risks.append(h('div', { class: 'tools' }, button('Lägg till risk', () => structural(() => {
      c.internalControl.push({ risk: null, probability: null, consequence: null, control: null, responsible: null });
    }, `internalControl[${c.internalControl.length}].risk`))));
    parts.push(h('section', { 'aria-labelledby': 'h-attachments' }, h('h2', { id: 'h-attachments', text: 'Bilagor' }),
      h('h3', { text: 'Internkontrollplan med väsentlighets- och riskanalys' }),
      h('p', { text: 'Sannolikhet och konsekvens bedöms från 1 (låg) till 4 (hög).' }), risks,
      (c.attachments || []).length ? h('p', { text: 'Övriga bilagor: ' + c.attachments.map((a) => a.title).filter(Boolean).join(', ') }) : null));

    form.replaceChildren(...parts);
    applyFindings();
    for (const path of state.invalid.keys()) showLocal(path);
  }

  function central(tag, text) { return h('p', {}, h('span', { class: 'tag', text: tag + ': ' }), h('span', { class: 'field-text', text })); }

  function renderDirectionGoal(dg, path) {
    const s = h('section', { class: 'direction-goal', 'data-path': path },
      h('h3', { text: `KF:s inriktningsmål ${dg.number ? dg.number + '. ' : ''}${dg.title || ''}` }));
    (dg.councilGoals || []).forEach((cg, i) => s.append(renderCouncilGoal(cg, `${path}.councilGoals[${i}]`)));
    return s;
  }

  function renderCouncilGoal(cg, path) {
    const s = h('div', { class: 'council-goal', 'data-path': path },
      h('h4', { text: `KF:s mål för verksamhetsområdet ${cg.number ? cg.number + ' ' : ''}${cg.title || ''}` }), msgBox(idFor(path)));
    const indicators = cg.indicators || [];
    if (indicators.length) {
      const body = h('tbody');
      indicators.forEach((ind, i) => {
        const p = `${path}.indicators[${i}]`;
        body.append(h('tr', { 'data-path': p },
          h('th', { scope: 'row', text: ind.name || '' }), h('td', { text: ind.unit || '' }),
          h('td', { text: PERIODICITY[ind.periodicity] || ind.periodicity || '' }), h('td', { text: ind.councilTarget || '' }),
          followUp() ? h('td', { class: 'field-text', text: ind.unitTarget || '' })
            : h('td', {}, textField(`${p}.unitTarget`, `Enhetens årsmål för ${ind.name || 'indikatorn'}`, false, { hiddenLabel: true }))));
        if (followUp()) body.append(h('tr', { class: 'outcome-row' }, h('td', { colspan: '5' }, renderOutcome(ind, p))));
      });
      s.append(h('table', { class: 'indicators' },
        h('caption', { text: `Indikatorer för KF:s mål ${cg.number || ''}` }),
        h('thead', {}, h('tr', {}, ...['Indikator', 'Enhet', 'Periodicitet', 'KF:s årsmål', 'Enhetens årsmål'].map((t) => h('th', { scope: 'col', text: t })))),
        body));
    }
    (cg.boardGoals || []).forEach((bg, i) => s.append(renderBoardGoal(bg, `${path}.boardGoals[${i}]`)));
    return s;
  }

  /** Per indicator in a follow-up: the period's outcome, or why it is missing. */
  function renderOutcome(ind, p) {
    const path = `${p}.outcome`;
    const id = idFor(path);
    const name = ind.name || 'indikatorn';
    const due = isDue(ind);
    const fs = h('fieldset', { class: 'outcome' + (due ? ' required' : ''), 'data-path': path, id, tabindex: '-1', 'data-required': due ? 'true' : 'false' },
      h('legend', {}, `Utfall för ${name} `, h('span', { class: due ? 'req' : 'opt', text: due ? '(krävs i denna uppföljning)' : '(frivilligt i denna uppföljning)' })),
      msgBox(id));
    if (due) fs.append(h('p', { class: 'hint', text: 'Fyll i periodens utfall, eller skriv skälet till att utfall saknas.' }));
    const grid = h('div', { class: 'outcome-grid' });
    for (const [field, label, multiline] of OUTCOME_FIELDS) {
      const f = textField(`${path}.${field}`, `${label}${field === 'periodOutcome' && due ? ' (krävs)' : ''}`, multiline, { rows: 2 });
      if (multiline) f.classList.add('wide');
      grid.append(f);
    }
    fs.append(grid);
    return fs;
  }

  function renderBoardGoal(bg, path) {
    const s = h('div', { class: 'board-goal', 'data-path': path }, h('h5', { text: `Nämndmål: ${bg.title || ''}` }));
    const info = h('div', { class: 'central' }, h('p', { class: 'tag', text: 'Beslutat av nämnden (kan inte ändras här)' }));
    if (hasText(bg.expectedResult)) info.append(central('Förväntat resultat', bg.expectedResult));
    if (hasText(bg.description)) info.append(central('Beskrivning', bg.description));
    const acts = bg.activities || [];
    if (acts.length && followUp()) {
      info.append(h('table', { class: 'activities' },
        h('caption', { text: 'Nämndens aktiviteter och hur de har genomförts' }),
        h('thead', {}, h('tr', {}, ...['Aktivitet', 'Startdatum', 'Slutdatum', 'Status', 'Analys'].map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, ...acts.map((a, i) => {
          const ap = `${path}.activities[${i}]`;
          const name = a.title || `aktivitet ${i + 1}`;
          return h('tr', { 'data-path': ap },
            h('td', { text: a.title || '' }), h('td', { text: a.startDate || '' }),
            h('td', { 'data-path': `${ap}.endDate`, id: idFor(`${ap}.endDate`), tabindex: '-1' }, a.endDate || '', msgBox(idFor(`${ap}.endDate`))),
            h('td', {}, selectField(`${ap}.status`, `Status för ${name}`, ACTIVITY_STATUS, { hiddenLabel: true })),
            h('td', {}, textField(`${ap}.analysis`, `Analys för ${name}`, true, { hiddenLabel: true, rows: 2 })));
        }))));
    }
    else if (acts.length) {
      info.append(h('table', {},
        h('caption', { text: 'Nämndens aktiviteter' }),
        h('thead', {}, h('tr', {}, ...['Aktivitet', 'Startdatum', 'Slutdatum'].map((t) => h('th', { scope: 'col', text: t })))),
        h('tbody', {}, ...acts.map((a, i) => h('tr', { 'data-path': `${path}.activities[${i}]` },
          h('td', { text: a.title || '' }), h('td', { text: a.startDate || '' }),
          h('td', { 'data-path': `${path}.activities[${i}].endDate`, id: idFor(`${path}.activities[${i}].endDate`), tabindex: '-1' }, a.endDate || '', msgBox(idFor(`${path}.activities[${i}].endDate`))))))));
    }
    s.append(info);
    const goalsPath = `${path}.unitGoals`;
    const list = h('div', { class: 'unit-goals', 'data-path': goalsPath, id: idFor(goalsPath), tabindex: '-1' }, msgBox(idFor(goalsPath)));
    const goals = bg.unitGoals || (bg.unitGoals = []);
    goals.forEach((ug, k) => list.append(followUp() ? renderUnitGoalFollowUp(ug, k, `${goalsPath}[${k}]`)
      : renderUnitGoal(goals, k, `${goalsPath}[${k}]`, goalsPath)));
    if (followUp()) {
      if (!goals.length) list.append(h('p', { text: 'Enheten har inget enhetsmål under detta nämndmål.' }));
      s.append(list);
      return s;
    }
    list.append(h('div', { class: 'tools' }, button('Lägg till enhetsmål', () => structural(() => {
      goals.push({ title: null, expectedResult: null, workingMethods: null, resources: null, followUp: null, development: null });
    }, `${goalsPath}[${goals.length}].title`), { 'aria-label': `Lägg till enhetsmål under nämndmålet ${bg.title || ''}`.trim(), 'data-add-unit-goal': path })));
    s.append(list);
    return s;
  }

  function renderUnitGoal(goals, k, path, goalsPath) {
    const n = k + 1;
    const fs = h('fieldset', { class: 'unit-goal', 'data-path': path }, h('legend', { text: `Enhetsmål ${n}` }));
    for (const [field, label, multiline] of UNIT_GOAL_FIELDS) fs.append(textField(`${path}.${field}`, label, multiline, { rows: 3 }));
    fs.append(h('div', { class: 'tools' },
      button('Flytta upp', () => structural(() => move(goals, k, -1), null, `[data-move="${goalsPath}[${k - 1}]:up"]`),
        { 'aria-label': `Flytta upp enhetsmål ${n}`, 'data-move': `${path}:up`, disabled: k === 0, 'data-alt': `[data-move="${path}:down"]` }),
      button('Flytta ned', () => structural(() => move(goals, k, 1), null, `[data-move="${goalsPath}[${k + 1}]:down"]`),
        { 'aria-label': `Flytta ned enhetsmål ${n}`, 'data-move': `${path}:down`, disabled: k === goals.length - 1, 'data-alt': `[data-move="${path}:up"]` }),
      button('Ta bort', () => structural(() => goals.splice(k, 1), null, `[data-add-unit-goal]`),
        { class: 'danger', 'aria-label': `Ta bort enhetsmål ${n}` })));
    return fs;
  }

  /** An enhetsmål in a follow-up: its texts from the VP read-only, the assessment editable. */
  function renderUnitGoalFollowUp(ug, k, path) {
    const fs = h('fieldset', { class: 'unit-goal', 'data-path': path }, h('legend', { text: `Enhetsmål ${k + 1}: ${ug.title || '(utan titel)'}` }));
    const info = h('div', { class: 'central' }, h('p', { class: 'tag', text: 'Från den fastställda verksamhetsplanen (kan inte ändras här)' }));
    for (const [field, label] of UNIT_GOAL_FIELDS.slice(1)) if (hasText(ug[field])) info.append(central(label, ug[field]));
    fs.append(info);
    const tertial = state.kind === 'T1' || state.kind === 'T2';
    fs.append(selectField(`${path}.assessment`, tertial ? 'Bedömning (prognos för helåret)' : 'Bedömning', FULFILMENT, {
      get: () => (ug.assessment ? ug.assessment.level : null),
      set: (v) => { ug.assessment = Object.assign(ug.assessment || {}, { level: v }); },
    }));
    fs.append(textField(`${path}.assessment.analysis`, 'Analys', true, { rows: 3 }));
    return fs;
  }

  function renderBudget(b, path, index) {
    const cols = b.columns && b.columns.length ? b.columns : ['Belopp'];
    const wrap = h('div', { class: 'budget', 'data-path': path, tabindex: '-1' });
    wrap.append(h('h3', { text: b.title || `Budgettabell ${index + 1}` }), msgBox(idFor(path)));
    wrap.append(textField(`${path}.title`, 'Tabellens rubrik', false));
    const body = h('tbody');
    b.rows.forEach((row, r) => {
      const rp = `${path}.rows[${r}]`;
      const name = row.label || KIND_LABELS[row.kind] || `rad ${r + 1}`;
      const kindId = idFor(`${rp}.kind`);
      const kind = h('select', { id: kindId, 'data-path': `${rp}.kind`, disabled: state.readOnly },
        h('option', { value: '', text: '(ingen)' }),
        ...Object.entries(KIND_LABELS).map(([k, t]) => h('option', { value: k, text: t, selected: row.kind === k })));
      kind.addEventListener('change', () => { row.kind = kind.value || null; render(); changed(); $(kindId).focus(); });
      const cells = cols.map((col, ci) => h('td', { class: 'num' }, ...amountField(`${rp}.amounts[${ci}]`, `${col} för ${name} (TKr)`)));
      body.append(h('tr', { 'data-path': rp, class: row.kind && row.kind !== 'INCOME' && row.kind !== 'COST' ? 'sum-row' : null },
        h('td', {}, textField(`${rp}.label`, `Radens text, rad ${r + 1}`, false, { hiddenLabel: true })),
        h('td', {}, h('label', { for: kindId, class: 'visually-hidden', text: `Typ av rad, ${name}` }), kind),
        ...cells,
        h('td', { class: 'row-tools' },
          button('Upp', () => structural(() => move(b.rows, r, -1), null, `[data-move="${path}.rows[${r - 1}]:up"]`),
            { 'aria-label': `Upp – flytta raden ${name} uppåt`, 'data-move': `${rp}:up`, disabled: r === 0, 'data-alt': `[data-move="${rp}:down"]` }),
          button('Ned', () => structural(() => move(b.rows, r, 1), null, `[data-move="${path}.rows[${r + 1}]:down"]`),
            { 'aria-label': `Ned – flytta raden ${name} nedåt`, 'data-move': `${rp}:down`, disabled: r === b.rows.length - 1, 'data-alt': `[data-move="${rp}:up"]` }),
          button('Ta bort', () => structural(() => b.rows.splice(r, 1), null, `[data-add-row="${path}"]`),
            { class: 'danger', 'aria-label': `Ta bort raden ${name}` }))));
    });
    const foot = h('tfoot', {}, h('tr', {},
      h('th', { scope: 'row', colspan: '2', text: 'Beräknat av raderna' }),
      ...cols.map((col, ci) => h('td', { class: 'num', 'data-sum': `${path}:${ci}` })), h('td', {})));
    wrap.append(h('table', { class: 'budget-table' },
      h('caption', { text: `${b.title || 'Budget'}, i tusental kronor (TKr)` }),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Rad' }), h('th', { scope: 'col', text: 'Typ' }),
        ...cols.map((col) => h('th', { scope: 'col', class: 'num', text: col })), h('th', { scope: 'col', text: 'Ändra' }))),
      body, foot));
    wrap.append(h('div', { class: 'tools' },
      button('Lägg till rad', () => {
        let at = b.rows.findIndex((row) => row.kind === 'SUM_COST');
        if (at < 0) at = b.rows.length;
        structural(() => b.rows.splice(at, 0, { label: null, kind: 'COST', amounts: cols.map(() => null) }), `${path}.rows[${at}].label`);
      }, { 'data-add-row': path, 'aria-label': `Lägg till rad i ${b.title || 'budgeten'}` }),
      button('Fyll i summorna från raderna', () => { fillSums(b, cols.length); render(); changed(); focusAfterRender(null, `[data-fill-sums="${path}"]`); },
        { 'data-fill-sums': path }),
      button('Ta bort tabellen', () => structural(() => state.content.budgets.splice(index, 1), 'budgets'), { class: 'danger', 'aria-label': `Ta bort budgettabellen ${b.title || index + 1}` })));
    return wrap;
  }

  function renderRisk(path, i) {
    const n = i + 1;
    const c = state.content;
    const fs = h('fieldset', { class: 'risk', 'data-path': path }, h('legend', { text: `Risk ${n}` }));
    fs.append(textField(`${path}.risk`, 'Risk', true, { rows: 2 }));
    for (const [field, label] of [['probability', 'Sannolikhet (1–4)'], ['consequence', 'Konsekvens (1–4)']]) {
      const id = idFor(`${path}.${field}`);
      const value = getAt(`${path}.${field}`);
      const sel = h('select', { id, 'data-path': `${path}.${field}`, disabled: state.readOnly },
        h('option', { value: '', text: 'Inte bedömd' }),
        ...[1, 2, 3, 4].map((v) => h('option', { value: String(v), text: String(v), selected: value === v })));
      sel.addEventListener('change', () => { setAt(`${path}.${field}`, sel.value ? Number(sel.value) : null); changed(); });
      fs.append(h('div', { class: 'field' }, h('label', { for: id, text: label }), sel, msgBox(id)));
    }
    fs.append(textField(`${path}.control`, 'Kontroll', true, { rows: 2 }));
    fs.append(textField(`${path}.responsible`, 'Ansvarig', false));
    if (state.kind === 'VB') fs.append(textField(`${path}.result`, 'Resultat av kontrollen', true, { rows: 2 }));
    fs.append(h('div', { class: 'tools' }, button('Ta bort', () => structural(() => c.internalControl.splice(i, 1), 'internalControl'),
      { class: 'danger', 'aria-label': `Ta bort risk ${n}` })));
    return fs;
  }

  // ---------- budget sums ----------
  function columnTotals(b, ci) {
    const sum = (kind) => b.rows.filter((r) => r.kind === kind).map((r) => (r.amounts || [])[ci]).filter((a) => a != null)
      .reduce((acc, a) => ({ total: acc.total + Number(a), n: acc.n + 1 }), { total: 0, n: 0 });
    const signs = b.rows.filter((r) => r.kind === 'INCOME').flatMap((r) => r.amounts || []).filter((a) => a != null && Number(a) !== 0)
      .reduce((acc, a) => acc + Math.sign(a), 0);
    const income = sum('INCOME');
    const costs = sum('COST');
    const net = signs < 0 ? costs.total + income.total : costs.total - income.total;
    const round = (x) => Math.round(x * 100) / 100;
    return { income: round(income.total), costs: round(costs.total), net: round(net) };
  }
  function fillSums(b, columns) {
    for (let ci = 0; ci < columns; ci++) {
      const t = columnTotals(b, ci);
      for (const row of b.rows) {
        row.amounts = row.amounts || [];
        if (row.kind === 'SUM_INCOME') row.amounts[ci] = t.income;
        if (row.kind === 'SUM_COST') row.amounts[ci] = t.costs;
        if (row.kind === 'NET') row.amounts[ci] = t.net;
      }
    }
  }
  function updateSums() {
    form.querySelectorAll('[data-sum]').forEach((cell) => {
      const [path, ci] = cell.dataset.sum.split(':');
      const b = getAt(path);
      if (!b) return;
      const t = columnTotals(b, Number(ci));
      cell.textContent = `Intäkter ${fmt(t.income)} · Kostnader ${fmt(t.costs)} · Netto ${fmt(t.net)}`;
    });
  }

  // ---------- findings ----------
  function targetFor(path) {
    let p = path.replace(/^content\./, '');
    while (p) {
      const el = form.querySelector(`[data-path="${CSS.escape(p)}"]`);
      if (el) return el;
      const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut > 0 ? p.slice(0, cut) : '';
    }
    return null;
  }
  const isInput = (el) => /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
  function msgContainerFor(el) {
    if (isInput(el)) return $(el.id + '-msg');
    const own = el.id ? $(el.id + '-msg') : null;
    if (own) return own;
    const byPath = $(idFor(el.dataset.path) + '-msg') || $(el.dataset.path + '-msg');
    return byPath || el.querySelector('.messages');
  }
  function findingNode(kind, message, id) {
    return h('p', { class: 'finding ' + kind, id },
      h('strong', { text: kind === 'error' ? 'Fel: ' : 'Varning: ' }), message);
  }
  function describe(el, ids) {
    if (!el) return;
    if (ids.length) el.setAttribute('aria-describedby', ids.join(' ')); else el.removeAttribute('aria-describedby');
  }
  function applyFindings() {
    form.querySelectorAll('.messages').forEach((m) => { if (!m.dataset.local) m.replaceChildren(); });
    form.querySelectorAll('.has-error, .has-warning').forEach((el) => el.classList.remove('has-error', 'has-warning'));
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    form.querySelectorAll('[aria-describedby]').forEach((el) => el.removeAttribute('aria-describedby'));
    const list = $('findings-list');
    list.replaceChildren();
    const all = [...state.findings.errors.map((f) => ['error', f]), ...state.findings.warnings.map((f) => ['warning', f])];
    const described = new Map();
    all.forEach(([kind, f], n) => {
      const target = targetFor(f.path || f.field || '');
      const msgId = 'finding-' + n;
      let focusTarget = null;
      if (target) {
        const box = msgContainerFor(target);
        if (box) box.append(findingNode(kind, f.message, msgId));
        focusTarget = target;
        if (isInput(target)) {
          target.classList.add(kind === 'error' ? 'has-error' : 'has-warning');
          if (kind === 'error') target.setAttribute('aria-invalid', 'true');
          described.set(target, [...(described.get(target) || []), msgId]);
        }
        else {
          if (target.classList.contains('outcome')) target.classList.add(kind === 'error' ? 'has-error' : 'has-warning');
          if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
        }
      }
      const link = h('a', { href: '#' + (focusTarget && focusTarget.id ? focusTarget.id : ''), text: (kind === 'error' ? 'Fel: ' : 'Varning: ') + f.message });
      link.addEventListener('click', (e) => {
        e.preventDefault();
        if (focusTarget) { focusTarget.scrollIntoView({ block: 'center' }); focusTarget.focus(); }
      });
      list.append(h('li', { class: kind }, link));
    });
    described.forEach((ids, el) => describe(el, ids));
    const box = $('findings');
    box.hidden = all.length === 0;
    const errors = state.findings.errors.length;
    const warnings = state.findings.warnings.length;
    $('findings-heading').textContent = `Att åtgärda: ${errors} fel och ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`;
    for (const path of state.invalid.keys()) showLocal(path);
    updateSums();
  }
  function showLocal(path) {
    const input = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
    if (!input) return;
    const box = $(input.id + '-msg');
    box.querySelectorAll('.local').forEach((n) => n.remove());
    const msg = state.invalid.get(path);
    const ids = (input.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== input.id + '-local');
    if (msg) {
      const node = findingNode('error', msg, input.id + '-local');
      node.classList.add('local');
      box.append(node);
      input.classList.add('has-error');
      input.setAttribute('aria-invalid', 'true');
      ids.push(input.id + '-local');
    }
    else if (!ids.length) { input.classList.remove('has-error'); input.removeAttribute('aria-invalid'); }
    describe(input, ids);
  }

  // ---------- saving ----------
  async function save() {
    clearTimeout(state.timer);
    if (state.conflict || state.readOnly) return false;
    if (state.saving) {
      await state.saving;
      return state.editSeq === state.savedSeq ? true : save();
    }
    if (state.editSeq === state.savedSeq) return true;
    if (state.invalid.size) { setStatus('Inte sparat: rätta beloppen som är markerade med Fel.', 'failed'); return false; }
    const seq = state.editSeq;
    setStatus('Sparar …');
    state.saving = put(seq);
    try { return await state.saving; } finally { state.saving = null; }
  }

  async function put(seq) {
    let r;
    try {
      r = await call('PUT', `/api/documents/${encodeURIComponent(state.id)}/content`, { version: state.version, title: state.title, content: state.content });
    }
    catch (e) {
      setStatus('Inte sparat: ingen kontakt med servern. Försöker igen när du ändrar något.', 'failed');
      return false;
    }
    if (r.ok) {
      const doc = r.data.document;
      state.version = doc.version;
      state.savedSeq = seq;
      showHeader(doc);
      state.findings = { errors: r.data.errors || [], warnings: r.data.warnings || [] };
      applyFindings();
      const n = state.findings.errors.length;
      setStatus(`Sparat kl. ${hhmm(new Date())}` + (n ? ` – ${n} fel att rätta innan utkastet kan slutföras` : ''), 'saved');
      if (state.editSeq !== state.savedSeq) setStatus('Ändrat – sparas strax …');
      else document.body.dataset.saved = 'true';
      return true;
    }
    if (r.status === 409) {
      state.conflict = true;
      setStatus('Inte sparat: någon annan har sparat dokumentet.', 'failed');
      const reload = h('button', { type: 'button', class: 'primary', onclick: () => location.reload() }, 'Läs in dokumentet igen');
      showAlert([
        h('p', {}, h('strong', { text: 'Någon annan har sparat dokumentet efter att du öppnade det.' })),
        'Dina senaste ändringar har inte sparats, och inget har skrivits över. Läs in dokumentet igen för att se den sparade versionen; kopiera gärna först det du skrev.',
        problemText(r.data, ''), reload]);
      $('finish-button').disabled = true;
      reload.focus();
      return false;
    }
    if (r.status === 422 && r.data) {
      const problems = (r.data.errors || []).map((p) => ({ path: p.field, message: p.message }));
      state.findings = { errors: problems, warnings: [] };
      applyFindings();
      setStatus('Inte sparat: ' + problemText(r.data, 'ogiltiga uppgifter'), 'failed');
      showAlert([h('p', {}, h('strong', { text: 'Planen kunde inte sparas: ' + (r.data.title || 'ogiltiga uppgifter') })),
        problemText(r.data, ''), ...problems.map((p) => `${p.path}: ${p.message}`)]);
      return false;
    }
    if (r.status === 401 || r.status === 403) {
      setStatus('Inte sparat: du är inte inloggad eller saknar behörighet.', 'failed');
      showAlert(['Inte sparat: ' + problemText(r.data, 'du saknar behörighet'), h('p', {}, h('a', { href: '/camunda/app/tasklist/', text: 'Logga in i Tasklist igen' }))]);
      return false;
    }
    setStatus(`Inte sparat (fel ${r.status}): ${problemText(r.data, 'okänt fel')}`, 'failed');
    return false;
  }

  // ---------- finishing ----------
  async function finish() {
    const btn = $('finish-button');
    const out = $('finish-result');
    const fail = (text) => {
      out.replaceChildren(h('div', { class: 'alert', role: 'alert' }, h('p', {}, h('strong', { text: 'Utkastet är inte slutfört.' })), h('p', { class: 'field-text', text })));
      btn.disabled = state.conflict;
      setStatus('Utkastet är inte slutfört.', 'failed');
      out.focus();
    };
    btn.disabled = true;
    out.replaceChildren();
    setStatus('Slutför utkastet …');
    if (!(await save())) { fail('Dina ändringar kunde inte sparas. Se meddelandet ovan.'); return; }
    const pi = state.doc.processInstanceId;
    const found = await call('GET', `/engine-rest/task?processInstanceId=${encodeURIComponent(pi || '')}&taskDefinitionKey=Task_Draft`);
    if (!found.ok || !Array.isArray(found.data) || found.data.length === 0) {
      fail('Det finns ingen öppen uppgift "Skriv utkast" för dokumentet som du kan se. Den kan redan vara slutförd.');
      return;
    }
    const task = found.data[0];
    if (!task.assignee) {
      const claimed = await call('POST', `/engine-rest/task/${task.id}/claim`, { userId: state.userId });
      if (!claimed.ok) { fail('Uppgiften kunde inte tilldelas dig: ' + problemText(claimed.data, `fel ${claimed.status}`)); return; }
    }
    else if (task.assignee !== state.userId) {
      fail(`Uppgiften är tilldelad ${task.assignee}. Be hen slutföra den eller lämna tillbaka den i Tasklist.`);
      return;
    }
    const completed = await call('POST', `/engine-rest/task/${task.id}/complete`, {});
    if (!completed.ok) {
      fail(problemText(completed.data, `Fel ${completed.status}`));
      return;
    }
    state.done = true;
    state.readOnly = true;
    clearTimeout(state.timer);
    const again = await call('GET', `/api/documents/${encodeURIComponent(state.id)}`);
    if (again.ok) showHeader(again.data);
    form.querySelectorAll('input, textarea, select, button').forEach((el) => { el.disabled = true; });
    setStatus('Utkastet är slutfört och skickat till APT.', 'saved');
    out.replaceChildren(h('div', { class: 'success' },
      h('p', {}, h('strong', { text: 'Utkastet är skickat till arbetsplatsträffen (APT).' })),
      h('p', {}, 'Nästa steg är att diskutera planen på APT. ', h('a', { href: '/camunda/app/tasklist/', text: 'Tillbaka till Tasklist' }))));
    out.focus();
  }

  // ---------- loading ----------
  function showHeader(doc) {
    state.doc = Object.assign(state.doc || {}, doc);
    $('doc-title').textContent = doc.title || 'Plan utan titel';
    $('doc-dnr').textContent = doc.dnr || '–';
    $('doc-unit').textContent = doc.unitName || doc.unitId || '–';
    $('doc-status').textContent = doc.statusLabel || doc.status || '–';
    document.title = `${doc.title || 'Plan'} – redigera – Årshjul`;
  }

  async function load() {
    if (!state.id) { showAlert(['Adressen saknar dokumentets id (?id=…). Öppna redigeraren från uppgiften i Tasklist.']); $('doc-title').textContent = 'Inget dokument valt'; return; }
    let session;
    let doc;
    try {
      session = await call('GET', '/api/session');
      if (session.status === 401) {
        $('doc-title').textContent = 'Logga in först';
        showAlert(['Du är inte inloggad. Logga in i Tasklist och öppna redigeraren från uppgiften "Skriv utkast".', h('p', {}, h('a', { href: '/camunda/app/tasklist/', text: 'Till Tasklist' }))]);
        return;
      }
      doc = await call('GET', `/api/documents/${encodeURIComponent(state.id)}`);
    }
    catch (e) {
      showAlert(['Ingen kontakt med servern. Försök igen om en stund.']);
      return;
    }
    if (!doc.ok) {
      $('doc-title').textContent = 'Dokumentet kunde inte visas';
      showAlert([problemText(doc.data, `Fel ${doc.status}`)]);
      return;
    }
    state.userId = session.data.userId;
    state.csrf = session.data.csrfToken || null;
    const d = doc.data;
    showHeader(d);
    state.title = d.title || '';
    state.version = d.version;
    state.kind = d.type || 'VP';
    state.content = d.content || {};
    for (const key of ['directionGoals', 'budgets', 'internalControl', 'attachments']) state.content[key] = state.content[key] || [];
    state.content.introduction = state.content.introduction || {};
    state.readOnly = d.status !== 'DRAFT';
    if (state.readOnly) {
      showAlert([`Dokumentet har status ”${d.statusLabel || d.status}” och kan inte ändras här. Du ser det som det är sparat.`], true);
    }
    else if (!state.csrf) {
      showAlert(['Sidan saknar inloggning från Tasklist, så ändringar kan inte sparas. Öppna redigeraren från uppgiften i Tasklist.']);
    }
    render();
    form.hidden = false;
    $('finish').hidden = state.readOnly;
    setStatus(state.readOnly ? 'Endast läsning.' : 'Ändringar sparas automatiskt.');
  }

  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('focusout', () => { if (state.editSeq !== state.savedSeq) save(); });
  $('finish-button').addEventListener('click', finish);
  window.addEventListener('beforeunload', (e) => {
    if (!state.conflict && !state.readOnly && state.editSeq !== state.savedSeq) { e.preventDefault(); e.returnValue = ''; }
  });
  load();
})();
