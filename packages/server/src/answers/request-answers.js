// @ts-check
import { rankMentors } from '@mentor-finder/matcher';
import { consumeLink, isLinkUsed, signLink } from '../links/answer-links.js';
import { pickLanguage } from '../mail/catalogues/index.js';
import {
  composeMentorRequest,
  composeRequesterAccepted,
  composeRequesterDeclined,
} from '../mail/compose-mails.js';
import { bodyText, oneLine } from '../mail/mail-text.js';
import { enqueueMail } from '../mail/outbox.js';
import { stopRequestsInProfile } from '../registrations/registration-store.js';

/**
 * @typedef {import('@mentor-finder/matcher').Mentor} Mentor
 * @typedef {import('@mentor-finder/matcher').Programme} Programme
 * @typedef {import('../mail/catalogues/index.js').MailLanguage} MailLanguage
 * @typedef {import('../mail/compose-mails.js').RelayedRequest} RelayedRequest
 * @typedef {import('../links/answer-links.js').AnswerLink} AnswerLink
 * @typedef {{
 *   db: import('better-sqlite3').Database,
 *   clock: { now(): number },
 *   config: { publicBaseUrl: string, secret: string, replyWindowDays: number },
 *   findMentor(id: string): Mentor | undefined,
 *   listMentors(): readonly Mentor[],
 *   findProgramme(id: string): Programme | undefined,
 *   directory?: { invalidate(): void },
 *   mailWorker?: { notify(): void },
 * }} AnswerContext
 * @typedef {{
 *   request_id: string, mentor_id: string, programme_id: string, requester_name: string, requester_email: string,
 *   requester_lang: MailLanguage, mentor_lang: MailLanguage, relayed_request: string, received_at: number, remind_at: number,
 *   expires_at: number, reminded_at: number | null, status: 'open' | 'accepted' | 'declined' | 'expired',
 *   answered_at: number | null, reason: string | null, delete_after: number
 * }} AnswerRow
 * @typedef {'invalid' | 'used' | 'answered' | 'expired' | 'no-place'} RefusalCode
 * @typedef {{ ok: true, row: AnswerRow, mentor: Mentor | undefined }
 *   | { ok: false, code: RefusalCode, row?: AnswerRow, mentor?: Mentor }} AnswerOutcome
 */

const DAY = 86_400_000;

/**
 * The reply window of a programme in days: its `contact.replyWindowDays`, else the server's.
 * @param {Programme | undefined} programme
 * @param {number} fallbackDays
 */
export function replyWindowDays(programme, fallbackDays) {
  const days = /** @type {{ replyWindowDays?: unknown } | undefined} */ (programme?.contact)?.replyWindowDays;
  return typeof days === 'number' && Number.isFinite(days) && days > 0 ? days : fallbackDays;
}

/**
 * The language a mentor reads mail in: their first native language that mails are written in,
 * else the first such language they list, else English.
 * @param {Mentor} mentor
 */
export function mentorLanguage(mentor) {
  const languages = Array.isArray(mentor.languages) ? mentor.languages : [];
  const native = languages.filter((l) => l.level === 'native').map((l) => l.code);
  const chosen = pickLanguage(native);
  return chosen !== 'en' || native.some((code) => pickLanguage([code]) === 'en') ? chosen : pickLanguage(languages.map((l) => l.code));
}

/**
 * Starts the answer side of a stored request and queues the mentor's mail, in the caller's
 * transaction (the contact route's insert), so a stored request always has its mail queued.
 * @param {AnswerContext} ctx
 * @param {{ request: RelayedRequest & { client?: { locale?: string } }, mentor: Mentor, programme: Programme | undefined, deleteAfter?: number }} input
 */
