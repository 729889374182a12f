import { expect } from '@open-wc/testing';
import { safePhotoUrl } from './safe-photo-url.js';

describe('safePhotoUrl', () => {
  it('keeps absolute https URLs', () => {
    expect(safePhotoUrl('https://example.org/p/kadri.jpg')).to.equal('https://example.org/p/kadri.jpg');
  });

  it('drops every other scheme, relative URLs and non-strings', () => {
    for (const value of ['http://example.org/a.jpg', 'javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', '//evil.example/a.jpg', '/a.jpg', '', 42, null]) {
      expect(safePhotoUrl(value), String(value)).to.equal(undefined);
    }
  });
});
