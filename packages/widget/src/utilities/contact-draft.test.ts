import { expect } from '@open-wc/testing';
import { clearDraft, loadDraft, saveDraft } from './contact-draft.js';

describe('contact drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('starts empty with a fresh idempotency key per mentor', () => {
    const a = loadDraft('m-1');
    const b = loadDraft('m-2');
    expect(a).to.include({ name: '', email: '', school: '', message: '', consent: false });
    expect(a.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(a.idempotencyKey).not.to.equal(b.idempotencyKey);
  });

  it('keeps what was typed and its key in sessionStorage until cleared, but never the consent', () => {
    const draft = { ...loadDraft('m-1'), name: 'Mari', message: 'Tere!', consent: true };
    saveDraft('m-1', draft);
    expect(loadDraft('m-1')).to.deep.equal({ ...draft, consent: false });
    expect(sessionStorage.getItem('mentor-finder:draft:m-1')).not.to.contain('consent');
    clearDraft('m-1');
    const fresh = loadDraft('m-1');
    expect(fresh.message).to.equal('');
    expect(fresh.idempotencyKey).not.to.equal(draft.idempotencyKey);
  });

  it('survives corrupt stored data', () => {
    sessionStorage.setItem('mentor-finder:draft:m-1', '{not json');
    expect(loadDraft('m-1').name).to.equal('');
    sessionStorage.setItem('mentor-finder:draft:m-1', JSON.stringify({ name: 7, consent: 'yes' }));
    expect(loadDraft('m-1')).to.include({ name: '', consent: false });
  });

  it('offers the name, address and school given for one mentor in the next mentor’s form, not the message or the key', () => {
    const first = { ...loadDraft('m-1'), name: 'Mari Tamm', email: 'mari@example.ee', school: 'Tartu Kool', message: 'Tere, Anna!' };
    saveDraft('m-1', first);
    const next = loadDraft('m-2');
    expect(next).to.include({ name: 'Mari Tamm', email: 'mari@example.ee', school: 'Tartu Kool', message: '', consent: false });
    expect(next.idempotencyKey).not.to.equal(first.idempotencyKey);
    // Sent (its draft cleared), the details stay for the next mentor of the visit.
    clearDraft('m-1');
    expect(loadDraft('m-3').email).to.equal('mari@example.ee');
    // A mentor's own draft wins.
    saveDraft('m-2', { ...next, name: 'Mari T.', message: 'Tere!' });
    expect(loadDraft('m-2')).to.include({ name: 'Mari T.', message: 'Tere!' });
  });
});
