import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_WEIGHTS, suggestPairs, writeCsv, type Mentee } from '@mentor-finder/matcher';
import { find, findAll, sampleCohort, settled, WORKER_SRC } from '../../../test/pair-preview-fixtures.js';
import type { MentorPairPreviewErrorEvent } from './mentor-pair-preview.events.js';
import './mentor-pair-preview.js';
import type { MentorPairPreview } from './mentor-pair-preview.component.js';

// Spreadsheet columns as a registration form export might name them, and the mapping file for them.
const FORM_COLUMNS: [string, (m: Mentee) => string | number | boolean][] = [
  ['Registration id', (m) => m.id],
  ['Programme', (m) => m.programmeId],
  ['Name shown', (m) => m.displayName],
  ['Country', (m) => m.country],
  ['Time zone', (m) => m.timezone],
  ['Languages', (m) => m.languages.map((l) => `${l.code}:${l.level}`).join('; ')],
  ['Role', (m) => m.role],
  ['School levels', (m) => (m.schoolLevels ?? []).join('; ')],
  ['Subjects', (m) => (m.subjects ?? []).join('; ')],
  ['Region', (m) => m.region ?? ''],
  ['Years', (m) => m.experience.yearsInProfession],
  ['eTwinning', (m) => m.experience.etwinning?.status ?? ''],
  ['Projects', (m) => m.experience.etwinning?.projects ?? 0],
  ['Topics', (m) => (m.topics ?? []).join('; ')],
  ['Same country only', (m) => m.preferences.sameCountryOnly ?? false],
  ['Preferred mentors', (m) => (m.preferences.preferredMentorIds ?? []).join('; ')],
  ['Excluded mentors', (m) => (m.preferences.excludedMentorIds ?? []).join('; ')],
  ['In person area', (m) => m.preferences.inPersonArea ?? ''],
  ['Goals', (m) => m.goals.text],
  ['Goals language', (m) => m.goals.lang ?? ''],
  ['Meeting', (m) => m.preferences.meetingModes.join('; ')],
  ['Available from', (m) => m.availability.from],
  ['Available to', (m) => m.availability.to],
  ['Weekly', (m) => m.availability.weekly.map((s) => `${s.day} ${s.start}-${s.end}`).join('; ')],
  ['First name', (m) => m.private.givenName],
  ['Last name', (m) => m.private.familyName],
  ['E-mail', (m) => m.private.email],
  ['Consent', (m) => m.private.consent.matching ?? false],
  ['Share', (m) => m.private.consent.shareWithMentor ?? false],
  ['Consent given', (m) => m.private.consent.givenAt],
  ['Notice', (m) => m.private.consent.noticeVersion],
  ['Submitted', (m) => m.private.submittedAt],
];
const MAPPING = {
  'Registration id': 'id',
  Programme: 'programmeId',
  'Name shown': 'displayName',
  Country: 'country',
  'Time zone': 'timezone',
  Languages: 'languages',
  Role: 'role',
  'School levels': 'schoolLevels',
  Subjects: 'subjects',
  Region: 'region',
  Years: 'experience.yearsInProfession',
  eTwinning: 'experience.etwinning.status',
  Projects: 'experience.etwinning.projects',
  Topics: 'topics',
  'Same country only': 'preferences.sameCountryOnly',
  'Preferred mentors': 'preferences.preferredMentorIds',
  'Excluded mentors': 'preferences.excludedMentorIds',
  'In person area': 'preferences.inPersonArea',
  Goals: 'goals.text',
  'Goals language': 'goals.lang',
  Meeting: 'preferences.meetingModes',
  'Available from': 'availability.from',
  'Available to': 'availability.to',
  Weekly: 'availability.weekly',
  'First name': 'private.givenName',
  'Last name': 'private.familyName',
  'E-mail': 'private.email',
  Consent: 'private.consent.matching',
  Share: 'private.consent.shareWithMentor',
  'Consent given': 'private.consent.givenAt',
  Notice: 'private.consent.noticeVersion',
  Submitted: 'private.submittedAt',
};

function formCsv(mentees: readonly Mentee[]): string {
  return writeCsv([FORM_COLUMNS.map(([header]) => header), ...mentees.map((m) => FORM_COLUMNS.map(([, cell]) => cell(m)))], { delimiter: ';' });
}