export function relayRequest(ctx, { request, mentor, programme, deleteAfter }) {
  const windowMs = replyWindowDays(programme, ctx.config.replyWindowDays) * DAY;
  const receivedAt = request.receivedAt;
  const expiresAt = receivedAt + windowMs;
  const mentorLang = mentorLanguage(mentor);
  const requesterLang = pickLanguage([request.client?.locale, request.message.lang]);
  const relayed = { sender: request.sender, message: request.message, ...(request.topics?.length ? { topics: request.topics } : {}) };
  ctx.db
    .prepare(
      `INSERT INTO request_answers (request_id, mentor_id, programme_id, requester_name, requester_email, requester_lang,
         mentor_lang, relayed_request, received_at, remind_at, expires_at, delete_after)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      request.id,
      mentor.id,
      mentor.programmeId,
      oneLine(request.sender.name, 120),
      request.sender.email,
      requesterLang,
      mentorLang,
      JSON.stringify(relayed),
      receivedAt,
      receivedAt + Math.floor(windowMs / 2),
      expiresAt,
      deleteAfter ?? receivedAt + (programme?.retention?.contactRequestsDays ?? 90) * DAY,
    );
  const mail = composeMentorRequest({ request, mentor, programme, lang: mentorLang, replyBy: expiresAt, urls: answerUrls(ctx, request.id, expiresAt) });
  return enqueueMail(ctx.db, mail, { now: ctx.clock.now(), publicBaseUrl: ctx.config.publicBaseUrl });
}

/**
 * Fresh signed links for one request; each expires with the reply window.
 * @param {AnswerContext} ctx
 * @param {string} requestId
 * @param {number} expiresAt
 */
export function answerUrls(ctx, requestId, expiresAt) {
  const base = ctx.config.publicBaseUrl.replace(/\/+$/, '');
  /** @param {'accept' | 'decline' | 'pause'} purpose */
  const url = (purpose) => `${base}/answer?t=${signLink(ctx.config.secret, { purpose, requestId, expiresAt })}`;
  return { accept: url('accept'), decline: url('decline'), pause: url('pause') };
}

/**
 * What the confirmation page may offer for a verified link, changing nothing.
 * @param {AnswerContext} ctx
 * @param {AnswerLink} link
 * @returns {AnswerOutcome}
 */
export function checkAnswerLink(ctx, link) {
  const row = findRow(ctx, link.requestId);
  if (!row) return { ok: false, code: 'invalid' };
  const mentor = ctx.findMentor(row.mentor_id);
  if (isLinkUsed(ctx.db, link)) return { ok: false, code: 'used', row, mentor };
  if (link.purpose !== 'pause') {
    if (row.status !== 'open') return { ok: false, code: 'answered', row, mentor };
    if (ctx.clock.now() >= row.expires_at) return { ok: false, code: 'expired', row, mentor };
  }
  return { ok: true, row, mentor };
}

/**
 * Accepts a request: takes a free place (a conditional update on mentor_state), marks the
 * request accepted, spends the link and queues the requester's mail, all in one transaction.
 * When the place went to another request first, nothing changes.
 * @param {AnswerContext} ctx
 * @param {AnswerLink} link
 * @returns {AnswerOutcome}
 */
export function acceptRequest(ctx, link) {
  const outcome = ctx.db
    .transaction(() => {
      const checked = checkAnswerLink(ctx, link);
      if (!checked.ok || link.purpose !== 'accept') return checked.ok ? refuse('invalid', checked) : checked;
      const { row, mentor } = checked;
      if (!mentor) return refuse('invalid', checked);
      const now = ctx.clock.now();
      ensureMentorState(ctx, mentor);
      const taken = ctx.db
        .prepare('UPDATE mentor_state SET current_mentees = current_mentees + 1 WHERE mentor_id = ? AND current_mentees < ?')
        .run(mentor.id, mentor.capacity.maxMentees);
      if (taken.changes !== 1) return refuse('no-place', checked);
      closeRequest(ctx, row, 'accepted', now, null);
      consumeLink(ctx.db, link, now);
      const programme = ctx.findProgramme(row.programme_id);
      const mail = composeRequesterAccepted({ requestId: row.request_id, requester: requesterOf(row), lang: row.requester_lang, mentor, programme });
      enqueueMail(ctx.db, mail, { now, publicBaseUrl: ctx.config.publicBaseUrl });
      return /** @type {AnswerOutcome} */ ({ ok: true, row: { ...row, status: 'accepted', answered_at: now }, mentor });
    })
    .immediate();
  if (outcome.ok) afterChange(ctx);
  return outcome;
}

/**
 * Declines a request with an optional reason; the requester's mail lists up to three mentors
 * with room.
 * @param {AnswerContext} ctx
 * @param {AnswerLink} link
 * @param {unknown} reason
 * @returns {AnswerOutcome}
 */
export function declineRequest(ctx, link, reason) {
  const why = bodyText(typeof reason === 'string' ? reason : '', 1000) || null;
  const outcome = ctx.db
    .transaction(() => {
      const checked = checkAnswerLink(ctx, link);
      if (!checked.ok || link.purpose !== 'decline') return checked.ok ? refuse('invalid', checked) : checked;
      const { row, mentor } = checked;
      if (!mentor) return refuse('invalid', checked);
      const now = ctx.clock.now();
      closeRequest(ctx, row, 'declined', now, why);
      consumeLink(ctx.db, link, now);
      const programme = ctx.findProgramme(row.programme_id);
      const mail = composeRequesterDeclined({
        requestId: row.request_id,
        requester: requesterOf(row),
        lang: row.requester_lang,
        mentor,
        programme,
        ...(why ? { reason: why, reasonLang: row.mentor_lang } : {}),
        alternatives: alternativesFor(ctx, row),
        findUrl: ctx.config.publicBaseUrl,
      });
      enqueueMail(ctx.db, mail, { now, publicBaseUrl: ctx.config.publicBaseUrl });
      return /** @type {AnswerOutcome} */ ({ ok: true, row: { ...row, status: 'declined', answered_at: now, reason: why }, mentor });
    })
    .immediate();
  if (outcome.ok) afterChange(ctx);
  return outcome;
}

/**
 * Stops new requests to the mentor of the link's request. Requests already open stay open.
 * @param {AnswerContext} ctx
 * @param {AnswerLink} link
 * @returns {AnswerOutcome}
 */
export function pauseMentor(ctx, link) {
  const outcome = ctx.db
    .transaction(() => {
      const checked = checkAnswerLink(ctx, link);
      if (!checked.ok || link.purpose !== 'pause') return checked.ok ? refuse('invalid', checked) : checked;
      const { mentor } = checked;
      if (!mentor) return refuse('invalid', checked);
      const now = ctx.clock.now();
      ensureMentorState(ctx, mentor);
      ctx.db
        .prepare('UPDATE mentor_state SET accepting_requests = 0, paused_at = coalesce(paused_at, ?) WHERE mentor_id = ?')
        .run(new Date(now).toISOString(), mentor.id);
      stopRequestsInProfile(ctx.db, mentor.id, now);
      consumeLink(ctx.db, link, now);
      return checked;
    })
    .immediate();
  if (outcome.ok) ctx.directory?.invalidate();
  return outcome;
}

/**
 * @param {RefusalCode} code
 * @param {{ row?: AnswerRow, mentor?: Mentor | undefined }} from
 * @returns {AnswerOutcome}
 */
function refuse(code, { row, mentor }) {
  return { ok: false, code, ...(row ? { row } : {}), ...(mentor ? { mentor } : {}) };
}

/** @param {AnswerContext} ctx */
function afterChange(ctx) {
  ctx.directory?.invalidate();
  ctx.mailWorker?.notify();
}

/**
 * @param {AnswerContext} ctx
 * @param {string} requestId
 */
function findRow(ctx, requestId) {
  return /** @type {AnswerRow | undefined} */ (ctx.db.prepare('SELECT * FROM request_answers WHERE request_id = ?').get(requestId));
}

/** @param {AnswerRow} row */
export function requesterOf(row) {
  return { name: row.requester_name, email: row.requester_email };
}

/**
 * A mentor_state row for a mentor the state table does not know yet, from the mentor record.
 * @param {AnswerContext} ctx
 * @param {Mentor} mentor
 */
function ensureMentorState(ctx, mentor) {
  ctx.db
    .prepare('INSERT INTO mentor_state (mentor_id, current_mentees, accepting_requests) VALUES (?, ?, ?) ON CONFLICT (mentor_id) DO NOTHING')
    .run(mentor.id, mentor.capacity.currentMentees, mentor.capacity.acceptingRequests ? 1 : 0);
}

/**
 * Marks an open request closed here and, where the contact route's table keeps a status, there.
 * @param {AnswerContext} ctx
 * @param {AnswerRow} row
 * @param {'accepted' | 'declined' | 'expired'} status
 * @param {number} now
 * @param {string | null} reason
 */
export function closeRequest(ctx, row, status, now, reason) {
  const changed = ctx.db
    .prepare(`UPDATE request_answers SET status = ?, answered_at = ?, reason = ? WHERE request_id = ? AND status = 'open'`)
    .run(status, status === 'expired' ? null : now, reason, row.request_id);
  if (changed.changes !== 1) throw new Error(`request ${row.request_id} was not open`);
  if (hasColumn(ctx.db, 'contact_requests', 'status')) {
    ctx.db.prepare('UPDATE contact_requests SET status = ? WHERE id = ?').run(status, row.request_id);
  }
}

/** @type {WeakMap<object, Map<string, boolean>>} */
const columnCache = new WeakMap();

/**
 * @param {import('better-sqlite3').Database} db
 * @param {string} table
 * @param {string} column
 */
function hasColumn(db, table, column) {
  const cache = columnCache.get(db) ?? new Map();
  columnCache.set(db, cache);
  const key = `${table}.${column}`;
  if (!cache.has(key)) {
    const columns = /** @type {{ name: string }[]} */ (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table));
    cache.set(key, columns.some((c) => c.name === column));
  }
  return /** @type {boolean} */ (cache.get(key));
}

/**
 * The request as relayed, for the reminder's quote and for ranking alternatives.
 * @param {AnswerRow} row
 * @returns {RelayedRequest}
 */
export function relayedRequest(row) {
  return { id: row.request_id, receivedAt: row.received_at, ...JSON.parse(row.relayed_request) };
}

/**
 * Up to three other mentors of the programme who take requests and have a free place, best
 * match first (rankMentors on the request's languages, country, role and topics). A request from
 * the finder names no language: the one its form was filled in stands for the requester's.
 * @param {AnswerContext} ctx
 * @param {AnswerRow} row
 */
export function alternativesFor(ctx, row) {
  const state = new Map(
    /** @type {{ mentor_id: string, current_mentees: number, accepting_requests: number }[]} */ (
      ctx.db.prepare('SELECT mentor_id, current_mentees, accepting_requests FROM mentor_state').all()
    ).map((s) => [s.mentor_id, s]),
  );
  const withRoom = ctx.listMentors().filter((m) => {
    if (m.id === row.mentor_id || m.programmeId !== row.programme_id || m.status !== 'active') return false;
    if (m.private?.consent?.publishProfile !== true) return false;
    const s = state.get(m.id);
    const accepting = s ? s.accepting_requests === 1 : m.capacity.acceptingRequests;
    const current = s ? s.current_mentees : m.capacity.currentMentees;
    return accepting && current < m.capacity.maxMentees;
  });
  if (withRoom.length === 0) return [];
  const { sender, message, topics } = relayedRequest(row);
  const named = [...(sender.languages ?? []), ...(message.lang ? [message.lang] : [])];
  const codes = new Set(named.length > 0 ? named : [row.requester_lang]);
  const mentee = /** @type {import('@mentor-finder/matcher').MenteeQuery} */ ({
    languages: [...codes].map((code) => ({ code, level: 'B2' })),
    goals: { text: message.text, lang: message.lang ?? null },
    ...(sender.country ? { country: sender.country } : {}),
    ...(sender.role ? { role: sender.role } : {}),
    ...(topics?.length ? { topics } : {}),
  });
  return rankMentors(mentee, withRoom, { limit: 3 }).map(({ mentor }) => ({ displayName: mentor.displayName, country: mentor.country }));
}
