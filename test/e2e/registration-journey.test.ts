/// <reference lib="dom" />
// Issue 14's round trip in Chromium, with the real server, the example national site and real
// SMTP: a mentor registers in Estonian and confirms their address from the mail, a coordinator
// signs in and approves them, the mentor appears in the public finder, a mentee registers in
// Finnish, the coordinator proposes and confirms the pair, and both hear of it in their own
// language. Expected words come from the server's mail catalogues, not from copies here.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR } from '../sample-data.js';
import { captureResponseBodies, type ResponseCapture } from './capture-response-bodies.js';
import { openWatchedPage, waitForDeepSelector, type PageWatch } from './launch-chromium.js';
import {
  CONFIRM_LINK_DAYS,
  FORM,
  choose,
  fillAbout,
  linkAfter,
  mailTo,
  mailWords,
  readRegistrations,
  sendRegistration,
  tick,
  typeInto,
  startJourney,
  type Journey,
  type Person,
} from './registration-journey-support.js';
import { PRIVATE_MENTOR_EMAILS } from './use-server-and-browser.js';

const PROGRAMME_ID = 'etwinning-mentors-2026';
const PROGRAMME = (JSON.parse(readFileSync(`${SHARED_DATA_DIR}programmes.json`, 'utf8')) as { id: string }[]).find((p) => p.id === PROGRAMME_ID);
const COORDINATOR = { email: 'kadri.koordinaator@example.org', password: 'seitse kassi ja kaheksa koera' };
const MENTOR: Person = {
  givenName: 'Reet',
  familyName: 'Saarepuu',
  email: 'reet.saarepuu@example.ee',
  country: 'EE',
  timezone: 'Europe/Tallinn',
  yearsInProfession: '17',
  firstLanguageLevel: 'native',
  moreLanguages: [{ code: 'fi', level: 'C1' }],
  meetingModes: ['video'],
  topics: ['partner-finding', 'twinspace'],
};
const MENTEE: Person = {
  givenName: 'Aino',
  familyName: 'Virtanen',
  email: 'aino.virtanen@example.fi',
  country: 'FI',
  timezone: 'Europe/Helsinki',
  yearsInProfession: '3',
  firstLanguageLevel: 'native',
  moreLanguages: [{ code: 'en', level: 'B2' }],
  meetingModes: ['video'],
  topics: ['partner-finding'],
};
const MENTOR_LANG = 'et';
const FINDER = 'mentor-finder >>> ';
const MENTEE_LANG = 'fi';

interface SampleMentor {
  programmeId: string;
  capacity: { maxMentees: number; currentMentees: number };
}
/**
 * The sample mentors, those of this programme with every place taken: the only mentor the pair
 * preview can give the new mentee is the one who registers here.
 */
const MENTORS = (JSON.parse(readFileSync(`${SHARED_DATA_DIR}mentors.json`, 'utf8')) as SampleMentor[]).map((m) =>
  m.programmeId === PROGRAMME_ID ? { ...m, capacity: { ...m.capacity, currentMentees: m.capacity.maxMentees } } : m,
);

let journey: Journey;
/** Every response the public pages received: none may carry a mentor's e-mail (nor the mentee's). */
const publicCaptures: ResponseCapture[] = [];
const watches: PageWatch[] = [];

beforeAll(async () => {
  journey = await startJourney(COORDINATOR, MENTORS);
}, 60_000);

afterAll(async () => {
  expect(await journey?.close()).toBe(0);
}, 30_000);

/** A page in a browser context of its own (one person, one browser profile), watched for CSP violations and errors. */
async function personPage(): Promise<Page> {
  const own = await journey.browser.createBrowserContext();
  // openWatchedPage only asks for a new page, which a context gives like a browser.
  const watch = await openWatchedPage(own as unknown as Browser, journey.site);
  watches.push(watch);
  publicCaptures.push(await captureResponseBodies(watch.page));
  return watch.page;
}

const words = (lang: string, key: string, params: Record<string, string> = {}) => mailWords(PROGRAMME, lang, key, params);
const registration = (id: string) => readRegistrations(journey.dataDir).find((r) => r.id === id);
/** The id of the one registration stored for an address. */
function registrationOf(email: string): string {
  const rows = readRegistrations(journey.dataDir).filter((r) => r.email === email);
  expect(rows).toHaveLength(1);
  return (rows[0] as { id: string }).id;
}

