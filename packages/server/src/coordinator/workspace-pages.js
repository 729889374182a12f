// @ts-check
import { vocabularyLabel } from '@mentor-finder/matcher';
import { escapeHtml } from '../mail/mail-text.js';
import { getRegistration, isPublishedRecord, personName } from '../registrations/registration-store.js';
import { confirmPair, endPair, approveRegistration, getPair, MAX_REASON_LENGTH, rejectRegistration } from './workspace-actions.js';
import { cohortFor } from './workspace-cohort.js';
import { workspaceText } from './workspace-messages.js';
import { ASSETS_PATH, csrfField, formatDay, formatTime, pageLanguage, sendPage } from './workspace-page.js';

/**
 * @typedef {import('../registrations/registration-store.js').RegistrationContext} RegistrationContext
 * @typedef {import('../registrations/registration-store.js').RegistrationRow} RegistrationRow
 * @typedef {import('./coordinator-accounts.js').Session} Session
 * @typedef {import('./workspace-actions.js').PairRow} PairRow
 * @typedef {import('./workspace-actions.js').Outcome} Outcome
 * @typedef {import('./workspace-messages.js').WorkspaceLanguage} WorkspaceLanguage
 * @typedef {import('./workspace-messages.js').WorkspaceMessageKey} WorkspaceMessageKey
 */

