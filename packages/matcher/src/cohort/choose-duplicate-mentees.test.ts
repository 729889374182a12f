import { describe, expect, it } from 'vitest';
import type { Mentee } from '../model/index.js';
import { chooseDuplicateMentees, type DuplicateFacts } from './choose-duplicate-mentees.js';

const mentee = (id: string, submittedAt: string) => ({ id, private: { submittedAt } }) as unknown as Mentee;
const records = [mentee('e-1', '2025-10-02T19:09:00Z'), mentee('e-2', '2025-10-02T19:03:00Z'), mentee('e-3', '2025-10-02T19:03:00Z')];
const best: Record<string, number> = { 'e-1': 0.6, 'e-2': 0.9, 'e-3': -Infinity };
const facts = (fixed: string[] = []): DuplicateFacts => ({
  mentees: new Map(records.map((m) => [m.id, m])),
  fixed: new Set(fixed),
  bestScore: (id) => best[id] ?? -Infinity,
});
const group = ['e-1', 'e-2', 'e-3'];
const entries = (m: Map<string, string>) => [...m.entries()];

describe('chooseDuplicateMentees', () => {
  it('keeps the first submission by default (ties by id), the last, or the best-scoring record', () => {
    expect(entries(chooseDuplicateMentees([group], facts()))).toEqual([['e-1', 'e-2'], ['e-3', 'e-2']]);
    expect(entries(chooseDuplicateMentees([group], facts(), { keep: 'last' }))).toEqual([['e-2', 'e-1'], ['e-3', 'e-1']]);
    expect(entries(chooseDuplicateMentees([group], facts(), { keep: 'best' }))).toEqual([['e-1', 'e-2'], ['e-3', 'e-2']]);
    best['e-1'] = 0.95;
    expect(entries(chooseDuplicateMentees([group], facts(), { keep: 'best' }))).toEqual([['e-2', 'e-1'], ['e-3', 'e-1']]);
    best['e-1'] = 0.6;
  });

  it("keeps the coordinator's choice, a pinned or already-paired record, or every record when asked", () => {
    expect(entries(chooseDuplicateMentees([group], facts(), { chosen: ['e-3'] }))).toEqual([['e-1', 'e-3'], ['e-2', 'e-3']]);
    expect(entries(chooseDuplicateMentees([group], facts(['e-1']), { chosen: ['e-3'] }))).toEqual([['e-2', 'e-1'], ['e-3', 'e-1']]);
    expect(entries(chooseDuplicateMentees([group], facts(), { keep: 'all' }))).toEqual([]);
    expect(entries(chooseDuplicateMentees([group], facts(), { keep: 'all', chosen: ['e-2'] }))).toEqual([['e-1', 'e-2'], ['e-3', 'e-2']]);
    // An unknown keep falls back to the default.
    expect(entries(chooseDuplicateMentees([group], facts(), { keep: 'newest' as never }))).toEqual([['e-1', 'e-2'], ['e-3', 'e-2']]);
  });
});
