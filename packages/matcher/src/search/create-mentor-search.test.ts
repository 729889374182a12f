import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { loadSample } from '../../../../test/sample-data.js';
import { vocabularyLabels } from '../i18n/index.js';
import type { AnyMentor, Mentor, PublicMentor } from '../model/index.js';
import { tokenize } from '../text/index.js';
import { toPublicMentors } from '../validation/to-public-mentor.js';
import { createMentorSearch } from './create-mentor-search.js';
import { searchWords } from './search-words.js';
import type { MentorFilters } from './types.js';

const SAMPLE = loadSample<Mentor[]>('mentors');
const LOCALES = ['en', 'et', 'fi', 'lt', 'lv'] as const;

function mentor(id: string, overrides: Partial<Mentor> = {}): Mentor {
  return {
    id,
    programmeId: 'p-1',
    status: 'active',
    displayName: `Mentor ${id}`,
    country: 'EE',
    timezone: 'Europe/Tallinn',
    languages: [{ code: 'et', level: 'native' }],
    role: 'teacher',
    topics: [],
    bio: { en: 'Teacher.' },
    experience: { yearsInProfession: 10 },
    eligibility: { yearsOfExperience: 10, mentorTraining: { completed: true } },
    availability: { from: '2026-01-01', to: '2026-06-30', meetingModes: ['video'] },
    capacity: { maxMentees: 2, currentMentees: 0, acceptingRequests: true },
    private: {
      givenName: 'G',
      familyName: 'F',
      email: 'x@example.org',
      consent: { givenAt: '2025-01-01T00:00:00Z', noticeVersion: '1' },
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    },
    ...overrides,
  };
}

const ids = (hits: { mentor: AnyMentor }[]): string[] => hits.map((hit) => hit.mentor.id);

describe('createMentorSearch: diacritics', () => {
  const search = createMentorSearch([
    mentor('a', { displayName: 'Jõe Tamm' }),
    mentor('b', { displayName: 'Šarūnas K.' }),
    mentor('c', { displayName: 'Joe Smith' }),
    mentor('d', { displayName: 'Sarunas P.', bio: { et: 'Aitan kvaliteedimargi taotlusega.' } }),
    mentor('e', { displayName: 'Liis', bio: { lv: 'Palīdzu ar kvalitātes zīmi.' } }),
  ]);

  it('finds names with diacritics from a plain query', () => {
    expect(ids(search.search('joe'))).toEqual(['a', 'c']);
    expect(ids(search.search('sarunas'))).toEqual(['b', 'd']);
  });

  it('finds plain text from a query with diacritics', () => {
    expect(ids(search.search('Jõe'))).toEqual(['a', 'c']);
    expect(ids(search.search('ŠARŪNAS'))).toEqual(['b', 'd']);
    expect(ids(search.search('kvaliteedimärgi'))).toEqual(['d']);
    expect(ids(search.search('kvalitates zimi'))).toEqual(['e']);
  });
});