function pickFile(element: MentorPairPreview, id: string, name: string, text: string | Uint8Array<ArrayBuffer>): void {
  const input = find<HTMLInputElement>(element, id);
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<mentor-pair-preview> CSV input', () => {
  it('reads a registration form export through a mapping file, lists broken rows and cells, and uses the rest', async () => {
    const cohort = await sampleCohort();
    const mentees = cohort.mentees.filter((m) => m.programmeId === 'etwinning-mentors-2026').slice(0, 12);
    const lines = formCsv(mentees).split('\r\n');
    // Row 3 (the second mentee): a language without a level; row 5: a cell too many.
    lines[2] = lines[2]?.replace(/([";])(\w\w):native/, '$1$2') ?? '';
    expect(lines[2]).to.not.contain(':native');
    lines[4] = `${lines[4]};surplus`;
    const errors: MentorPairPreviewErrorEvent[] = [];
    const original = console.error;
    console.error = () => undefined;
    try {
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview
        worker-src=${WORKER_SRC}
        @mentor-pair-preview-error=${(e: MentorPairPreviewErrorEvent) => errors.push(e)}
        .mentors=${cohort.mentors}
        .programme=${cohort.programmes}
      ></mentor-pair-preview>`);
      pickFile(element, '#file-mapping', 'mapping.json', JSON.stringify(MAPPING));
      await waitUntil(() => element.shadowRoot?.querySelector('#file-mapping'), 'no mapping picker', { timeout: 10_000 });
      pickFile(element, '#file-mentees', 'registrations.csv', lines.join('\r\n'));
      await settled(element);

      const issues = findAll(element, '#load-issues li').map((li) => [li.dataset['row'], li.dataset['field']]);
      expect(issues).to.deep.include(['3', 'languages']);
      expect(issues.some(([row]) => row === '5')).to.equal(true);
      // The spreadsheet's column and the cell's text, so the coordinator finds what to correct.
      const cell = mentees[1]!.languages.map((l) => `${l.code}:${l.level}`).join('; ').replace(/(^|; )(\w\w):native/, '$1$2');
      expect(find(element, '#load-issues').textContent?.replace(/\s+/g, ' ')).to.contain(`Mentees, row 3, field “languages” (column “Languages”): “${cell}” is not a language like et:native or en:B2`);
      expect(errors.some((e) => e.detail.code === 'invalid-records' && e.detail.source === 'mentees')).to.equal(true);

      const kept = mentees.filter((_, i) => i !== 1 && i !== 3);
      const programme = cohort.programmes.find((p) => p.id === 'etwinning-mentors-2026');
      const expected = suggestPairs({ mentors: cohort.mentors, mentees: kept, ...(programme ? { programme } : {}) }, { weights: { ...DEFAULT_WEIGHTS } });
      expect(element.suggestion?.stats.total).to.equal(kept.length);
      expect(element.suggestion?.pairs.map((p) => [p.menteeId, p.mentorId])).to.deep.equal(expected.pairs.map((p) => [p.menteeId, p.mentorId]));
      await expect(element).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it("without a mapping file reads the field-path columns and lists the spreadsheet's own columns as left out", async () => {
    const cohort = await sampleCohort();
    const mentees = cohort.mentees.filter((m) => m.programmeId === 'etwinning-mentors-2026').slice(0, 6);
    const fields = FORM_COLUMNS.map(([header]) => MAPPING[header as keyof typeof MAPPING]);
    const csv = writeCsv([['Timestamp', ...fields, 'Extra note'], ...mentees.map((m, i) => [`2026-09-0${i + 1} 10:00`, ...FORM_COLUMNS.map(([, cell]) => cell(m)), 'call back'])]);
    const original = console.error;
    console.error = () => undefined;
    try {
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} .mentors=${cohort.mentors} .programme=${cohort.programmes}></mentor-pair-preview>`);
      const errors: MentorPairPreviewErrorEvent[] = [];
      element.addEventListener('mentor-pair-preview-error', (event) => errors.push(event as MentorPairPreviewErrorEvent));
      pickFile(element, '#file-mentees', 'mentees.csv', csv);
      await settled(element);
      expect(element.suggestion?.stats.total).to.equal(mentees.length);
      expect(errors, 'no record was skipped, so no error event').to.deep.equal([]);
      const issues = findAll(element, '#load-issues li').map((li) => [li.dataset['row'], li.dataset['field']]);
      expect(issues).to.deep.equal([
        ['1', 'Timestamp'],
        ['1', 'Extra note'],
      ]);
      expect(find(element, '#load-issues').textContent).to.contain('names no field and was left out');

    } finally {
      console.error = original;
    }
  });

  /** The preview's problems with the languages column after loading five mentees' CSV built from `columns`, which no mentee passes. */
  async function languageIssues(columns: typeof FORM_COLUMNS): Promise<{ element: MentorPairPreview; about: HTMLElement[] }> {
    const cohort = await sampleCohort();
    const mentees = cohort.mentees.filter((m) => m.programmeId === 'etwinning-mentors-2026').slice(0, 5);
    const csv = writeCsv([columns.map(([header]) => MAPPING[header as keyof typeof MAPPING]), ...mentees.map((m) => columns.map(([, cell]) => cell(m)))]);
    const original = console.error;
    console.error = () => undefined;
    try {
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} .mentors=${cohort.mentors} .programme=${cohort.programmes}></mentor-pair-preview>`);
      pickFile(element, '#file-mentees', 'mentees.csv', csv);
      // No mentee is valid, so there is no run to wait for: only the failed state.
      await waitUntil(() => element.shadowRoot?.querySelector('li.status--error[data-source="mentees"]'), 'mentees not refused', { timeout: 15_000 });
      await element.updateComplete;
      return { element, about: findAll(element, '#load-issues li').filter((li) => li.dataset['field'] === 'languages') };
    } finally {
      console.error = original;
    }
  }

  it('names a required column that every row lacks once, not on every row', async () => {
    const { about } = await languageIssues(FORM_COLUMNS.filter(([header]) => header !== 'Languages'));
    expect(about.length, 'one line for the column').to.equal(1);
    expect(about[0]?.textContent?.replace(/\s+/g, ' ')).to.contain('Mentees, field “languages”: is missing from every record');
  });

  it('names on each row a required column that is there but cannot be read, not as missing', async () => {
    const { element, about } = await languageIssues(FORM_COLUMNS.map(([header, cell]) => [header, header === 'Languages' ? () => 'Estonian' : cell]));
    expect([...new Set(about.map((li) => li.dataset['row']))]).to.deep.equal(['2', '3', '4', '5', '6']);
    expect(find(element, '#load-issues').textContent).to.not.contain('is missing from every record');
  });

  it('refuses a CSV that is not UTF-8 whole, rather than pair garbled names', async () => {
    const cohort = await sampleCohort();
    const fields = FORM_COLUMNS.map(([header]) => MAPPING[header as keyof typeof MAPPING]);
    const mentees = cohort.mentees.filter((m) => m.programmeId === 'etwinning-mentors-2026').slice(0, 4);
    const csv = writeCsv([fields, ...mentees.map((m, i) => FORM_COLUMNS.map(([, cell]) => (i === 1 && cell(m) === m.displayName ? 'Au#ra P.' : cell(m))))]);
    // Saved by a spreadsheet as Windows-1257, where "š" is the byte 0xF0.
    const bytes = new TextEncoder().encode(csv);
    bytes[bytes.findIndex((b, i) => b === 0x23 && bytes[i - 1] === 0x75 && bytes[i - 2] === 0x41)] = 0xf0;
    const original = console.error;
    console.error = () => undefined;
    try {
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} .mentors=${cohort.mentors} .programme=${cohort.programmes}></mentor-pair-preview>`);
      pickFile(element, '#file-mentees', 'mentees.csv', bytes);
      await waitUntil(() => element.shadowRoot?.querySelector('#load-issues')?.textContent?.includes('the file is not UTF-8'), 'encoding not named', { timeout: 10_000 });
      await waitUntil(() => element.shadowRoot?.querySelector('li.status[data-source="mentees"]:not(:empty)'), 'no mentees status', { timeout: 10_000 });
      expect(find(element, 'li.status[data-source="mentees"]').className, 'no mentee taken from a garbled file').to.equal('status status--error');
      expect(element.suggestion).to.equal(undefined);
    } finally {
      console.error = original;
    }
  });

  it('turns a file that is not CSV or JSON into listed problems, never a crash', async () => {
    const cohort = await sampleCohort();
    const original = console.error;
    console.error = () => undefined;
    try {
      const element = await fixture<MentorPairPreview>(html`<mentor-pair-preview worker-src=${WORKER_SRC} .mentors=${cohort.mentors}></mentor-pair-preview>`);
      pickFile(element, '#file-mentees', 'mentees.csv', '\n\n');
      await waitUntil(() => element.shadowRoot?.querySelector('#load-issues'), 'no issues listed', { timeout: 5000 });
      expect(find(element, '#load-issues').textContent).to.contain('the file has no header row');
      // A spreadsheet's regional CSV (Windows-1257: 0xE2 is ā) rather than UTF-8.
      pickFile(element, '#file-mentees', 'mentees.csv', new Uint8Array([...new TextEncoder().encode('id;displayName\ne-1;'), 0x4a, 0xe2, 0x6e, 0x69, 0x73, 0x0a]));
      await waitUntil(() => find(element, '#load-issues').textContent?.includes('the file is not UTF-8'), 'encoding not named', { timeout: 10_000 });
      // A hand-edited list missing the comma between two records: the place is named, so a long file can be mended.
      pickFile(element, '#file-mentees', 'mentees.json', '[\n  {"id": "e-1"}\n  {"id": "e-2"}\n]');
      await waitUntil(() => find(element, '#load-issues').textContent?.includes('is not valid JSON (line 3, column 3)'), 'JSON error not placed', { timeout: 10_000 });
      pickFile(element, '#file-mapping', 'mapping.json', JSON.stringify({ Languages: { field: 'languages', type: 'colour' } }));
      pickFile(element, '#file-mentees', 'mentees.csv', 'Languages\net:native\n');
      await waitUntil(() => find(element, '#load-issues').textContent?.includes('the column mapping cannot be read'), 'mapping error not listed', { timeout: 10_000 });
      expect(element.suggestion).to.equal(undefined);
      await expect(element).to.be.accessible();
    } finally {
      console.error = original;
    }
  });
});
