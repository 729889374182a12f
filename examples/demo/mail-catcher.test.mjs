// @ts-check
import nodemailer from 'nodemailer';
import { afterEach, describe, expect, it } from 'vitest';
import { startMailCatcher } from './mail-catcher.mjs';

/** @type {Awaited<ReturnType<typeof startMailCatcher>> | undefined} */
let catcher;
afterEach(async () => {
  await catcher?.close();
  catcher = undefined;
});

describe('mail catcher', () => {
  it('receives mail over SMTP and lists it as an escaped page with clickable links and as JSON', async () => {
    catcher = await startMailCatcher({ host: '127.0.0.1', smtpPort: 0, httpPort: 0 });
    expect(catcher.smtpUrl).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    const transport = nodemailer.createTransport(catcher.smtpUrl);
    await transport.sendMail({
      from: 'noreply@mentors.example.org',
      to: { name: 'Kadri Tamm', address: 'kadri.tamm@example.org' },
      subject: '<b>Hello</b>',
      text: 'Accept: https://mentors.example.org/answer?token=abc.def&x=1\n<script>alert(1)</script>',
      html: '<p>Hi</p>',
      headers: { 'Content-Language': 'et, en' },
    });
    transport.close();

    const page = await fetch(catcher.webUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('&#60;b&#62;Hello&#60;/b&#62;');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="https://mentors.example.org/answer?token=abc.def&#38;x=1" rel="noreferrer">');

    const list = await (await fetch(new URL('/mails.json', catcher.webUrl))).json();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ subject: '<b>Hello</b>', to: '"Kadri Tamm" <kadri.tamm@example.org>', contentLanguage: 'et, en' });
    expect(list[0].messageId).toMatch(/^<.+@.+>$/);

    const own = await fetch(new URL(`/mails/${list[0].id}.html`, catcher.webUrl));
    expect(own.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(await own.text()).toBe('<p>Hi</p>');
    expect((await fetch(new URL('/nothing', catcher.webUrl))).status).toBe(404);
  });
});