const FILTERS = /** @type {const} */ (['pending', 'approved', 'rejected', 'awaiting-email', 'all']);
const PAIR_STATES = /** @type {const} */ (['proposed', 'confirmed', 'ended']);
const REGISTRATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The workspace's HTML pages: registrations at /workspace/, pairs at /workspace/pairs. Every
 * change is a plain form (the session's CSRF token in a hidden field) answered with a 303 back
 * to the page, which then says what happened. Registered inside the signed-in scope.
 * @param {import('fastify').FastifyInstance} fastify
 * @param {RegistrationContext} ctx
 */
export default async function workspacePages(fastify, ctx) {
  const { db, directory } = ctx;
  const sessionOf = (/** @type {import('fastify').FastifyRequest} */ request) => /** @type {Session} */ (/** @type {any} */ (request).coordinatorSession);

  const languageOf = (/** @type {import('fastify').FastifyRequest} */ request, /** @type {import('fastify').FastifyReply} */ reply) => pageLanguage(request, reply, ctx.config);

  /**
   * A refused form: its own page with the status, what went wrong and the way back.
   * @param {import('fastify').FastifyRequest} request
   * @param {import('fastify').FastifyReply} reply
   * @param {Outcome} outcome
   * @param {'registrations' | 'pairs'} back
   * @param {string} backUrl
   */
  const refused = (request, reply, outcome, back, backUrl) => {
    const lang = languageOf(request, reply);
    const t = (/** @type {WorkspaceMessageKey} */ key, /** @type {Record<string, string | number>} */ params = {}) => workspaceText(lang, key, params);
    const code = outcome.body.code ?? '';
    const stateOf = (/** @type {string} */ prefix) => code.slice(prefix.length);
    const message =
      code === 'not-found'
        ? t(back === 'pairs' ? 'error.pair-not-found' : 'error.registration-not-found')
        : code === 'not-a-mentor'
          ? t('error.not-a-mentor')
          : code === 'invalid-reason'
            ? t('error.reason', { max: MAX_REASON_LENGTH })
            : code === 'pair-incomplete'
              ? t('error.pair-incomplete')
              : code.startsWith('registration-')
                ? t('error.registration-state', { status: statusLabel(lang, stateOf('registration-')) })
                : code.startsWith('pair-')
                  ? t('error.pair-state', { status: pairStateLabel(lang, stateOf('pair-')) })
                  : (outcome.body.message ?? '');
    return sendPage(reply, {
      status: outcome.status,
      lang,
      title: t('error.title'),
      url: request.url,
      session: sessionOf(request),
      current: back,
      notice: { text: message, role: 'alert' },
      body: `<p><a href="${escapeHtml(backUrl)}">${escapeHtml(t(back === 'pairs' ? 'error.back-pairs' : 'error.back-registrations'))}</a></p>`,
    });
  };

  fastify.get('/workspace', async (_request, reply) => reply.redirect('/workspace/', 301));

  fastify.get('/workspace/', async (request, reply) => {
    const lang = languageOf(request, reply);
    const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
    const filter = FILTERS.find((f) => f === query.status) ?? 'pending';
    const rows = /** @type {RegistrationRow[]} */ (
      filter === 'all' ? db.prepare('SELECT * FROM registrations ORDER BY created_at, rowid').all() : db.prepare('SELECT * FROM registrations WHERE status = ? ORDER BY created_at, rowid').all(filter)
    );
    const counts = new Map(/** @type {{ status: string, n: number }[]} */ (db.prepare('SELECT status, count(*) AS n FROM registrations GROUP BY status').all()).map((r) => [r.status, r.n]));
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    /** @type {{ text: string, role: 'status' } | undefined} */
    let notice;
    const done = typeof query.done === 'string' ? query.done : '';
    const doneRow = typeof query.id === 'string' && REGISTRATION_ID.test(query.id) ? getRegistration(db, query.id) : undefined;
    if ((done === 'approved' || done === 'rejected') && doneRow) {
      const record = JSON.parse(doneRow.record);
      const key = done === 'approved' && !isPublishedRecord(record) ? 'notice.approved-unpublished' : `notice.${done}`;
      notice = { text: workspaceText(lang, /** @type {import('./workspace-messages.js').WorkspaceMessageKey} */ (key), { name: personName(record) }), role: 'status' };
    }
    const shown = new Set(rows.map((r) => r.id));
    const card = (/** @type {RegistrationRow} */ row) => registrationCard(ctx, lang, sessionOf(request), row, shown, filter);
    const section = (/** @type {'mentor' | 'mentee'} */ kind) => {
      const list = rows.filter((r) => r.kind === kind);
      const heading = workspaceText(lang, kind === 'mentor' ? 'registrations.mentors' : 'registrations.mentees');
      return `<section class="ws-section" aria-labelledby="section-${kind}">
<h2 id="section-${kind}">${escapeHtml(heading)} <span class="ws-count">(${list.length})</span></h2>
${list.length === 0 ? `<p class="ws-empty">${escapeHtml(workspaceText(lang, 'registrations.none'))}</p>` : `<div class="ws-cards">${list.map(card).join('\n')}</div>`}
</section>`;
    };
    const filters = FILTERS.map((f) => {
      const n = f === 'all' ? total : (counts.get(f) ?? 0);
      return `<li><a href="/workspace/?status=${f}"${f === filter ? ' aria-current="page"' : ''}>${escapeHtml(f === 'all' ? workspaceText(lang, 'status.all') : statusLabel(lang, f))} <span class="ws-count">(${n})</span></a></li>`;
    }).join('');
    return sendPage(reply, {
      status: 200,
      lang,
      title: `${workspaceText(lang, 'registrations.title')}: ${filter === 'all' ? workspaceText(lang, 'status.all') : statusLabel(lang, filter)}`,
      url: request.url,
      session: sessionOf(request),
      current: 'registrations',
      ...(notice ? { notice } : {}),
      body: `<p class="ws-lead">${escapeHtml(workspaceText(lang, 'registrations.intro'))}</p>
<nav class="ws-filter" aria-label="${escapeHtml(workspaceText(lang, 'registrations.filter'))}"><ul>${filters}</ul></nav>
${section('mentor')}
${section('mentee')}`,
    });
  });

  fastify.post('/workspace/registrations/:id/approve', async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    const outcome = approveRegistration(ctx, sessionOf(request).coordinator, id);
    if (outcome.status !== 200) return refused(request, reply, outcome, 'registrations', backTo(request.body));
    return reply.redirect(withQuery(backTo(request.body), `done=approved&id=${encodeURIComponent(id)}#notice`), 303);
  });

  fastify.post('/workspace/registrations/:id/reject', { bodyLimit: 16 * 1024 }, async (request, reply) => {
    const { id } = /** @type {{ id: string }} */ (request.params);
    const body = /** @type {Record<string, unknown>} */ (request.body ?? {});
    const outcome = rejectRegistration(ctx, sessionOf(request).coordinator, id, body.reason);
    if (outcome.status !== 200) return refused(request, reply, outcome, 'registrations', backTo(request.body));
    return reply.redirect(withQuery(backTo(request.body), `done=rejected&id=${encodeURIComponent(id)}#notice`), 303);
  });

  fastify.get('/workspace/pairs', async (request, reply) => {
    const lang = languageOf(request, reply);
    const session = sessionOf(request);
    const query = /** @type {Record<string, unknown>} */ (request.query ?? {});
    const programmes = /** @type {import('../directory/create-mentor-directory.js').MentorDirectory} */ (/** @type {unknown} */ (directory)).listProgrammes();
    const programme = programmes.find((p) => p.id === query.programme) ?? programmes[0];
    const t = (/** @type {WorkspaceMessageKey} */ key, /** @type {Record<string, string | number>} */ params = {}) => escapeHtml(workspaceText(lang, key, params));
    const base = { lang, url: request.url, session, current: /** @type {const} */ ('pairs'), title: workspaceText(lang, 'pairs.title') };
    if (!programme) return sendPage(reply, { ...base, status: 200, body: `<p>${t('pairs.no-programme')}</p>` });
    if (typeof query.programme === 'string' && query.programme !== programme.id) {
      return sendPage(reply, { ...base, status: 404, notice: { text: `${workspaceText(lang, 'pairs.programme')}: ${/^[\w.-]{1,80}$/.test(query.programme) ? `"${query.programme}"` : '…'}?`, role: 'alert' }, body: programmeForm(lang, programmes, programme.id) });
    }
    const pairs = /** @type {PairRow[]} */ (db.prepare('SELECT * FROM pairs WHERE programme_id = ? ORDER BY id').all(programme.id));
    const { alreadyPaired, mentees } = cohortFor(ctx, programme);
    /** @type {{ text: string, role: 'status' } | undefined} */
    let notice;
    const done = typeof query.done === 'string' ? query.done : '';
    const donePair = typeof query.id === 'string' ? getPair(db, Number(query.id)) : undefined;
    if ((done === 'confirmed' || done === 'ended') && donePair) notice = { text: workspaceText(lang, `notice.${done}`, pairNames(ctx, donePair)), role: 'status' };
    if (done === 'proposed' && typeof query.count === 'string' && /^\d{1,6}$/.test(query.count)) notice = { text: workspaceText(lang, 'notice.proposed', { count: Number(query.count) }), role: 'status' };
    const rows = pairs.map((pair) => pairRow(ctx, lang, session, pair)).join('\n');
    return sendPage(reply, {
      ...base,
      status: 200,
      ...(notice ? { notice } : {}),
      // Without mentees waiting there is nothing to suggest: no preview, no scripts.
      scripts: mentees.length > 0 ? [`${ASSETS_PATH}/workspace-pairs.js`, '/mentor-pair-preview.js'] : [],
      body: `${programmeForm(lang, programmes, programme.id)}
<p class="ws-lead">${t('pairs.intro')}</p>
${alreadyPaired > 0 ? `<p>${t('pairs.left-out', { count: alreadyPaired })}</p>` : ''}
<section class="ws-section" aria-labelledby="suggested-title">
<h2 id="suggested-title">${t('pairs.suggested')}</h2>
${mentees.length === 0 ? `<p class="ws-empty" id="no-mentees">${t('pairs.no-mentees')}</p>` : `<p class="ws-needs-script" id="needs-script">${t('pairs.needs-script')}</p>
<div id="pair-workbench" hidden data-programme="${escapeHtml(programme.id)}" data-cohort="/workspace/api/cohort?programme=${encodeURIComponent(programme.id)}"
 data-csrf="${escapeHtml(session.csrfToken)}" data-lang="${lang}"
 data-text-proposing="${t('pairs.proposing')}" data-text-nothing="${t('pairs.nothing-to-propose')}" data-text-load-failed="${t('pairs.load-failed')}" data-text-failed="${t('pairs.propose-failed', { count: '{count}' })}" data-text-refused="${t('pairs.propose-refused')}" data-text-anyway="${t('pairs.propose-anyway')}">
<mentor-pair-preview lang="${lang}" programme-id="${escapeHtml(programme.id)}" worker-src="/mentor-pair-worker.js" no-file-pickers></mentor-pair-preview>
<p><button type="button" class="ws-button ws-button--primary" data-action="propose">${t('pairs.propose')}</button></p>
<p class="ws-notice" id="propose-status" role="status"></p>
<div id="propose-refused" hidden><p></p><ul></ul><p><button type="button" class="ws-button" data-action="propose-anyway"></button></p></div>
</div>
`}
</section>
<section class="ws-section" aria-labelledby="pairs-title">
<h2 id="pairs-title">${t('pairs.list')} <span class="ws-count">(${pairs.length})</span></h2>
${
  pairs.length === 0
    ? `<p class="ws-empty">${t('pairs.empty')}</p>`
    : `<table class="ws-table">
<thead><tr><th scope="col">${t('pairs.mentor')}</th><th scope="col">${t('pairs.mentee')}</th><th scope="col">${t('pairs.state')}</th><th scope="col">${t('pairs.since')}</th><th scope="col">${t('pairs.actions')}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
}
</section>`,
    });
  });

  for (const [action, run] of /** @type {const} */ ([
    ['confirm', confirmPair],
    ['end', endPair],
  ])) {
    fastify.post(`/workspace/pairs/:id/${action}`, async (request, reply) => {
      const id = Number(/** @type {{ id: string }} */ (request.params).id);
      const pair = getPair(db, id);
      const back = pair ? `/workspace/pairs?programme=${encodeURIComponent(pair.programme_id)}` : '/workspace/pairs';
      const outcome = run(ctx, sessionOf(request).coordinator, id);
      if (outcome.status !== 200) return refused(request, reply, outcome, 'pairs', back);
      return reply.redirect(`${back}&done=${action === 'confirm' ? 'confirmed' : 'ended'}&id=${id}#notice`, 303);
    });
  }
}