describe('registration round trip in Chromium', () => {
  it('mentor registers (et) and confirms by mail, coordinator approves, the finder shows the mentor, a mentee registers (fi), the pair is confirmed, both are mailed in their language', async () => {
    const { site, smtp } = journey;

    // 1. The mentor fills in the form on "become a mentor", in Estonian.
    const mentorPage = await personPage();
    await mentorPage.goto(`${site}become-a-mentor.html?lang=${MENTOR_LANG}`, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(mentorPage, `${FORM}form`);
    expect(await mentorPage.$eval('mentor-registration', (el) => el.getAttribute('lang'))).toBe(MENTOR_LANG);
    await fillAbout(mentorPage, MENTOR);
    await typeInto(mentorPage, 'bio', 'Eesti keele õpetaja, eTwinningus alates 2014. Aitan leida partnerkooli ja TwinSpace’i kasutada.');
    await typeInto(mentorPage, 'etwinningProjects', '9');
    await typeInto(mentorPage, 'nationalQualityLabels', '3');
    await tick(mentorPage, '#consent-privacy');
    await tick(mentorPage, '#consent-publishProfile');
    await tick(mentorPage, '#consent-contactRequests');
    await sendRegistration(mentorPage);
    const mentorId = registrationOf(MENTOR.email);
    expect(registration(mentorId)).toMatchObject({ kind: 'mentor', status: 'awaiting-email', lang: MENTOR_LANG });

    // 2. The confirmation mail arrives over SMTP in Estonian; its link shows a page (GET), the button confirms (POST).
    const confirmMail = await mailTo(smtp, MENTOR.email, words(MENTOR_LANG, 'confirm.subject'));
    expect(confirmMail.headers.get('content-language')).toBe(MENTOR_LANG);
    expect(confirmMail.text).toContain(words(MENTOR_LANG, 'confirm.body', { days: String(CONFIRM_LINK_DAYS) }));
    const confirmUrl = linkAfter(confirmMail.text ?? '', words(MENTOR_LANG, 'confirm.link'));
    expect(confirmUrl.startsWith(`${site}registrations/confirm?t=`)).toBe(true);
    const mailPage = await personPage();
    expect((await mailPage.goto(confirmUrl, { waitUntil: 'load' }))?.status()).toBe(200);
    expect(await mailPage.$eval('html', (el) => el.lang)).toBe(MENTOR_LANG);
    expect(await mailPage.$eval('h1', (el) => el.textContent)).toBe(words(MENTOR_LANG, 'page.confirm.title'));
    expect(registration(mentorId)?.status).toBe('awaiting-email');
    const [confirmed] = await Promise.all([mailPage.waitForNavigation({ waitUntil: 'load' }), mailPage.click('button[type="submit"]')]);
    expect(confirmed?.status()).toBe(200);
    expect(await mailPage.$eval('h1', (el) => el.textContent)).toBe(words(MENTOR_LANG, 'page.confirmed.title'));
    expect(registration(mentorId)?.status).toBe('pending');

    // 3. A coordinator signs in, in a browser of their own.
    const coordinatorContext = await journey.browser.createBrowserContext();
    const coordinator = await coordinatorContext.newPage();
    await coordinator.goto(`${site}workspace/login`, { waitUntil: 'load' });
    await coordinator.type('input[name="email"]', COORDINATOR.email);
    await coordinator.type('input[name="password"]', COORDINATOR.password);
    const [signedIn] = await Promise.all([coordinator.waitForNavigation({ waitUntil: 'load' }), coordinator.click('form button[type="submit"]')]);
    expect(signedIn?.status()).toBe(200);
    expect(new URL(coordinator.url()).pathname).toBe('/workspace/');

    // ... and approves the mentor, who is told so in Estonian.
    const [approved] = await Promise.all([
      coordinator.waitForNavigation({ waitUntil: 'load' }),
      coordinator.click(`[data-registration-id="${mentorId}"] [data-action="approve"]`),
    ]);
    expect(approved?.status()).toBe(200);
    expect(new URL(coordinator.url()).searchParams.get('done')).toBe('approved');
    expect(registration(mentorId)?.status).toBe('approved');
    const approvedMail = await mailTo(smtp, MENTOR.email, words(MENTOR_LANG, 'approved.subject'));
    expect(approvedMail.headers.get('content-language')).toBe(MENTOR_LANG);
    expect(approvedMail.text).toContain(words(MENTOR_LANG, 'approved.body'));

    // 4. A visitor (a new browser profile) finds the mentor's card in the public finder.
    const visitor = await personPage();
    await visitor.goto(`${site}?lang=${MENTOR_LANG}`, { waitUntil: 'networkidle0' });
    await (await waitForDeepSelector(visitor, `${FINDER}#search`)).type(MENTOR.givenName);
    const card = await waitForDeepSelector(visitor, `${FINDER}[part~="card"] h3#name-${mentorId}`);
    expect(await card.evaluate((el) => el.textContent?.trim())).toBe(`${MENTOR.givenName} ${MENTOR.familyName[0]}.`);

    // 5. A mentee registers on the mentee page, in Finnish; no address check stands between them and the coordinator.
    const menteePage = await personPage();
    await menteePage.goto(`${site}become-a-mentee.html?lang=${MENTEE_LANG}`, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(menteePage, `${FORM}#goals`);
    expect(await menteePage.$eval('mentor-registration', (el) => [el.getAttribute('kind'), el.getAttribute('lang')])).toEqual(['mentee', MENTEE_LANG]);
    await fillAbout(menteePage, MENTEE);
    await typeInto(menteePage, 'goals', 'Haluan löytää partnerikoulun Virosta ja oppia käyttämään TwinSpacea ensimmäisessä projektissani.');
    await choose(menteePage, 'etwinningStatus', 'registered');
    await tick(menteePage, '#consent-matching');
    await tick(menteePage, '#consent-shareWithMentor');
    await sendRegistration(menteePage);
    const menteeId = registrationOf(MENTEE.email);
    expect(registration(menteeId)).toMatchObject({ kind: 'mentee', status: 'pending', lang: MENTEE_LANG });

    // 6. The coordinator previews the pairs for the programme, proposes them and confirms the one pair.
    await coordinator.goto(`${site}workspace/pairs?programme=${PROGRAMME_ID}`, { waitUntil: 'networkidle0' });
    await waitForDeepSelector(coordinator, `mentor-pair-preview >>> tr[data-mentee="${menteeId}"]`, 60_000);
    const [proposed] = await Promise.all([coordinator.waitForNavigation({ waitUntil: 'load' }), coordinator.click('[data-action="propose"]')]);
    expect(proposed?.status()).toBe(200);
    const pairsShown = () => coordinator.$$eval('[data-pair-id]', (rows) => rows.map((row) => (row as HTMLElement).dataset['state']));
    expect(await pairsShown()).toEqual(['proposed']);
    const [confirmedPair] = await Promise.all([coordinator.waitForNavigation({ waitUntil: 'load' }), coordinator.click('[data-pair-id][data-state="proposed"] [data-action="confirm"]')]);
    expect(confirmedPair?.status()).toBe(200);
    expect(await pairsShown()).toEqual(['confirmed']);
    expect(registration(menteeId)?.status).toBe('approved');

    // 7. Both hear of it in their own language; the mentee is told how to reach the mentor.
    const mentorPairMail = await mailTo(smtp, MENTOR.email, words(MENTOR_LANG, 'pair.subject'));
    expect(mentorPairMail.headers.get('content-language')).toBe(MENTOR_LANG);
    expect(mentorPairMail.text).toContain(words(MENTOR_LANG, 'pair.mentor', { mentee: `${MENTEE.givenName} ${MENTEE.familyName}` }));
    const menteePairMail = await mailTo(smtp, MENTEE.email, words(MENTEE_LANG, 'pair.subject'));
    expect(menteePairMail.headers.get('content-language')).toBe(MENTEE_LANG);
    expect(menteePairMail.html).toContain(`<html lang="${MENTEE_LANG}">`);
    expect(menteePairMail.text).toContain(words(MENTEE_LANG, 'pair.mentee', { mentor: `${MENTOR.givenName} ${MENTOR.familyName}`, email: MENTOR.email }));
    // The mentee got no other mail: a mentee's address is not checked by a link.
    expect(smtp.mails.filter((m) => m.envelopeTo.includes(MENTEE.email))).toHaveLength(1);

    // Nothing a public page received names a mentor's address, nor the mentee's.
    const privateAddresses = [...PRIVATE_MENTOR_EMAILS, MENTOR.email, MENTEE.email];
    const responses = (await Promise.all(publicCaptures.map((c) => c.responses()))).flat();
    // The public mentor JSON is among them, with the new mentor in it.
    expect(responses.some((r) => new URL(r.url).pathname === '/mentors.public.json' && r.body.includes(mentorId))).toBe(true);
    // Pages without an icon link make Chromium ask for /favicon.ico; nothing else may fail.
    expect(responses.filter((r) => r.status >= 400 && new URL(r.url).pathname !== '/favicon.ico').map((r) => `${r.status} ${r.url}`)).toEqual([]);
    for (const response of responses) {
      for (const address of privateAddresses) expect(response.body.includes(address), `${address} in ${response.url}`).toBe(false);
    }
    for (const watch of watches) {
      expect(watch.cspViolations).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      // A failed load is checked below by its URL; the console message does not name it.
      expect(watch.errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    }
    await coordinatorContext.close();
  }, 180_000);
});
