// @ts-check
import { describe, expect, it } from 'vitest';
import { declineRequest } from '../answers/request-answers.js';
import { DAY, setUp } from '../answers/testing/answer-test-context.js';
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
