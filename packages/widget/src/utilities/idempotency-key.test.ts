import { expect } from '@open-wc/testing';
import { emptyDraft as emptyRegistration } from '../components/mentor-registration/registration-draft.js';
import { loadDraft } from './contact-draft.js';
import { newIdempotencyKey } from './idempotency-key.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  afterEach(() => sessionStorage.clear());

  it('are version 4 UUIDs, a new one each time', () => {
    const keys = [newIdempotencyKey(), newIdempotencyKey()];
    for (const key of keys) expect(key).to.match(V4);
    expect(keys[0]).not.to.equal(keys[1]);
  });

  it('are made without crypto.randomUUID, as on plain-http sites, for the contact form and the registration form', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID');
    // Insecure contexts have no randomUUID at all.
    delete (Crypto.prototype as Partial<Crypto>).randomUUID;
    try {
      expect(typeof crypto.randomUUID).to.equal('undefined');
      const keys = [loadDraft('m-1').idempotencyKey, loadDraft('m-2').idempotencyKey, emptyRegistration().idempotencyKey, emptyRegistration().idempotencyKey];
      for (const key of keys) expect(key).to.match(V4);
      expect(new Set(keys).size).to.equal(4);
    } finally {
      if (descriptor) Object.defineProperty(Crypto.prototype, 'randomUUID', descriptor);
    }
  });
});