/**
 * The registrations list a form came from.
 * @param {unknown} body
 */
function backTo(body) {
  const status = /** @type {Record<string, unknown> | undefined} */ (body)?.status;
  const filter = FILTERS.find((f) => f === status && f !== 'pending');
  return filter ? `/workspace/?status=${filter}` : '/workspace/';
}

/** @param {string} url @param {string} more */
const withQuery = (url, more) => `${url}${url.includes('?') ? '&' : '?'}${more}`;

/**
 * @param {WorkspaceLanguage} lang
 * @param {string} status
 */
function statusLabel(lang, status) {
  return (/** @type {readonly string[]} */ (FILTERS)).includes(status) ? workspaceText(lang, /** @type {WorkspaceMessageKey} */ (`status.${status}`)) : status;
}

/**
 * @param {WorkspaceLanguage} lang
 * @param {string} state
 */
function pairStateLabel(lang, state) {
  return /** @type {readonly string[]} */ (PAIR_STATES).includes(state) ? workspaceText(lang, /** @type {WorkspaceMessageKey} */ (`pair.${state}`)) : state;
}

/**
 * @param {WorkspaceLanguage} lang
 * @param {readonly import('@mentor-finder/matcher').Programme[]} programmes
 * @param {string} current
 */
function programmeForm(lang, programmes, current) {
  const options = programmes.map((p) => `<option value="${escapeHtml(p.id)}"${p.id === current ? ' selected' : ''}>${escapeHtml(programmeName(p, lang))}</option>`).join('');
  return `<form class="ws-programme" method="get" action="/workspace/pairs">
<label for="programme">${escapeHtml(workspaceText(lang, 'pairs.programme'))}</label>
<select id="programme" name="programme">${options}</select>
<button type="submit" class="ws-button">${escapeHtml(workspaceText(lang, 'pairs.show'))}</button>
</form>`;
}

