import { expect } from '@open-wc/testing';
import type { ContactRequest } from '@mentor-finder/matcher';
import { sendContactRequest } from './send-contact-request.js';

const request: ContactRequest = {
  mentorId: 'm-ee-01',
  programmeId: 'etwinning-mentors-2026',
  sender: { name: 'Mari Maasikas', email: 'mari@example.org' },
  message: { text: 'Tere! Otsin partnerit oma projektile.', lang: 'et' },
  consent: { privacyNoticeAccepted: true, noticeVersion: '1' },
  idempotencyKey: '6f1c2b1e-8a51-4c43-9d7e-3f3c2f0a8b11',
};

describe('sendContactRequest', () => {
  it('POSTs the request as JSON and reports a 2xx as sent', async () => {
    const outcome = await sendContactRequest('/__test__/contact/201', request);
    expect(outcome).to.deep.equal({ ok: true, status: 201 });
  });

  it('sends the exact request body with a JSON content type', async () => {
    const response = await fetch('/__test__/contact/200', { method: 'POST', body: JSON.stringify(request), headers: { 'content-type': 'application/json' } });
    const reference = (await response.json()) as { echo: unknown };
    expect(reference.echo).to.deep.equal(request);
    let seen: RequestInit | undefined;
    const original = window.fetch;
    window.fetch = (input, init) => {
      seen = init;
      return original(input, init);
    };
    try {
      await sendContactRequest('/__test__/contact/200', request);
    } finally {
      window.fetch = original;
    }
    expect(seen?.method).to.equal('POST');
    expect(new Headers(seen?.headers).get('content-type')).to.equal('application/json');
    expect(JSON.parse(String(seen?.body))).to.deep.equal(request);
  });

  it('tells a rejected request (4xx) from a server failure (5xx)', async () => {
    expect(await sendContactRequest('/__test__/contact/422', request)).to.include({ ok: false, failure: 'rejected', status: 422 });
    expect(await sendContactRequest('/__test__/contact/503', request)).to.include({ ok: false, failure: 'server', status: 503 });
  });

  it("hands on the server's error body and Retry-After", async () => {
    const outcome = await sendContactRequest('/__test__/contact/429?code=rate-limited&retryAfter=120', request);
    expect(outcome).to.include({ ok: false, failure: 'rejected', status: 429, retryAfter: '120' });
    expect((outcome as { body: { code: string } }).body.code).to.equal('rate-limited');
  });

  it('gives up after the timeout', async () => {
    const started = performance.now();
    const outcome = await sendContactRequest('/__test__/contact/slow', request, { timeout: 200 });
    expect(outcome).to.deep.equal({ ok: false, failure: 'timeout' });
    expect(performance.now() - started).to.be.below(2500);
  });

  it('reports a dropped connection as a network failure', async () => {
    expect(await sendContactRequest('/__test__/contact/drop', request)).to.deep.equal({ ok: false, failure: 'network' });
  });
});
