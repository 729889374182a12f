/// <reference lib="dom" />
// The coordinator workspace in Chromium against the real server, with the keyboard only: sign in,
// approve a mentor (who then is in the public list), let the pair preview suggest pairs from the
// registrations, propose them, confirm one (both mails queued, each in its person's language).
// Every page is checked with axe and must run under the server's CSP without a violation.
import { formatReason } from '@mentor-finder/matcher';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openWatchedPage, waitForDeepSelector, type PageWatch } from './launch-chromium.js';
import { axeViolations, signInWithKeyboard, tabTo, useWorkspaceAndBrowser } from './coordinator-workspace-support.js';

const PROGRAMME = 'etwinning-mentors-2026';

const ids = { mentor: '', mentees: [] as string[] };
const context = useWorkspaceAndBrowser({}, async (workspace) => {
  ids.mentor = await workspace.register('mentor', { givenName: 'Liis', familyName: 'Pärn', email: 'liis.parn@example.org', lang: 'et' });
  ids.mentees.push(await workspace.register('mentee', { givenName: 'Tiina', familyName: 'Rebane', email: 'tiina.rebane@example.org', lang: 'fi' }));
  ids.mentees.push(await workspace.register('mentee', { givenName: 'Mari', familyName: 'Kask', email: 'mari.kask@example.org', lang: 'et' }));
});

async function pressAndWait(page: Page, key: 'Enter' | 'Space') {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 30_000 }), page.keyboard.press(key)]);
}

const noticeOf = (page: Page) => page.$eval('main [role="status"]', (el) => el.textContent ?? '');

