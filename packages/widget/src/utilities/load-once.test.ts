import { expect } from '@open-wc/testing';
import { loadOnce, type Loader } from './load-once.js';

/** A loader whose first load fails and later ones succeed, with its count of loads. */
function failingOnce(): { load: Loader<string>; calls: () => number } {
  let calls = 0;
  const load = loadOnce(async () => {
    calls += 1;
    if (calls === 1) throw new Error('offline');
    return 'module';
  });
  return { load, calls: () => calls };
}

describe('loadOnce', () => {
  it('loads once and shares the result', async () => {
    let calls = 0;
    const load = loadOnce(async () => ++calls);
    expect(await Promise.all([load(), load()])).to.deep.equal([1, 1]);
    expect(await load()).to.equal(1);
    expect(calls).to.equal(1);
  });

  it('tries again after a failure', async () => {
    const { load, calls } = failingOnce();
    let failure: unknown;
    await load().catch((cause: unknown) => (failure = cause));
    expect((failure as Error).message).to.equal('offline');
    expect(await load()).to.equal('module');
    expect(await load()).to.equal('module');
    expect(calls()).to.equal(2);
  });

  it('holds the value once a load has succeeded, and nothing before or after a failure', async () => {
    const { load } = failingOnce();
    expect(load.loaded).to.equal(undefined);
    await load().catch(() => undefined);
    expect(load.loaded).to.equal(undefined);
    const pending = load();
    expect(load.loaded, 'not before it has arrived').to.equal(undefined);
    await pending;
    expect(load.loaded).to.equal('module');
  });
});
