import { expect, fixture, html } from '@open-wc/testing';
import { PAIRS_CSV_HEADER, parseCsv } from '@mentor-finder/matcher';
import { afterRun, find, matcherSchema, sampleCohort, settled, WORKER_SRC } from '../../../test/pair-preview-fixtures.js';
import type { MentorPairPreviewDownloadEvent } from './mentor-pair-preview.events.js';
import './mentor-pair-preview.js';
import type { MentorPairPreview } from './mentor-pair-preview.component.js';

type Schema = { required?: string[]; properties?: Record<string, Record<string, unknown>>; additionalProperties?: boolean; $defs?: Record<string, Schema> };

/** Problems of `record` against the Pair schema's own required keys, property list, types and enums. */
function pairSchemaProblems(record: Record<string, unknown>, schema: Schema): string[] {
  const problems: string[] = [];
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) if (!(key in record)) problems.push(`missing ${key}`);
  for (const [key, value] of Object.entries(record)) {
    const spec = properties[key];
    if (!spec) problems.push(`unknown ${key}`);
    else if (Array.isArray(spec['enum']) && !(spec['enum'] as unknown[]).includes(value)) problems.push(`${key} not in enum`);
    else if (spec['type'] === 'number' && (typeof value !== 'number' || value < (spec['minimum'] as number) || value > (spec['maximum'] as number))) problems.push(`${key} out of range`);
    else if (spec['type'] === 'boolean' && typeof value !== 'boolean') problems.push(`${key} not boolean`);
  }
  const reasonSpec = schema.$defs?.['Reason'];
  for (const reason of (record['reasons'] as Record<string, unknown>[]) ?? []) {
    for (const key of Object.keys(reason)) if (!(key in (reasonSpec?.properties ?? {}))) problems.push(`reason has unknown ${key}`);
    if (typeof reason['code'] !== 'string' || !/^[a-z0-9][a-z0-9-]{1,63}$/.test(reason['code'])) problems.push('reason code not an id');
  }
  return problems;
}

