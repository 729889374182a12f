/// <reference lib="dom" />
// The end of a coordinator's session in Chromium against the real server (sessions end after one
// idle minute here): the page warns before the end and "Stay signed in" extends the session (WCAG
// 2.2.1); after the coordinator signed out and in again in another tab, a form sent from the old
// page is held with what was typed, and after Continue it goes through from the same page; the
// pairs page, which proposes with its own requests, hands a lost session to the same dialog.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { openWatchedPage, waitForDeepSelector } from './launch-chromium.js';
import { axeViolations, signInWithKeyboard, tabTo, useWorkspaceAndBrowser } from './coordinator-workspace-support.js';

let menteeId = '';
let secondMenteeId = '';
const context = useWorkspaceAndBrowser({ MF_SESSION_IDLE_MINUTES: '1' }, async (workspace) => {
  menteeId = await workspace.register('mentee', { givenName: 'Tiina', familyName: 'Rebane', email: 'tiina.rebane@example.org' });
  secondMenteeId = await workspace.register('mentee', { givenName: 'Mari', familyName: 'Kask', email: 'mari.kask@example.org' });
});

const lastSeen = () => context.workspace.read((db) => db.prepare('SELECT max(last_seen_at) FROM coordinator_sessions').pluck().get() as number | null);
const openPart = (page: Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('dialog#ws-session') as HTMLDialogElement;
    const part = [...dialog.querySelectorAll<HTMLElement>('[data-state]')].find((el) => !el.hidden);
    return dialog.open ? { state: part?.dataset['state'], text: part?.textContent?.replace(/\s+/g, ' ').trim(), focused: document.activeElement?.textContent?.trim() } : undefined;
  });

describe('coordinator session end in Chromium', () => {
  it('warns before the end, stays signed in on request, and holds a form sent after signing out and in again in another tab', async () => {
    const watch = await openWatchedPage(context.browser, context.workspace.url);
    const { page } = watch;
    await signInWithKeyboard(page, context.workspace.url);
    const reason = `#${await page.$eval(`[data-registration-id="${menteeId}"]`, (card) => card.id)}-reason`;
    // Focused, not used: typing would count as use and renew the session instead of warning.
    await page.focus(reason);

    // Half a minute before the end of an idle minute: the warning, with the end time and the focus on its button.
    await page.waitForFunction(() => (document.querySelector('dialog#ws-session') as HTMLDialogElement).open, { timeout: 45_000, polling: 100 });
    const warning = await openPart(page);
    expect(warning).toMatchObject({ state: 'idle', focused: 'Stay signed in' });
    expect(warning?.text).toMatch(/^Your session is about to end.+ends at \d{1,2}:\d{2}.+unless you stay signed in/);
    expect(await axeViolations(page)).toEqual([]);
    const before = lastSeen();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !(document.querySelector('dialog#ws-session') as HTMLDialogElement).open, { polling: 100 });
    expect(lastSeen()).toBeGreaterThan(before ?? Infinity);
    // The focus is back where it was.
    expect(await page.evaluate(() => `#${document.activeElement?.id}`)).toBe(reason);
    await page.keyboard.type('The programme is for teachers; please register for the career programme instead.');

    // Signed out and in again in another tab: this page's session (and its forms' token) is gone.
    const other = await context.browser.newPage();
    await other.goto(`${context.workspace.url}workspace/`, { waitUntil: 'load' });
    await Promise.all([other.waitForNavigation({ waitUntil: 'load' }), other.click('form[action="/workspace/logout"] button')]);
    expect(lastSeen()).toBeNull();
    await signInWithKeyboard(other, context.workspace.url);
    // Back in this tab, the page finds its session gone and says so at once.
    await page.bringToFront();
    await page.waitForFunction(() => (document.querySelector('dialog#ws-session') as HTMLDialogElement).open, { polling: 100 });
    expect(await openPart(page)).toMatchObject({ state: 'ended', focused: 'Sign in (opens in a new tab)' });
    expect(await axeViolations(page)).toEqual([]);
    // Closed with Escape, the page is usable; sending the rejection is held, with the way back in.
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => `#${document.activeElement?.id}`)).toBe(reason);
    await tabTo(page, `[data-registration-id="${menteeId}"] form[data-action="reject"] button`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('dialog#ws-session') as HTMLDialogElement).open, { polling: 100 });
    expect(await openPart(page)).toMatchObject({ state: 'ended', focused: 'Sign in (opens in a new tab)' });
    expect(new URL(page.url()).pathname).toBe('/workspace/');
    expect(await page.$eval(reason, (el) => (el as HTMLTextAreaElement).value)).toMatch(/^The programme is for teachers/);

    // Continue picks up the new session, and the same form goes through.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Continue');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !(document.querySelector('dialog#ws-session') as HTMLDialogElement).open, { polling: 100 });
    // The focus is back on the button that was pressed.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Reject');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    expect(await page.$eval('main [role="status"]', (el) => el.textContent)).toBe("Tiina Rebane is rejected; the reason was mailed to them.");
    const stored = context.workspace.read((db) => db.prepare('SELECT status, reason FROM registrations WHERE id = ?').get(menteeId));
    expect(stored).toEqual({ status: 'rejected', reason: 'The programme is for teachers; please register for the career programme instead.' });

    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.errors).toEqual([]);
  }, 120_000);

  it('the pairs page proposes nothing without a session, offers the way back in, and proposes after Continue', async () => {
    const watch = await openWatchedPage(context.browser, context.workspace.url);
    const { page } = watch;
    await signInWithKeyboard(page, context.workspace.url);
    await page.goto(`${context.workspace.url}workspace/pairs?programme=etwinning-mentors-2026`, { waitUntil: 'load' });
    await waitForDeepSelector(page, `mentor-pair-preview >>> tr[data-mentee="${secondMenteeId}"]`, 30_000);
    // The session ends behind the page's back (signed out from this very page's cookie).
    await page.evaluate(async () => {
      const body = new URLSearchParams({ _csrf: (document.querySelector('input[name="_csrf"]') as HTMLInputElement).value });
      await fetch('/workspace/logout', { method: 'POST', body, credentials: 'same-origin' });
    });
    expect(lastSeen()).toBeNull();
    await tabTo(page, 'button[data-action="propose"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('dialog#ws-session') as HTMLDialogElement).open, { polling: 100 });
    expect(await openPart(page)).toMatchObject({ state: 'ended' });
    expect(context.workspace.read((db) => db.prepare('SELECT count(*) FROM pairs').pluck().get())).toBe(0);

    const other = await context.browser.newPage();
    await signInWithKeyboard(other, context.workspace.url);
    await page.bringToFront();
    await tabTo(page, '#ws-session button[data-session="continue"]', 5);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !(document.querySelector('dialog#ws-session') as HTMLDialogElement).open, { polling: 100 });
    await tabTo(page, 'button[data-action="propose"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
    const proposed = context.workspace.read((db) => db.prepare('SELECT mentee_registration_id FROM pairs').pluck().all());
    expect(proposed).toContain(secondMenteeId);
    expect(await page.$eval('main [role="status"]', (el) => el.textContent)).toBe(`Pairs proposed: ${proposed.length}.`);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    // The refused proposal is the browser's one logged failure.
    expect(watch.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  }, 120_000);
});
