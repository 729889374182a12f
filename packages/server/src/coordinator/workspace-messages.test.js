// @ts-check
import { describe, expect, it } from 'vitest';
import { linkInMail, menteeRegistration, mentorRegistration, postRegistration } from '../registrations/testing/registration-fixtures.js';
import { WORKSPACE_LANGUAGES, WORKSPACE_MESSAGES } from './workspace-messages.js';
import { fromAcceptLanguage, LANG_COOKIE } from './workspace-page.js';
import { buildCoordinatorTestApp, cookieHeader, cookiesOf, signIn } from './testing/coordinator-test-context.js';

const FORM = 'application/x-www-form-urlencoded';
const en = /** @type {Record<string, string>} */ (WORKSPACE_MESSAGES.en);
const placeholders = (/** @type {string} */ text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** What a person sees or hears: text between tags, labels given in attributes, words for the script. */
function visibleText(/** @type {string} */ html) {
  const withoutCode = html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ');
  // data-text-* hold the words the page's script shows later.
  const labels = [...withoutCode.matchAll(/\s(?:aria-label|title|placeholder|alt|data-text-[\w-]+)="([^"]*)"/g)].map((m) => m[1]);
  const text = withoutCode.replace(/<[^>]+>/g, '\n');
  return [text, ...labels].join('\n').replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}

/**
 * English strings of the catalogue that the page shows although the language has its own words
 * for them: each fixed piece between placeholders, matched as whole words.
 * @param {string} html
 * @param {string} lang
 */
function untranslated(html, lang) {
  const catalogue = /** @type {Record<string, string>} */ (WORKSPACE_MESSAGES[/** @type {keyof typeof WORKSPACE_MESSAGES} */ (lang)]);
  const text = visibleText(html);
  const found = [];
  for (const [key, english] of Object.entries(en)) {
    if (catalogue[key] === english) continue;
    for (const piece of english.split(/\{\w+\}/)) {
      const fixed = piece.trim().replace(/^[,.:;()–\s]+|[,.:;()–\s]+$/g, '');
      if (!/\p{L}/u.test(fixed) || fixed.length < 3) continue;
      const escaped = fixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const word = new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'u');
      // A word both languages spell alike ("Mentors" is Latvian for a mentor) is not English there.
      if (Object.values(catalogue).some((own) => word.test(own))) continue;
      if (word.test(text)) found.push(`${key}: "${fixed}"`);
    }
  }
  return found;
}

describe('workspace message catalogues', () => {
  it('have every key in every language, none empty, with the same placeholders as English', () => {
    expect(WORKSPACE_LANGUAGES).toEqual(['en', 'et', 'fi', 'lt', 'lv']);
    for (const lang of WORKSPACE_LANGUAGES) {
      const catalogue = /** @type {Record<string, string>} */ (WORKSPACE_MESSAGES[lang]);
      expect(Object.keys(catalogue).sort(), lang).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(catalogue)) {
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(text), `${lang} ${key}`).toEqual(placeholders(/** @type {string} */ (en[key])));
      }
    }
  });

  it('are translations, not copies: at most a few words are the same as in English', () => {
    for (const lang of WORKSPACE_LANGUAGES.filter((l) => l !== 'en')) {
      const catalogue = /** @type {Record<string, string>} */ (WORKSPACE_MESSAGES[lang]);
      const same = Object.keys(en).filter((key) => catalogue[key] === en[key]);
      // Words that are the same in both languages ("Mentor" in Estonian); never a sentence.
      expect(same.every((key) => !/\s/.test(/** @type {string} */ (en[key]))), `${lang}: ${same.join(', ')}`).toBe(true);
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThanOrEqual(2);
    }
  });
});