/**
 * @param {import('@mentor-finder/matcher').Programme | undefined} programme
 * @param {WorkspaceLanguage} lang
 */
function programmeName(programme, lang) {
  if (!programme) return '';
  const name = /** @type {Record<string, string> | string | undefined} */ (/** @type {any} */ (programme).name);
  if (typeof name === 'string') return name;
  return name?.[lang] ?? name?.en ?? Object.values(name ?? {})[0] ?? programme.id;
}

/**
 * @param {RegistrationContext} ctx
 * @param {PairRow} pair
 */
function pairNames({ db, directory }, pair) {
  const mentor = directory.findMentor(pair.mentor_id);
  const mentee = getRegistration(db, pair.mentee_registration_id);
  return { mentor: mentor ? personName(mentor) : pair.mentor_id, mentee: mentee ? personName(JSON.parse(mentee.record)) : pair.mentee_registration_id };
}

/**
 * @param {RegistrationContext} ctx
 * @param {WorkspaceLanguage} lang
 * @param {Session} session
 * @param {PairRow} pair
 */
function pairRow(ctx, lang, session, pair) {
  const names = pairNames(ctx, pair);
  const t = (/** @type {WorkspaceMessageKey} */ key, /** @type {Record<string, string | number>} */ params = {}) => escapeHtml(workspaceText(lang, key, params));
  const since = pair.status === 'ended' ? pair.ended_at : pair.status === 'confirmed' ? pair.confirmed_at : pair.created_at;
  const button = (/** @type {'confirm' | 'end'} */ action) =>
    `<form method="post" action="/workspace/pairs/${pair.id}/${action}">${csrfField(session)}<button type="submit" class="ws-button${action === 'confirm' ? ' ws-button--primary' : ''}" data-action="${action}" aria-label="${t(action === 'confirm' ? 'action.confirm' : 'action.end')}: ${escapeHtml(`${names.mentor} – ${names.mentee}`)}">${t(action === 'confirm' ? 'action.confirm' : 'action.end')}</button></form>`;
  const actions = [pair.status === 'proposed' ? button('confirm') : '', pair.status !== 'ended' ? button('end') : ''].join('');
  const cell = (/** @type {WorkspaceMessageKey} */ label, /** @type {string} */ content, header = false) =>
    `<${header ? 'th scope="row"' : 'td'}><span class="ws-cell-label">${t(label)}</span> ${content}</${header ? 'th' : 'td'}>`;
  return `<tr data-pair-id="${pair.id}" data-state="${pair.status}">${cell('pairs.mentor', escapeHtml(names.mentor), true)}${cell('pairs.mentee', escapeHtml(names.mentee))}${cell('pairs.state', `<span class="ws-state ws-state--${pair.status}">${escapeHtml(pairStateLabel(lang, pair.status))}</span>`)}${cell('pairs.since', escapeHtml(formatTime(lang, since, ctx.config.timeZone)))}<td class="ws-row-actions">${actions}</td></tr>`;
}

