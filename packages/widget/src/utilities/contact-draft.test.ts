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
    expect(loadDraft('m-2').name).to.equal('');
    clearDraft('m-1');
    const fresh = loadDraft('m-1');
    expect(fresh.name).to.equal('');
    expect(fresh.idempotencyKey).not.to.equal(draft.idempotencyKey);
  });

  it('survives corrupt stored data', () => {
    sessionStorage.setItem('mentor-finder:draft:m-1', '{not json');
    expect(loadDraft('m-1').name).to.equal('');
    sessionStorage.setItem('mentor-finder:draft:m-1', JSON.stringify({ name: 7, consent: 'yes' }));
    expect(loadDraft('m-1')).to.include({ name: '', consent: false });
  });
});