describe('coordinator workspace in Chromium, keyboard only', () => {
  let watch: PageWatch;

  it('signs in, approves a mentor, proposes the suggested pairs and confirms one', async () => {
    watch = await openWatchedPage(context.browser, context.workspace.url);
    const { page } = watch;
    await signInWithKeyboard(page, context.workspace.url);

    // Registrations: the mentor and both mentees are waiting; the page passes axe.
    for (const id of [ids.mentor, ...ids.mentees]) expect(await page.$(`[data-registration-id="${id}"]`), id).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, `[data-registration-id="${ids.mentor}"] button[data-action="approve"]`);
    await pressAndWait(page, 'Enter');
    expect(await noticeOf(page)).toBe('Liis Pärn is approved and published in the public directory; they were mailed.');
    // Focus is on the notice, so a screen reader says it and Tab goes on from there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('notice');
    expect(await page.$(`[data-registration-id="${ids.mentor}"]`)).toBeNull();
    const published = (await (await fetch(new URL('mentors.public.json', context.workspace.url))).json()) as { id: string }[];
    expect(published.map((m) => m.id)).toContain(ids.mentor);

    // Pairs: the preview suggests pairs for both mentees from the registrations.
    await page.goto(`${context.workspace.url}workspace/pairs?programme=${PROGRAMME}`, { waitUntil: 'load' });
    await waitForDeepSelector(page, 'mentor-pair-preview >>> tr[data-mentee]', 30_000);
    const suggested = await page.$$eval('mentor-pair-preview', ([el]) => [...el!.shadowRoot!.querySelectorAll('tr[data-mentee]')].map((tr) => (tr as HTMLElement).dataset['mentee']));
    expect([...suggested].sort()).toEqual([...ids.mentees].sort());
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, 'button[data-action="propose"]');
    await pressAndWait(page, 'Enter');
    expect(await noticeOf(page)).toBe('Pairs proposed: 2.');
    const proposed = await page.$$eval('tr[data-pair-id]', (rows) => rows.map((r) => ({ id: (r as HTMLElement).dataset['pairId'], state: (r as HTMLElement).dataset['state'], text: r.textContent ?? '' })));
    expect(proposed.map((p) => p.state)).toEqual(['proposed', 'proposed']);
    const tiina = proposed.find((p) => p.text.includes('Tiina Rebane'))!;

    // Confirm Tiina's pair with the keyboard (Space this time): both sides are mailed.
    await tabTo(page, `tr[data-pair-id="${tiina.id}"] button[data-action="confirm"]`);
    await pressAndWait(page, 'Space');
    expect(await noticeOf(page)).toMatch(/^The pair .+ – Tiina Rebane is confirmed; both were mailed\.$/);
    expect(await page.$eval(`tr[data-pair-id="${tiina.id}"]`, (r) => (r as HTMLElement).dataset['state'])).toBe('confirmed');
    expect(await page.$(`tr[data-pair-id="${tiina.id}"] [data-action="confirm"]`)).toBeNull();
    const mails = context.workspace.read((db) => db.prepare(`SELECT kind, language FROM mail_outbox WHERE kind LIKE 'pair-confirmed-%' ORDER BY id`).all());
    expect(mails).toEqual([
      { kind: 'pair-confirmed-mentor', language: expect.any(String) },
      { kind: 'pair-confirmed-mentee', language: 'fi' },
    ]);
    // Both mentees are in a pair now: nobody is left to suggest a mentor for.
    expect(await page.$('#no-mentees')).not.toBeNull();
    expect(await page.$('mentor-pair-preview')).toBeNull();

    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  }, 180_000);

  it('the pages say the same in Estonian, and the language choice stays for the next page', async () => {
    const page = await context.browser.newPage();
    await signInWithKeyboard(page, context.workspace.url, 'et');
    expect(await page.$eval('html', (h) => h.lang)).toBe('et');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Registreerumised: Ootel');
    await page.goto(`${context.workspace.url}workspace/pairs`, { waitUntil: 'load' });
    expect(await page.$eval('html', (h) => h.lang)).toBe('et');
    expect(await page.$eval('#suggested-title', (h) => h.textContent)).toBe('Soovitatud paarid');
    // The first test paired everyone.
    expect(await page.$eval('#no-mentees', (p) => p.textContent)).toBe('Selle programmi mentiidest ei oota praegu keegi paari.');
    await page.close();
  }, 60_000);

  it('lists a pair the server refuses with its reasons, and proposes it once the coordinator says so', async () => {
    const mentee = await context.workspace.register('mentee', { givenName: 'Kai', familyName: 'Saar', email: 'kai.saar@example.org', lang: 'en' });
    const page = await context.browser.newPage();
    await signInWithKeyboard(page, context.workspace.url);
    await page.goto(`${context.workspace.url}workspace/pairs?programme=${PROGRAMME}`, { waitUntil: 'load' });
    await waitForDeepSelector(page, 'mentor-pair-preview >>> tr[data-mentee]', 30_000);
    // The workspace gives the cohort: the preview offers no files to pick.
    expect(await page.$('mentor-pair-preview >>> #file-mentees')).toBeNull();
    // As if the preview had suggested a mentor whose places are all taken (m-ee-02: 3 of 3).
    await page.evaluate((menteeId) => {
      const detail = { suggestion: { pairs: [{ menteeId, mentorId: 'm-ee-02', pinned: false }] } };
      document.querySelector('mentor-pair-preview')?.dispatchEvent(new CustomEvent('mentor-pair-preview-result', { detail }));
    }, mentee);
    await page.click('button[data-action="propose"]');
    await page.waitForSelector('#propose-refused:not([hidden])', { timeout: 20_000 });
    const refused = await page.$eval('#propose-refused', (box) => box.textContent ?? '');
    expect(refused).toContain('Not proposed, because the matcher would not pair them');
    // Named as people and reasons, in words: not ids and codes.
    expect(refused).toContain(`Kai S. – Mart S.: ${formatReason({ code: 'mentor-full', effect: 'blocking' }, 'en')}`);
    expect(refused).not.toContain(mentee);
    expect(refused).not.toContain('mentor-full');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 30_000 }), page.click('button[data-action="propose-anyway"]')]);
    expect(await noticeOf(page)).toBe('Pairs proposed: 1.');
    await page.close();
  }, 90_000);
});