describe('workspace pages in five languages', () => {
  it('show no English string that has a translation, on any page, in et, fi, lt and lv', async () => {
    const ctx = await buildCoordinatorTestApp();
    const { app, db } = ctx;
    // Content for every part of the pages: a pending mentor, one awaiting the e-mail, a mentee and
    // their second registration, a rejection with its reason, and pairs in each state.
    const mentor = (await postRegistration(app, mentorRegistration())).json().id;
    const link = linkInMail(db, 'liis.parn@example.org', 'confirm');
    await app.inject({ method: 'POST', url: `${link.pathname}${link.search}`, headers: { 'content-type': FORM }, payload: '' });
    await postRegistration(app, mentorRegistration({ email: 'waiting@example.org', givenName: 'Ootav' }));
    const mentees = [];
    for (const [givenName, email] of [['Anu', 'a@example.org'], ['Birgit', 'b@example.org'], ['Carmen', 'c@example.org'], ['Anu', 'a@example.org']]) {
      mentees.push((await postRegistration(app, menteeRegistration({ email, givenName }))).json().id);
    }
    const { session, csrfToken } = await signIn(app);
    const cookie = cookieHeader(/** @type {any} */ (session));
    const form = (/** @type {string} */ url, /** @type {Record<string, string>} */ fields = {}) =>
      app.inject({ method: 'POST', url, headers: { cookie, 'content-type': FORM }, payload: new URLSearchParams({ _csrf: /** @type {string} */ (csrfToken), ...fields }).toString() });
    const api = (/** @type {string} */ url, /** @type {unknown} */ body) =>
      app.inject({ method: 'POST', url: `/workspace/api${url}`, headers: { cookie, 'x-csrf-token': /** @type {string} */ (csrfToken), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    // One mentee left without a pair, so the pairs page holds the preview and its words.
    await postRegistration(app, menteeRegistration({ email: 'd@example.org', givenName: 'Dagmar' }));
    await form(`/workspace/registrations/${mentees[3]}/reject`, { reason: 'Kaks korda.' });
    const pairIds = [];
    for (const mentee of mentees.slice(0, 3)) pairIds.push((await api('/pairs', { mentorId: 'm-ee-01', menteeId: mentee })).json().id);
    await form(`/workspace/pairs/${pairIds[1]}/confirm`);
    await form(`/workspace/pairs/${pairIds[2]}/end`);

    for (const lang of ['et', 'fi', 'lt', 'lv']) {
      const get = (/** @type {string} */ url, /** @type {Record<string, string>} */ headers = { cookie }) => app.inject({ method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}lang=${lang}`, headers: { accept: 'text/html', ...headers } });
      const post = (/** @type {string} */ url, /** @type {Record<string, string>} */ fields = {}) =>
        app.inject({ method: 'POST', url: `${url}?lang=${lang}`, headers: { cookie, 'content-type': FORM }, payload: new URLSearchParams({ _csrf: /** @type {string} */ (csrfToken), ...fields }).toString() });
      const pages = {
        'sign-in': await get('/workspace/login', {}),
        'sign-in refused': await app.inject({ method: 'POST', url: `/workspace/login?lang=${lang}`, headers: { 'content-type': FORM }, payload: 'email=x%40example.org&password=wrong' }),
        unauthorised: await get('/workspace/', {}),
        'registrations, all': await get('/workspace/?status=all'),
        'registrations, pending, after approving': await get(`/workspace/?done=approved&id=${mentor}`),
        'registrations, after rejecting': await get(`/workspace/?status=rejected&done=rejected&id=${mentees[3]}`),
        'registration refused': await post('/workspace/registrations/r-none/approve'),
        'registration not pending': await post(`/workspace/registrations/${mentees[3]}/reject`, { reason: 'x' }),
        'reason missing': await post(`/workspace/registrations/${mentees[0]}/reject`, { reason: '' }),
        pairs: await get(`/workspace/pairs?programme=etwinning-mentors-2026&done=confirmed&id=${pairIds[1]}`),
        'pairs, proposed': await get('/workspace/pairs?programme=etwinning-mentors-2026&done=proposed&count=2'),
        'pairs, ended': await get(`/workspace/pairs?programme=etwinning-mentors-2026&done=ended&id=${pairIds[2]}`),
        'pair refused': await post(`/workspace/pairs/${pairIds[2]}/end`),
        'pair unknown': await post('/workspace/pairs/999/confirm'),
      };
      expect(pages.pairs.body).toContain('data-action="propose"');
      for (const [name, response] of Object.entries(pages)) {
        expect(response.headers['content-type'], `${lang} ${name}`).toMatch(/^text\/html/);
        expect(response.body, `${lang} ${name}`).toContain(`<html lang="${lang}">`);
        expect(untranslated(response.body, lang), `${lang} ${name}`).toEqual([]);
      }
    }
    // The signed-out page last, since it ends the session.
    const out = await app.inject({ method: 'POST', url: '/workspace/logout?lang=lv', headers: { cookie, 'content-type': FORM }, payload: `_csrf=${csrfToken}` });
    expect(out.body).toContain('Izrakstīšanās ir pabeigta.');
    expect(untranslated(out.body, 'lv')).toEqual([]);
  });

  it('the check finds an English string on a page in another language', () => {
    expect(untranslated('<p>Sign in again</p><button aria-label="Reject">Noraidīt</button>', 'lv')).toEqual(['login.submit: "Sign in"', 'signed-out.again: "Sign in again"', 'action.reject: "Reject"']);
    expect(untranslated('<p>Pieteikties vēlreiz</p>', 'lv')).toEqual([]);
    expect(untranslated('<div data-text-nothing="There are no suggested pairs to propose yet."></div>', 'fi')).toEqual(['pairs.nothing-to-propose: "There are no suggested pairs to propose yet"']);
  });
});

describe('workspace page language', () => {
  it('comes from ?lang=, then the cookie that choice left, then Accept-Language, then English', async () => {
    const { app } = await buildCoordinatorTestApp();
    const lang = (/** @type {import('light-my-request').Response} */ r) => /<html lang="(\w+)">/.exec(r.body)?.[1];
    const plain = await app.inject({ method: 'GET', url: '/workspace/login' });
    expect(lang(plain)).toBe('en');
    expect(lang(await app.inject({ method: 'GET', url: '/workspace/login', headers: { 'accept-language': 'de-DE, fi;q=0.8, et;q=0.9' } }))).toBe('et');
    const chosen = await app.inject({ method: 'GET', url: '/workspace/login?lang=lt', headers: { 'accept-language': 'et' } });
    expect(lang(chosen)).toBe('lt');
    expect(chosen.body).toContain('Prisijungti');
    const remembered = cookiesOf(chosen)[LANG_COOKIE];
    expect(remembered).toBe('lt');
    expect(chosen.cookies.find((c) => /** @type {any} */ (c).name === LANG_COOKIE)).toMatchObject({ httpOnly: true, path: '/workspace' });
    expect(lang(await app.inject({ method: 'GET', url: '/workspace/login', headers: { cookie: `${LANG_COOKIE}=lt`, 'accept-language': 'et' } }))).toBe('lt');
    expect(lang(await app.inject({ method: 'GET', url: '/workspace/login?lang=xx', headers: { cookie: `${LANG_COOKIE}=zz` } }))).toBe('en');
    // A language given with ?lang= on a form's answer carries into the sign-in that follows it.
    const failed = await signIn(app, { password: 'wrong wrong wrong', cookies: { [LANG_COOKIE]: 'fi' } });
    expect(failed.response.body).toContain('Sähköposti tai salasana ei ole oikein.');
  });

  it('reads Accept-Language by weight, language subtags only', () => {
    expect(fromAcceptLanguage('lv-LV,lv;q=0.9,en-US;q=0.8')).toBe('lv');
    expect(fromAcceptLanguage('de, en;q=0.5, fi;q=0.6')).toBe('fi');
    expect(fromAcceptLanguage('et;q=0, en;q=0.1')).toBe('en');
    expect(fromAcceptLanguage('de, fr')).toBeUndefined();
    expect(fromAcceptLanguage('')).toBeUndefined();
  });

  it('offers a switcher with a link to the same page in each language, keeping what it shows', async () => {
    const { app } = await buildCoordinatorTestApp();
    const { session } = await signIn(app);
    const page = await app.inject({ method: 'GET', url: '/workspace/?status=rejected&done=rejected&id=r-x&lang=fi', headers: { cookie: cookieHeader(/** @type {any} */ (session)) } });
    const nav = /<nav class="ws-langs" aria-label="Kieli">([\s\S]*?)<\/nav>/.exec(page.body)?.[1] ?? '';
    const links = [...nav.matchAll(/<a href="([^"]+)" lang="(\w+)" hreflang="\w+"( aria-current="true")?>([^<]+)<\/a>/g)].map((m) => [m[1], m[2], Boolean(m[3]), m[4]]);
    expect(links).toEqual([
      ['/workspace/?status=rejected&#38;lang=en', 'en', false, 'English'],
      ['/workspace/?status=rejected&#38;lang=et', 'et', false, 'Eesti'],
      ['/workspace/?status=rejected&#38;lang=fi', 'fi', true, 'Suomi'],
      ['/workspace/?status=rejected&#38;lang=lt', 'lt', false, 'Lietuvių'],
      ['/workspace/?status=rejected&#38;lang=lv', 'lv', false, 'Latviešu'],
    ]);
  });
});