/**
 * One registration with what a coordinator decides on, and its approve and reject forms.
 * @param {RegistrationContext} ctx
 * @param {WorkspaceLanguage} lang
 * @param {Session} session
 * @param {RegistrationRow} row
 * @param {Set<string>} shown ids on this page: links to them stay on the page
 * @param {string} filter the list shown, which the answer to a form returns to
 */
function registrationCard(ctx, lang, session, row, shown, filter) {
  const { db, directory } = ctx;
  const record = /** @type {any} */ (JSON.parse(row.record));
  const t = (/** @type {WorkspaceMessageKey} */ key, /** @type {Record<string, string | number>} */ params = {}) => escapeHtml(workspaceText(lang, key, params));
  const name = personName(record);
  const anchor = `reg-${row.id}`;
  const linkTo = (/** @type {string} */ id) => `${shown.has(id) ? '' : '/workspace/?status=all'}#reg-${encodeURIComponent(id)}`;
  const list = (/** @type {string[]} */ items) => items.filter(Boolean).join(', ');
  const label = (/** @type {import('@mentor-finder/matcher').VocabularyKind} */ kind, /** @type {unknown} */ ids) => (Array.isArray(ids) ? ids.map((id) => vocabularyLabel(kind, String(id), lang)) : []);

  /** @type {[WorkspaceMessageKey, string, string?][]} label, HTML, lang of the content */
  const facts = [];
  facts.push(['field.status', escapeHtml(statusLabel(lang, row.status))]);
  facts.push(['field.programme', escapeHtml(programmeName(directory.findProgramme(row.programme_id), lang) || row.programme_id)]);
  if (record.country) facts.push(['field.country', escapeHtml(vocabularyLabel('country', String(record.country), lang))]);
  if (Array.isArray(record.languages)) {
    facts.push(['field.languages', escapeHtml(list(record.languages.map((/** @type {any} */ l) => `${vocabularyLabel('language', String(l.code), lang)} (${l.level === 'native' ? workspaceText(lang, 'level.native') : String(l.level)})`)))]);
  }
  const topics = label('topic', record.topics);
  if (topics.length > 0) facts.push(['field.topics', escapeHtml(list(topics))]);
  const subjects = label('subject', record.subjects);
  if (subjects.length > 0) facts.push(['field.subjects', escapeHtml(list(subjects))]);
  const experience = experienceText(lang, record.experience);
  if (experience) facts.push(['field.experience', escapeHtml(experience)]);
  if (row.kind === 'mentor') facts.push(['field.evidence', escapeHtml(evidenceText(lang, record.eligibility))]);
  if (typeof record.capacity?.maxMentees === 'number') facts.push(['field.capacity', t('capacity.value', { max: record.capacity.maxMentees })]);
  const modes = label('meetingMode', record.availability?.meetingModes ?? record.preferences?.meetingModes);
  if (modes.length > 0) facts.push(['field.meeting', escapeHtml(list(modes))]);
  if (typeof record.goals?.text === 'string') facts.push(['field.goals', escapeHtml(record.goals.text), typeof record.goals.lang === 'string' ? record.goals.lang : undefined]);
  facts.push(['field.submitted', escapeHtml(formatTime(lang, row.created_at, ctx.config.timeZone))]);
  const confirmed =
    row.email_confirmed_at !== null ? t('email.confirmed', { time: formatTime(lang, row.email_confirmed_at, ctx.config.timeZone) }) : row.kind === 'mentee' ? t('email.not-asked') : t('email.not-confirmed');
  facts.push(['field.email', `<a href="mailto:${escapeHtml(row.email)}">${escapeHtml(row.email)}</a> · <span class="ws-email-state" data-email-confirmed="${row.email_confirmed_at !== null}">${confirmed}</span>`]);
  if (row.decided_at !== null) facts.push(['field.decided', escapeHtml(formatTime(lang, row.decided_at, ctx.config.timeZone))]);
  // Set by each save through the mentor's update link, a reconfirmation without changes included.
  if (row.reconfirmed_at !== null) facts.push(['field.profile-saved', escapeHtml(formatTime(lang, row.reconfirmed_at, ctx.config.timeZone))]);
  if (row.reason) facts.push(['field.reason', escapeHtml(row.reason)]);

  const duplicates = [];
  if (row.duplicate_of) {
    const other = getRegistration(db, row.duplicate_of);
    const target = other
      ? `<a href="${escapeHtml(linkTo(other.id))}">${escapeHtml(personName(JSON.parse(other.record)))} (${escapeHtml(statusLabel(lang, other.status))})</a>`
      : t('duplicate.file-mentor', { id: row.duplicate_of });
    duplicates.push(`<p class="ws-duplicate" data-duplicate-of="${escapeHtml(row.duplicate_of)}"><strong>${t('duplicate.earlier')}</strong> ${target}</p>`);
  }
  const later = /** @type {{ id: string, record: string, status: string }[]} */ (db.prepare('SELECT id, record, status FROM registrations WHERE duplicate_of = ? ORDER BY created_at, rowid').all(row.id));
  if (later.length > 0) {
    const links = later.map((l) => `<a href="${escapeHtml(linkTo(l.id))}">${escapeHtml(personName(JSON.parse(l.record)))} (${escapeHtml(statusLabel(lang, l.status))})</a>`).join(', ');
    duplicates.push(`<p class="ws-duplicate"><strong>${t('duplicate.later')}</strong> ${links}</p>`);
  }

  const actions = [];
  const backField = filter === 'pending' ? '' : `<input type="hidden" name="status" value="${escapeHtml(filter)}">`;
  if (row.status === 'pending') {
    if (row.kind === 'mentor') {
      actions.push(`<form method="post" action="/workspace/registrations/${encodeURIComponent(row.id)}/approve">${csrfField(session)}${backField}<button type="submit" class="ws-button ws-button--primary" data-action="approve" aria-describedby="${escapeHtml(anchor)}-name">${t(isPublishedRecord(record) ? 'action.approve' : 'action.approve-unpublished')}</button></form>`);
    } else {
      actions.push(`<p class="ws-hint">${t('mentee.pair-note')}</p>`);
    }
    actions.push(`<form method="post" action="/workspace/registrations/${encodeURIComponent(row.id)}/reject" data-action="reject" class="ws-reject">${csrfField(session)}${backField}
<label for="${escapeHtml(anchor)}-reason">${t('action.reason', { name })}</label>
<textarea id="${escapeHtml(anchor)}-reason" name="reason" rows="2" maxlength="${MAX_REASON_LENGTH}" required></textarea>
<button type="submit" class="ws-button ws-button--danger" aria-describedby="${escapeHtml(anchor)}-name">${t('action.reject')}</button></form>`);
  }

  const display = record.displayName && record.displayName !== name ? ` <span class="ws-sub">(${escapeHtml(String(record.displayName))})</span>` : '';
  return `<article class="ws-card" id="${escapeHtml(anchor)}" data-registration-id="${escapeHtml(row.id)}" data-kind="${row.kind}" data-status="${row.status}" aria-labelledby="${escapeHtml(anchor)}-name">
<h3 id="${escapeHtml(anchor)}-name">${escapeHtml(name)}${display}</h3>
${duplicates.join('\n')}
<dl class="ws-facts">
${facts.map(([key, html, contentLang]) => `<div><dt>${t(key)}</dt><dd${contentLang && contentLang !== lang && /^[a-z]{2}$/.test(contentLang) ? ` lang="${contentLang}"` : ''}>${html}</dd></div>`).join('\n')}
</dl>
${actions.length > 0 ? `<div class="ws-actions">${actions.join('\n')}</div>` : ''}
</article>`;
}

