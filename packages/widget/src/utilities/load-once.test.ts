import { expect } from '@open-wc/testing';
import { loadOnce } from './load-once.js';

describe('loadOnce', () => {
  it('loads once and shares the result', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    expect(await Promise.all([load(), load()])).to.deep.equal([1, 1]);
    expect(await load()).to.equal(1);
    expect(calls).to.equal(1);
  });

  it('tries again after a failure', async () => {
    let calls = 0;
    const load = loadOnce(async () => {
      calls += 1;
      if (calls === 1) throw new Error('offline');
      return 'module';
    });
    let failure: unknown;
    await load().catch((cause: unknown) => (failure = cause));
    expect((failure as Error).message).to.equal('offline');
    expect(await load()).to.equal('module');
    expect(await load()).to.equal('module');
    expect(calls).to.equal(2);
  });
});
