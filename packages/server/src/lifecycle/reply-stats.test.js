// @ts-check
import { describe, expect, it } from 'vitest';
import { declineRequest } from '../answers/request-answers.js';
import { DAY, MENTORS, PROGRAMMES, setUp } from '../answers/testing/answer-test-context.js';
import { createMentorDirectory } from '../directory/create-mentor-directory.js';
import { replyStats } from './reply-stats.js';

describe('reply statistics', () => {
  it('count answers per mentor and give a typical time only from three answers on', () => {
    const { ctx, relay, advance, db } = setUp();
    const answer = (/** @type {string} */ id, /** @type {number} */ afterDays) => {
      const links = relay('m-ee-03', id);
      advance(afterDays * DAY);
      declineRequest(ctx, links.decline, '');
    };
    answer('a', 1);
    answer('b', 4);
    expect(replyStats(db).get('m-ee-03')).toEqual({ answered: 2, medianDays: 2.5 });
    answer('c', 2.2);
    expect(replyStats(db).get('m-ee-03')).toEqual({ answered: 3, medianDays: 2.2, usuallyAnswersWithinDays: 3 });
    relay('m-ee-04', 'open-one');
    expect(replyStats(db).has('m-ee-04')).toBe(false);
  });
});

describe('reply statistics in the public mentor JSON', () => {
  it('show “usually answers within N days” from the third answer on, and leave the order of mentors alone', () => {
    const { ctx, relay, advance, db } = setUp();
    const directory = createMentorDirectory({ db, mentors: MENTORS, programmes: PROGRAMMES, replyStats: () => replyStats(db) });
    /** @returns {{ id: string, usuallyAnswersWithinDays?: number }[]} */
    const published = () => JSON.parse(directory.publicJson());
    const order = published().map((m) => m.id);
    const shown = () => published().find((m) => m.id === 'm-ee-03')?.usuallyAnswersWithinDays;
    for (const [id, days] of /** @type {[string, number][]} */ ([['a', 1.5], ['b', 0.2], ['c', 3.1]])) {
      expect(shown()).toBeUndefined();
      const links = relay('m-ee-03', id);
      advance(days * DAY);
      declineRequest(ctx, links.decline, '');
      directory.invalidate();
    }
    expect(shown()).toBe(2);
    expect(published().map((m) => m.id)).toEqual(order);
    expect(published().filter((m) => m.usuallyAnswersWithinDays !== undefined).map((m) => m.id)).toEqual(['m-ee-03']);
  });
});
