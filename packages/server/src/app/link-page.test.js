// @ts-check
import { describe, expect, it } from 'vitest';
import { buildCoordinatorTestApp } from '../coordinator/testing/coordinator-test-context.js';

/** The page a confirmation link with a damaged token opens: a link page like every other. */
const damagedLinkPage = async (/** @type {Record<string, unknown>} */ config) => {
  const { app } = await buildCoordinatorTestApp({ config });
  try {
    const response = await app.inject({ method: 'GET', url: '/registrations/confirm?t=damaged' });
    return response.body;
  } finally {
    await app.close();
  }
};

describe('link pages', () => {
  it('name the organisation’s site above the page and link its home page', async () => {
    const body = await damagedLinkPage({ siteName: 'eTwinning Eesti', siteUrl: '/' });
    expect(body).toMatch(/<body>\n<header class="site"><a href="\/">eTwinning Eesti<\/a><\/header>\n<main>/);
  });

  it('name the site without a link when no home page is set, and escape the name', async () => {
    const body = await damagedLinkPage({ siteName: 'Mentors <& "friends">' });
    expect(body).toContain('<header class="site">Mentors &#60;&#38; &#34;friends&#34;&#62;</header>');
    expect(body).not.toContain('<a href');
  });

  it('have no site header when no site name is set', async () => {
    const body = await damagedLinkPage({});
    expect(body).toContain('<main>');
    expect(body).not.toContain('class="site"');
  });
});