async function preview(): Promise<{ element: MentorPairPreview; cohort: Awaited<ReturnType<typeof sampleCohort>> }> {
  const cohort = await sampleCohort();
  const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} .mentors=${cohort.mentors} .mentees=${cohort.mentees} .programme=${cohort.programmes}></mentor-pair-preview>`);
  await settled(element);
  return { element, cohort };
}

function pickFile(input: HTMLInputElement, name: string, text: string, type = 'application/json'): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<mentor-pair-preview> export', function () {
  // two elements, four runs and an axe check of rows that each list alternatives and exchanges
  (this as { timeout(ms: number): void }).timeout(30_000);

  it('exports the pairs as JSON Pair records that match the Pair schema', async () => {
    const { element } = await preview();
    const records = JSON.parse(element.exportPairsJson()) as Record<string, unknown>[];
    const schema = (await matcherSchema('pair.schema.json')) as Schema;
    expect(records.length).to.equal(element.suggestion?.pairs.length);
    expect(records.flatMap((record) => pairSchemaProblems(record, schema))).to.deep.equal([]);
    expect(pairSchemaProblems({ ...records[0], state: 'maybe' }, schema), 'the check can fail').to.deep.equal(['state not in enum']);
    // Scores to 4 decimals: a spreadsheet or a reader sees 0.915, not 0.9149999999999999.
    expect(records.map((r) => [r['menteeId'], r['mentorId'], r['score']])).to.deep.equal(element.suggestion?.pairs.map((p) => [p.menteeId, p.mentorId, Math.round(p.score * 10_000) / 10_000]));
    expect(element.exportPairsJson()).to.not.match(/\d\.\d{5,}/);
    expect(element.suggestion?.pairs.some((p) => /\.\d{5,}/.test(String(p.score))), 'the sample has scores with float noise').to.equal(true);
  });

  it('exports CSV for spreadsheets: byte order mark, chosen delimiter, one row per pair and unmatched mentee', async () => {
    const { element } = await preview();
    const csv = element.exportPairsCsv('semicolon');
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    const parsed = parseCsv(csv, { delimiter: ';' });
    expect(parsed.headers).to.deep.equal([...PAIRS_CSV_HEADER]);
    const suggestion = element.suggestion;
    expect(parsed.rows.length).to.equal((suggestion?.pairs.length ?? 0) + (suggestion?.unmatched.length ?? 0));
    expect(parsed.rows.filter((r) => r.cells['status'] !== 'unmatched').map((r) => [r.cells['menteeId'], r.cells['mentorId']])).to.deep.equal(
      suggestion?.pairs.map((p) => [p.menteeId, p.mentorId]),
    );
    expect(element.exportPairsCsv('tab').split('\r\n')[0]).to.equal(`\uFEFF${PAIRS_CSV_HEADER.join('\t')}`);
  });

  it('offers the delimiter spreadsheets in the UI language open CSV with, until the coordinator picks one', async () => {
    const { element } = await preview();
    const header = () => element.exportPairsCsv().split('\r\n')[0];
    const shown = () => find<HTMLSelectElement>(element, '#delimiter').value;
    expect([shown(), header()]).to.deep.equal(['comma', `\uFEFF${PAIRS_CSV_HEADER.join(',')}`]);
    // Estonian Excel splits columns on semicolons (its numbers take a decimal comma).
    element.lang = 'et';
    await settled(element);
    expect([shown(), header()]).to.deep.equal(['semicolon', `\uFEFF${PAIRS_CSV_HEADER.join(';')}`]);
    const select = find<HTMLSelectElement>(element, '#delimiter');
    select.value = 'tab';
    select.dispatchEvent(new Event('change'));
    element.lang = 'en';
    await settled(element);
    expect([shown(), header()], 'a chosen delimiter stays').to.deep.equal(['tab', `\uFEFF${PAIRS_CSV_HEADER.join('\t')}`]);
  });

  it('downloads through a temporary <a download> holding a Blob URL, announced by a cancelable event', async () => {
    const { element } = await preview();
    const events: MentorPairPreviewDownloadEvent[] = [];
    element.addEventListener('mentor-pair-preview-download', (event) => events.push(event));
    const links: HTMLAnchorElement[] = [];
    element.shadowRoot?.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target instanceof HTMLAnchorElement) {
        links.push(target);
        event.preventDefault();
      }
    });
    find(element, '#delimiter').dispatchEvent(new Event('change'));
    find(element, '#export-json').click();
    expect(events.map((e) => e.detail.filename)).to.deep.equal(['pairs-etwinning-mentors-2026.json']);
    expect(links).to.have.length(1);
    expect(links[0]?.download).to.equal('pairs-etwinning-mentors-2026.json');
    expect(links[0]?.href.startsWith('blob:')).to.equal(true);
    expect(await (await fetch(links[0]?.href ?? '')).text()).to.equal(element.exportPairsJson());
    expect(links[0]?.isConnected, 'the link is removed').to.equal(false);

    element.addEventListener('mentor-pair-preview-download', (event) => event.preventDefault(), { once: true });
    find(element, '#export-csv').click();
    expect(events).to.have.length(2);
    expect(events[1]?.detail.content).to.equal(element.exportPairsCsv());
    expect(links, 'a prevented download makes no link').to.have.length(1);
  });

  it('round-trips pins and exclusions: reloading the file gives the same result', async () => {
    const { element, cohort } = await preview();
    const [first, second] = element.suggestion?.pairs ?? [];
    if (!first || !second) throw new Error('need two pairs');
    await afterRun(element, () => element.pin(first.menteeId, first.mentorId));
    await afterRun(element, () => element.exclude(second.menteeId, second.mentorId));
    const saved = element.exportConstraints();
    const file = JSON.parse(saved) as { kind: string; pins: unknown[]; exclusions: unknown[]; programmeId: string };
    expect(file).to.deep.include({ kind: 'mentor-pair-constraints', programmeId: 'etwinning-mentors-2026' });
    expect(file.pins).to.deep.equal([{ menteeId: first.menteeId, mentorId: first.mentorId }]);
    expect(file.exclusions).to.deep.equal([{ menteeId: second.menteeId, mentorId: second.mentorId }]);

    const fresh = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} .mentors=${cohort.mentors} .mentees=${cohort.mentees} .programme=${cohort.programmes}></mentor-pair-preview>`);
    await settled(fresh);
    expect(fresh.suggestion?.pairs).to.not.deep.equal(element.suggestion?.pairs);
    await afterRun(fresh, () => pickFile(find<HTMLInputElement>(fresh, '#file-constraints'), 'pins.json', saved));
    expect(fresh.suggestion?.pairs).to.deep.equal(element.suggestion?.pairs);
    expect(fresh.exportConstraints()).to.equal(saved);
    expect(find(fresh, '#announce').textContent).to.match(/^Loaded 1 pin and 1 exclusion\. Since the last run: /);
    await expect(fresh).to.be.accessible();
  });

  it('lists bad entries of a pins file and never throws on a broken one', async () => {
    const { element } = await preview();
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(element.importConstraints('{ not json').map((i) => i.code)).to.deep.equal(['not-json']);
      const issues = element.importConstraints(JSON.stringify({ pins: [{ menteeId: 'e-ee-01' }], exclusions: 'none' }));
      expect(issues.map((i) => [i.row, i.field, i.code])).to.deep.equal([
        [1, 'pins/mentorId', 'required'],
        [null, 'exclusions', 'type'],
      ]);
      await element.updateComplete;
      expect(find(element, '#constraint-issues').textContent?.replace(/\s+/g, ' ')).to.contain('Pins and exclusions, row 1, field “pins/mentorId”: is missing');
      expect(element.currentConstraints).to.deep.equal({ pins: [], exclusions: [] });
    } finally {
      console.error = original;
    }
  });
});