/**
 * @param {WorkspaceLanguage} lang
 * @param {any} experience
 */
function experienceText(lang, experience) {
  if (!experience || typeof experience !== 'object') return '';
  const parts = [];
  if (typeof experience.yearsInProfession === 'number') parts.push(workspaceText(lang, 'experience.years', { years: experience.yearsInProfession }));
  const e = experience.etwinning;
  if (e && typeof e === 'object') {
    if (typeof e.sinceYear === 'number') parts.push(workspaceText(lang, 'experience.etwinning', { year: e.sinceYear, projects: e.projects ?? 0 }));
    else if (typeof e.projects === 'number') parts.push(workspaceText(lang, 'experience.projects', { projects: e.projects }));
    if (typeof e.nationalQualityLabels === 'number' || typeof e.europeanQualityLabels === 'number') {
      parts.push(workspaceText(lang, 'experience.labels', { national: e.nationalQualityLabels ?? 0, european: e.europeanQualityLabels ?? 0 }));
    }
    if (e.ambassador === true) parts.push(workspaceText(lang, 'experience.ambassador'));
  }
  return parts.join('; ');
}

/**
 * @param {WorkspaceLanguage} lang
 * @param {any} eligibility
 */
function evidenceText(lang, eligibility) {
  if (!eligibility || typeof eligibility !== 'object') return workspaceText(lang, 'evidence.none');
  const parts = [];
  if (typeof eligibility.yearsOfExperience === 'number') parts.push(workspaceText(lang, 'evidence.years', { years: eligibility.yearsOfExperience }));
  if (Array.isArray(eligibility.certificates) && eligibility.certificates.length > 0) {
    const list = eligibility.certificates.map((/** @type {any} */ c) => (c.validUntil ? `${c.type} (→ ${formatDay(lang, String(c.validUntil))})` : String(c.type))).join(', ');
    parts.push(workspaceText(lang, 'evidence.certificates', { list }));
  }
  const training = eligibility.mentorTraining;
  if (training?.completed === true) parts.push(training.completedOn ? workspaceText(lang, 'evidence.training-done', { date: formatDay(lang, String(training.completedOn)) }) : workspaceText(lang, 'evidence.training-done-undated'));
  else if (training) parts.push(workspaceText(lang, 'evidence.training-not-done'));
  return parts.length > 0 ? parts.join('; ') : workspaceText(lang, 'evidence.none');
}

