/// <reference lib="dom" />
// A visitor's steps in the finder's contact form, shared by the Chromium tests that send a request.
import type { Page } from 'puppeteer-core';
import { waitForDeepSelector } from './launch-chromium.js';

export const DIALOG = 'mentor-finder >>> mentor-contact-dialog >>> ';

/** Types over what a field holds (the sender's details given earlier in the visit fill in the form). */
export async function typeOver(page: Page, selector: string, text: string) {
  const field = await waitForDeepSelector(page, selector);
  await field.click({ clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.type(selector, text);
}

/** Opens the first mentor's contact form and fills it in as a visitor would. */
export async function fillContactForm(page: Page, sender = { name: 'Maarja K.', email: 'maarja.k@example.net' }) {
  await (await waitForDeepSelector(page, 'mentor-finder >>> [part~="contact-button"]')).click();
  await typeOver(page, `${DIALOG}#name`, sender.name);
  await typeOver(page, `${DIALOG}#email`, sender.email);
  await page.type(`${DIALOG}#message`, 'Hello! I joined eTwinning in September and would like help with finding a partner school.');
  await page.click(`${DIALOG}#consent`);
}

export const submit = (page: Page) => page.click(`${DIALOG}[part~="button-primary"][type="submit"]`);