describe('createMentorSearch: typos and prefixes', () => {
  const records = [
    mentor('m1', { bio: { en: 'I help with finding partners and Quality Label applications.' } }),
    mentor('m2', { bio: { en: 'TwinSpace pages, forums and inviting pupils.' } }),
    mentor('m3', { bio: { en: 'School leadership and whole-school projects.' } }),
    mentor('m4', { bio: { en: 'Partner schools for STEM projects; quality of teaching.' } }),
  ];
  const search = createMentorSearch(records);

  it('tolerates a missing letter', () => {
    expect(ids(search.search('partnr'))).toEqual(expect.arrayContaining(['m1', 'm4']));
    expect(ids(search.search('partnr'))).not.toContain('m3');
    expect(ids(search.search('twinspce'))).toEqual(['m2']);
  });

  it('matches every word of a query with a typo in one of them', () => {
    expect(ids(search.search('qualty label'))).toEqual(['m1']);
  });

  it('completes the word being typed', () => {
    expect(ids(search.search('partn'))).toEqual(['m4', 'm1']);
    expect(ids(search.search('quality lab'))).toEqual(['m1']);
    expect(ids(search.search('twin'))).toEqual(['m2']);
  });

  it('requires every word (AND)', () => {
    expect(ids(search.search('partner stem'))).toEqual(['m4']);
    expect(search.search('partner leadership')).toEqual([]);
  });

  it('with match "some", finds mentors with any word, more words first, and reports only the words found', () => {
    const hits = search.search('partner quality leadership', {}, { match: 'some' });
    // m4 and m1 have two of the three words; m3 only "leadership"; m2 none.
    expect(ids(hits)).toEqual(['m4', 'm1', 'm3']);
    expect(hits[2]!.matched).toEqual(['leadership']);
    expect(hits[0]!.score).toBeGreaterThan(hits[2]!.score);
    expect(search.search('partner leadership', {}, { match: 'some', limit: 1 })).toHaveLength(1);
    expect(ids(search.search('partner stem', {}, { match: 'all' }))).toEqual(['m4']);
    expect(search.search('nothing-like-this', {}, { match: 'some' })).toEqual([]);
  });

  it('with match "some", leaves out a word most mentors have and a word of one or two letters being typed', () => {
    // "and" is in three of the four bios: it would list them all, whatever the other words.
    expect(ids(search.search('robotics and leadership', {}, { match: 'some' }))).toEqual(['m3']);
    expect(search.search('robotics and', {}, { match: 'some' })).toEqual([]);
    expect(ids(search.search('leadership tw', {}, { match: 'some' }))).toEqual(['m3']);
    expect(ids(search.search('leadership twi', {}, { match: 'some' }))).toEqual(['m3', 'm2']);
    expect(ids(search.search('and'))).toEqual(['m1', 'm2', 'm3']);
  });

  it('with match "some", applies the filters', () => {
    const filtered = createMentorSearch([...records, mentor('m5', { country: 'FI', bio: { en: 'Leadership.' } })]);
    expect(ids(filtered.search('partner leadership', { countries: ['FI'] }, { match: 'some' }))).toEqual(['m5']);
  });

  it('ranks an exact word above a completion', () => {
    // "partner" is exact for m4 and only a prefix of "partners" for m1.
    expect(ids(search.search('partner'))).toEqual(['m4', 'm1']);
    const [first, second] = search.search('partner');
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('reports the matched index terms', () => {
    const [hit] = search.search('qualty lab');
    expect(hit!.matched).toEqual(['quality', 'label']);
    expect(search.search('partn', {}, { limit: 1 })[0]!.matched).toEqual(['partner']);
  });

  it('does not invent matches for an unrelated word', () => {
    expect(search.search('xylophone')).toEqual([]);
  });
});

describe('createMentorSearch: fields and ranking', () => {
  const twinspaceWord = tokenize(vocabularyLabels('topic', 'twinspace').en)[0]!;

  it('ranks a name above a topic label above a bio', () => {
    const search = createMentorSearch([
      mentor('bio', { bio: { en: `I like ${twinspaceWord}.` } }),
      mentor('topic', { topics: ['twinspace'] }),
      mentor('name', { displayName: `${twinspaceWord} Tamm` }),
    ]);
    expect(ids(search.search(twinspaceWord))).toEqual(['name', 'topic', 'bio']);
  });

  it('ranks a word found in more fields higher, never above a heavier field', () => {
    const search = createMentorSearch([
      mentor('a-topic', { topics: ['twinspace'] }),
      mentor('z-topic-and-bio', { topics: ['twinspace'], bio: { en: `${twinspaceWord} pages`, et: twinspaceWord } }),
      mentor('zz-name', { displayName: twinspaceWord }),
    ]);
    expect(ids(search.search(twinspaceWord))).toEqual(['zz-name', 'z-topic-and-bio', 'a-topic']);
  });

  it('indexes topic and subject labels in all five locales', () => {
    const search = createMentorSearch(SAMPLE);
    for (const [kind, field, id] of [
      ['topic', 'topics', 'national-quality-label'],
      ['subject', 'subjects', 'environmental-education'],
    ] as const) {
      const having = SAMPLE.filter((m) => (m[field] ?? []).includes(id)).map((m) => m.id);
      for (const locale of LOCALES) {
        const label = vocabularyLabels(kind, id)[locale];
        const found = ids(search.search(`${label} `));
        expect(found, `${kind} ${id} ${locale}: ${label}`).toEqual(expect.arrayContaining(having));
      }
    }
  });

  it('searches region, in-person town, role label and bios in every language', () => {
    const search = createMentorSearch([
      mentor('r', { region: 'Ida-Virumaa' }),
      mentor('b', { bio: { el: 'Καθηγήτρια φυσικής', ka: 'მასწავლებელი', uk: 'Вчителька історії' } }),
      mentor('c', { role: 'career-counsellor' }),
    ]);
    expect(ids(search.search('virumaa'))).toEqual(['r']);
    // The town for meeting in person is where a visitor looks too.
    const inPerson = createMentorSearch([
      mentor('n', { region: 'Ida-Virumaa', availability: { from: '2026-01-01', to: '2026-06-30', meetingModes: ['video', 'in-person'], inPersonArea: 'Narva' } }),
      mentor('t', { region: 'Harjumaa' }),
    ]);
    expect(ids(inPerson.search('narva'))).toEqual(['n']);
    expect(ids(search.search('φυσικης'))).toEqual(['b']);
    expect(ids(search.search('მასწავლებელი'))).toEqual(['b']);
    expect(ids(search.search('вчителька'))).toEqual(['b']);
    const roleWord = tokenize(vocabularyLabels('role', 'career-counsellor').en).at(-1)!;
    expect(ids(search.search(roleWord))).toContain('c');
  });
});

describe('createMentorSearch: filters', () => {
  const records: AnyMentor[] = [
    mentor('ee', {
      languages: [{ code: 'et', level: 'native' }, { code: 'en', level: 'C1' }],
      subjects: ['history'],
      schoolLevels: ['primary'],
      topics: ['partner-finding'],
    }),
    mentor('fi', {
      country: 'FI',
      languages: [{ code: 'fi', level: 'native' }],
      subjects: ['music'],
      schoolLevels: ['vet'],
      topics: ['twinspace'],
    }),
    mentor('full', { country: 'LT', capacity: { maxMentees: 2, currentMentees: 2, acceptingRequests: true } }),
    mentor('closed', { country: 'LV', capacity: { maxMentees: 2, currentMentees: 0, acceptingRequests: false } }),
    mentor('paused', { status: 'paused', topics: ['partner-finding'] }),
    publicMentor('pub-open', 'available'),
    publicMentor('pub-full', 'full'),
  ];
  const search = createMentorSearch(records);
  const filtered = (filters: MentorFilters): string[] => ids(search.search('', filters)).sort();

  it('filters by each kind, any value within a kind', () => {
    expect(filtered({ languages: ['en'] })).toEqual(['ee']);
    expect(filtered({ languages: ['en', 'fi'] })).toEqual(['ee', 'fi']);
    expect(filtered({ countries: ['FI', 'LT'] })).toEqual(['fi', 'full']);
    expect(filtered({ subjects: ['music'] })).toEqual(['fi']);
    expect(filtered({ schoolLevels: ['primary'] })).toEqual(['ee']);
    expect(filtered({ topics: ['partner-finding'] })).toEqual(['ee', 'paused']);
  });

  it('keeps only mentors open for requests', () => {
    expect(filtered({ availableOnly: true })).toEqual(['ee', 'fi', 'pub-open']);
  });

  it('combines kinds with AND', () => {
    expect(filtered({ topics: ['partner-finding'], availableOnly: true })).toEqual(['ee']);
    expect(filtered({ countries: ['EE'], languages: ['fi'] })).toEqual([]);
  });

  it('compares values case-insensitively and ignores empty lists', () => {
    expect(filtered({ countries: ['fi'], languages: ['FI'] })).toEqual(['fi']);
    expect(filtered({ countries: [], topics: [] })).toHaveLength(records.length);
  });

  it('matches nothing for a value absent from the data', () => {
    expect(filtered({ countries: ['ZZ'] })).toEqual([]);
  });

  it('applies filters to text searches', () => {
    const text = createMentorSearch([
      mentor('a', { bio: { en: 'partner schools' } }),
      mentor('b', { country: 'FI', bio: { en: 'partner schools' } }),
    ]);
    expect(ids(text.search('partner', { countries: ['FI'] }))).toEqual(['b']);
  });
});

function publicMentor(id: string, status: 'available' | 'full'): PublicMentor {
  const { private: _hidden, capacity, ...base } = mentor(id, { country: 'SE' });
  return { ...base, capacity: { maxMentees: capacity.maxMentees, status, acceptingRequests: true } };
}

describe('createMentorSearch: empty query', () => {
  const names = ['Zoja', 'Šarūnas', 'Sander', 'Tiit', 'Õie', 'Ärni'];
  const search = createMentorSearch(names.map((displayName, i) => mentor(`n${i}`, { displayName })));
  const listed = (locale: string): string[] =>
    search.search('', {}, { locale }).map((hit) => hit.mentor.displayName);

  it('sorts names with the collation of the locale', () => {
    // Estonian: s š z ž t ... õ ä ö ü; English folds accents into their base letter.
    expect(listed('et')).toEqual(['Sander', 'Šarūnas', 'Zoja', 'Tiit', 'Õie', 'Ärni']);
    expect(listed('en')).toEqual(['Ärni', 'Õie', 'Sander', 'Šarūnas', 'Tiit', 'Zoja']);
  });

  it('breaks ties of equal names by id, whatever the input order', () => {
    const twins = [mentor('b', { displayName: 'Eve' }), mentor('a', { displayName: 'Eve' }), mentor('c', { displayName: 'Ann' })];
    expect(ids(createMentorSearch(twins).search(''))).toEqual(['c', 'a', 'b']);
    expect(ids(createMentorSearch([...twins].reverse()).search(''))).toEqual(['c', 'a', 'b']);
  });

  it('falls back to the default locale for an invalid tag', () => {
    expect(listed('not a locale!!')).toEqual(listed('en'));
  });

  it('honours the limit', () => {
    expect(search.search('', {}, { limit: 2, locale: 'et' }).map((h) => h.mentor.displayName)).toEqual(['Sander', 'Šarūnas']);
    expect(search.search('', {}, { limit: 0 })).toEqual([]);
  });
});

describe('createMentorSearch: determinism', () => {
  it('breaks score ties by id', () => {
    const search = createMentorSearch(['m-3', 'm-1', 'm-2'].map((id) => mentor(id, { bio: { en: 'Partner finding.' } })));
    expect(ids(search.search('partner'))).toEqual(['m-1', 'm-2', 'm-3']);
  });

  const queries = ['', 'partner', 'partn', 'kvaliteedi', 'qualty label', 'twinspce', 'õpetaja', 'career'];
  const reference = createMentorSearch(SAMPLE);
  const expected = queries.map((q) => ids(reference.search(q, {}, { locale: 'et' })));

  test.prop([fc.shuffledSubarray(SAMPLE.map((_, i) => i), { minLength: SAMPLE.length })], { numRuns: 25 })(
    'gives the same order for any input order',
    (order) => {
      const shuffled = createMentorSearch(order.map((i) => SAMPLE[i]!));
      queries.forEach((q, i) => expect(ids(shuffled.search(q, {}, { locale: 'et' })), q).toEqual(expected[i]));
    },
  );

  it('finds sample mentors at all', () => {
    expect(expected[1]!.length).toBeGreaterThan(3);
    expect(expected[0]).toHaveLength(SAMPLE.length);
  });
});

describe('createMentorSearch: garbage input', () => {
  it('indexes records with null-ish and mistyped fields', () => {
    const broken = [
      { id: 'x1', displayName: null, bio: null, languages: 'et', topics: null, capacity: null },
      { id: 'x2', displayName: 42, bio: ['not', 'localized'], subjects: [1, null, 'music'], region: {} },
      { displayName: 'No Id', bio: { en: 'partner' } },
      mentor('ok', { bio: { en: 'partner' } }),
    ] as unknown as AnyMentor[];
    const search = createMentorSearch(broken);
    expect(search.size).toBe(4);
    expect(ids(search.search('partner'))).toEqual([undefined, 'ok']);
    expect(search.search('', { subjects: ['music'] })).toHaveLength(1);
    expect(search.search('', { availableOnly: true }).map((h) => h.mentor)).toEqual([broken[3]]);
    expect(search.search('')).toHaveLength(4);
  });

  it('reports entries that are not records instead of failing', () => {
    const search = createMentorSearch([null, 'x', mentor('a'), [1], 7] as unknown as AnyMentor[]);
    expect(search.size).toBe(1);
    expect(search.skipped).toEqual([
      { index: 0, code: 'not-a-record' },
      { index: 1, code: 'not-a-record' },
      { index: 3, code: 'not-a-record' },
      { index: 4, code: 'not-a-record' },
    ]);
    expect(createMentorSearch(null as unknown as AnyMentor[]).search('x')).toEqual([]);
  });

  it('survives huge queries, regex metacharacters and odd arguments', () => {
    const search = createMentorSearch(SAMPLE);
    const huge = 'partner '.repeat(50_000);
    expect(Array.isArray(search.search(huge))).toBe(true);
    for (const q of ['.*', '(((', '[a-z]+', '\\', '$^|?', 'a+b*', '%s %d', '\u0000\uffff', '\ud800']) {
      expect(Array.isArray(search.search(q)), q).toBe(true);
    }
    const odd = [
      [undefined as unknown as string],
      [42 as unknown as string, null as unknown as MentorFilters],
      ['partner', { languages: 'et', countries: 5, availableOnly: 'yes' } as unknown as MentorFilters],
      ['partner', {}, { limit: -1, locale: 12 as unknown as string }],
      ['partner', {}, { limit: Number.NaN }],
    ] as const;
    for (const args of odd) expect(Array.isArray(search.search(...(args as [string])))).toBe(true);
    expect(search.search('', { languages: 'et' } as unknown as MentorFilters).length).toBeGreaterThan(0);
  });

  it('never mutates its input', () => {
    const copy = structuredClone(SAMPLE);
    const frozen = deepFreeze(structuredClone(SAMPLE));
    const search = createMentorSearch(frozen);
    search.search('partner', { languages: ['et'], availableOnly: true }, { locale: 'et' });
    search.search('');
    expect(frozen).toEqual(copy);
  });
});

describe('createMentorSearch: facets', () => {
  it('lists every value in the data with its count, most frequent first, ties by value', () => {
    const facets = createMentorSearch(SAMPLE).facets();
    const count = (values: string[]) =>
      [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())]
        .map(([value, n]) => ({ value, count: n }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    expect(facets.languages).toEqual(count(SAMPLE.flatMap((m) => m.languages.map((l) => l.code))));
    expect(facets.countries).toEqual(count(SAMPLE.map((m) => m.country)));
    expect(facets.subjects).toEqual(count(SAMPLE.flatMap((m) => m.subjects ?? [])));
    expect(facets.schoolLevels).toEqual(count(SAMPLE.flatMap((m) => m.schoolLevels ?? [])));
    expect(facets.topics).toEqual(count(SAMPLE.flatMap((m) => m.topics)));
    expect(facets.countries[0]).toEqual({ value: 'EE', count: 16 });
  });

  it('agrees with the filters', () => {
    const search = createMentorSearch(SAMPLE);
    for (const { value, count } of search.facets().topics) {
      expect(search.search('', { topics: [value] }), value).toHaveLength(count);
    }
  });

  it('is empty for no mentors', () => {
    expect(createMentorSearch([]).facets()).toEqual({ languages: [], countries: [], subjects: [], schoolLevels: [], topics: [] });
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

describe('createMentorSearch forgives a letter, inflections, compounds and languages', () => {
  const published = toPublicMentors(SAMPLE);
  const search = createMentorSearch(published);
  const ids = (query: string) => search.search(query).map((h) => h.mentor.id);
  const sorted = (query: string) => ids(query).sort();

  it('finds with one edit in words of 5+ letters what the right spelling finds', () => {
    expect(ids('kvaliteedimärk').length).toBeGreaterThanOrEqual(8);
    expect(sorted('kvaliteedimärg')).toEqual(expect.arrayContaining(sorted('kvaliteedimärk')));
    expect(sorted('robotika')).toEqual(sorted('robootika'));
    expect(sorted('robotika')).toEqual(expect.arrayContaining(['m-ee-02', 'm-lv-02']));
    // A swap of neighbours is one edit.
    expect(sorted('parnter')).toEqual(expect.arrayContaining(sorted('partner').slice(0, 5)));
  });

  it('allows two edits from 9 letters and none below 5', () => {
    const pool = [
      mentor('m-1', { bio: { en: 'Collaboration across schools.' } }),
      mentor('m-2', { bio: { en: 'Music and drama.' } }),
      mentor('m-3', { bio: { en: 'Teaching robots.' } }),
    ];
    const small = createMentorSearch(pool);
    const found = (q: string) => small.search(q).map((h) => h.mentor.id);
    expect(found('colaboraton')).toEqual(['m-1']);
    expect(found('colabraton')).toEqual([]);
    expect(found('musik')).toEqual(['m-2']);
    expect(found('muzic')).toEqual(['m-2']);
    expect(found('musak')).toEqual([]);
    expect(found('rbots')).toEqual(['m-3']);
    expect(found('dama')).toEqual([]);
  });

  it('finds inflected forms and compounds in Estonian, Finnish, Latvian and Lithuanian', () => {
    const pool = [
      mentor('m-et', { bio: { et: 'Töötan lasteaias, otsin partnerkoole ja juhendan kvaliteedimärgi taotlejaid.' } }),
      mentor('m-fi', { bio: { fi: 'Olen lastentarhanopettaja ja ohjaan eTwinning-hankkeita.' } }),
      mentor('m-lv', { bio: { lv: 'Strādāju bērnudārzā, vadu projektus.' } }),
      mentor('m-lt', { bio: { lt: 'Dirbu vaikų darželyje, mokau mokytojus.' } }),
      mentor('m-x', { bio: { en: 'Secondary school physics.' } }),
    ];
    const small = createMentorSearch(pool);
    const found = (q: string) => small.search(q).map((h) => h.mentor.id);
    expect(found('lasteaed')).toEqual(['m-et']);
    expect(found('kvaliteedimärk')).toEqual(['m-et']);
    expect(found('kool')).toEqual(['m-et']);
    expect(found('märgi')).toEqual(['m-et']);
    expect(found('lastentarha')).toEqual(['m-fi']);
    expect(found('hanke')).toEqual(['m-fi']);
    expect(found('bērnudārzs')).toEqual(['m-lv']);
    expect(found('projekts')).toEqual(['m-lv']);
    expect(found('darželis')).toEqual(['m-lt']);
    expect(found('darželio')).toEqual(['m-lt']);
  });

  it('finds the same mentors by a school level, topic or subject label in any language', () => {
    const early = published.filter((m) => m.schoolLevels?.includes('early-childhood')).map((m) => m.id).sort();
    expect(early.length).toBeGreaterThanOrEqual(3);
    for (const word of ['kindergarten', 'lasteaed', 'lastentarha', 'bērnudārzs', 'darželis', 'varhaiskasvatus', 'alusharidus']) {
      expect(sorted(word), word).toEqual(expect.arrayContaining(early));
    }
    expect(sorted('kindergarten')).toEqual(sorted('lastentarha'));
    expect(sorted('bērnudārzs')).toEqual(sorted('darželis'));
  });

  it('ranks the exact word above an inflected form, a compound and a typo, ties by id', () => {
    const pool = [
      mentor('m-typo', { bio: { et: 'Robotika ring.' } }),
      mentor('m-exact', { bio: { et: 'Robootika ring.' } }),
      mentor('m-compound', { bio: { et: 'Robootikaringi juht.' } }),
      mentor('m-exact-2', { bio: { et: 'Robootika klubi.' } }),
    ];
    const small = createMentorSearch(pool);
    const hits = small.search('robootika');
    expect(hits.map((h) => h.mentor.id)).toEqual(['m-exact', 'm-exact-2', 'm-compound', 'm-typo']);
    expect(hits[0]!.score).toBeGreaterThan(hits[2]!.score);
    expect(hits[2]!.score).toBeGreaterThan(hits[3]!.score);
    const reversed = createMentorSearch([...pool].reverse()).search('robootika');
    expect(reversed.map((h) => h.mentor.id)).toEqual(hits.map((h) => h.mentor.id));
  });
});

describe('createMentorSearch: case endings of the four languages', () => {
  const published = toPublicMentors(SAMPLE);
  const search = createMentorSearch(published);
  const found = (query: string) => search.search(query).map((h) => h.mentor.id).sort();
  /** Sample mentors whose bio or role label, in any language, has a word holding `base`. */
  const holding = (base: string) => {
    const [stem] = searchWords(base);
    return published
      .filter((m) => {
        const texts = [...Object.values(m.bio ?? {}), ...Object.values(vocabularyLabels('role', m.role))];
        return texts.some((text) => searchWords(text ?? '').some((word) => word.includes(stem!)));
      })
      .map((m) => m.id)
      .sort();
  };

  // "exactly": no unrelated mentor comes along with the shorter stem.
  it.each([
    ['õpetajatele', 'exactly', 'õpetaja'],
    ['opettajille', 'exactly', 'opettaja'],
    ['skolotājiem', 'exactly', 'skolotāj'],
    ['partnerite', 'at least', 'partner'],
    ['koolide', 'at least', 'kooli'],
    ['projektien', 'at least', 'projekt'],
    ['mokytojams', 'at least', 'mokytoj'],
  ])('%s finds %s the mentors whose bio or role holds "%s"', (query, how, base) => {
    const expected = holding(base);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(found(query)).toEqual(how === 'exactly' ? expected : expect.arrayContaining(expected));
  });

  it('does not let a short stem left by an ending match inside unrelated words', () => {
    const small = createMentorSearch([
      mentor('m-env', { bio: { en: 'Environmental education.' } }),
      mentor('m-fi', { bio: { fi: 'Yhteistyö ja koulutus.' } }),
      mentor('m-int', { bio: { en: 'International cooperation.' } }),
    ]);
    const none = (query: string) => expect(small.search(query), query).toEqual([]);
    // "Viro" (Estonia) is inside "environmental", "Oulu" inside "koulutus", "teis" inside "yhteistyö".
    none('Virosta');
    none('Oulusta');
    none('teistele');
    // "-ėse" is a Lithuanian ending, but "interese" is "interes" + "-e", and "inter" would find "international".
    none('interese');
  });
});
