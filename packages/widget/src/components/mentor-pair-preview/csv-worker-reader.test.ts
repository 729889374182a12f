import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { find, sampleCohort, WORKER_SRC } from '../../../test/pair-preview-fixtures.js';
import { CsvWorkerReader } from './csv-worker-reader.js';
import { readCsvRecords } from './read-csv-records.js';
import './mentor-pair-preview.js';
import type { MentorPairPreview } from './mentor-pair-preview.component.js';

const HOST = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) };
const CSV = 'id,displayName\ne-1,Liis\n"e-2,Mari\ne-3,Kati\n';

describe('CSV files in the pair preview worker', () => {
  it('reads a CSV file in the worker with the same records and row-and-field issues as the main thread', async () => {
    const reader = new CsvWorkerReader(HOST, () => WORKER_SRC);
    try {
      const read = await reader.read('mentees', CSV, null);
      expect(reader.mode).to.equal('worker');
      expect(read).to.deep.equal(readCsvRecords('mentees', CSV, null));
      expect(read.issues.length, 'the unclosed quote is reported').to.be.greaterThan(0);
      expect(read.issues[0]?.row).to.be.a('number');
    } finally {
      reader.dispose();
    }
  });

  it('reads on the main thread, and says so, when the worker cannot start', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    const reader = new CsvWorkerReader(HOST, () => '/no-such-worker.js');
    try {
      const read = await reader.read('mentees', CSV, null);
      expect(reader.mode).to.equal('main-thread');
      expect(read).to.deep.equal(readCsvRecords('mentees', CSV, null));
      expect(warnings.join(' ')).to.contain('reading CSV on the main thread');
    } finally {
      console.warn = warn;
      reader.dispose();
    }
  });

  it('does not parse a picked CSV file on the main thread: with a worker that never answers, the file stays loading', async () => {
    const cohort = await sampleCohort();
    const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src="/packages/widget/test/pair-preview-silent-worker.js" .mentors=${cohort.mentors}></mentor-pair-preview>`);
    const input = find(element, '#file-mentees') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(new File([CSV], 'mentees.csv', { type: 'text/csv' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => find(element, '.statuses [data-source="mentees"]').textContent?.includes('Loading'), 'mentees never started loading');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await element.updateComplete;
    expect(find(element, '.statuses [data-source="mentees"]').textContent).to.contain('Loading');
  });
});
