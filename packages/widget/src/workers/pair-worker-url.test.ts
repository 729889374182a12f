import { expect } from '@open-wc/testing';
import { CsvWorkerReader } from '../components/mentor-pair-preview/csv-worker-reader.js';
import { readCsvRecords } from '../components/mentor-pair-preview/read-csv-records.js';
import { openModuleWorker } from './open-module-worker.js';
import { findPairWorker, PAIR_WORKER } from './pair-worker-url.js';

const HOST = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) };
const CSV = 'id,displayName\ne-1,Liis\ne-2,Mari\n';

describe('the pair preview worker, found without worker-src', () => {
  it('is the worker module, at its own URL', async () => {
    const url = await findPairWorker();
    expect(url).to.be.a('string');
    expect(new URL(url ?? '').pathname).to.match(/\/mentor-pair-worker\.(js|ts)$/);
  });

  it('reads a CSV file in that worker, messages sent before it started included', async () => {
    const reader = new CsvWorkerReader(HOST, () => PAIR_WORKER);
    try {
      const [first, second] = await Promise.all([reader.read('mentees', CSV, null), reader.read('mentors', CSV, null)]);
      expect(reader.mode).to.equal('worker');
      expect(first).to.deep.equal(readCsvRecords('mentees', CSV, null));
      expect(second).to.deep.equal(readCsvRecords('mentors', CSV, null));
    } finally {
      reader.dispose();
    }
  });

  it('reports a lookup that finds no worker, or fails, as a failure, and sends nothing', async () => {
    for (const find of [() => Promise.resolve(undefined), () => Promise.reject(new Error('chunk gone'))]) {
      const why = await new Promise<string>((resolve) => {
        const opened = openModuleWorker({ key: 'test', find }, () => resolve('answered'), resolve);
        if (typeof opened === 'string') resolve(opened);
        else opened.instance.postMessage({ kind: 'read-csv', id: 1, source: 'mentees', text: CSV, mapping: null });
      });
      expect(why).to.match(/the test worker (is not in this build|could not be loaded \(Error: chunk gone\))/);
    }
  });

  it('starts no worker once ended while it was being looked up', async () => {
    let started = false;
    const opened = openModuleWorker({ key: 'test', find: () => findPairWorker() }, () => (started = true), () => (started = true));
    if (typeof opened === 'string') throw new Error(opened);
    opened.instance.terminate();
    opened.instance.postMessage({ kind: 'read-csv', id: 1, source: 'mentees', text: CSV, mapping: null });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(started).to.equal(false);
  });
});
