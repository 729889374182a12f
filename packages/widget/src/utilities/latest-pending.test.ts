import { expect } from '@open-wc/testing';
import { LatestPending } from './latest-pending.js';

describe('LatestPending', () => {
  it('holds the work until it settles, a rejection too, and then nothing', async () => {
    const pending = new LatestPending();
    expect(pending.current).to.equal(undefined);
    const settled = pending.track(Promise.reject(new Error('offline')));
    expect(pending.current).to.equal(settled);
    await settled;
    await Promise.resolve();
    expect(pending.current).to.equal(undefined);
  });

  it('keeps newer work when older work settles', async () => {
    const pending = new LatestPending();
    let finish: () => void = () => undefined;
    const older = pending.track(Promise.resolve());
    const newer = pending.track(new Promise<void>((resolve) => (finish = resolve)));
    await older;
    await Promise.resolve();
    expect(pending.current).to.equal(newer);
    finish();
    await newer;
    await Promise.resolve();
    expect(pending.current).to.equal(undefined);
  });
});
