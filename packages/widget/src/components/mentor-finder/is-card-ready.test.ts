import { expect } from '@open-wc/testing';
import { sampleMentors } from '../../../test/helpers.js';
import { isCardReady } from './is-card-ready.js';

describe('isCardReady', () => {
  it('accepts every sample mentor', async () => {
    expect((await sampleMentors()).filter((mentor) => !isCardReady(mentor as unknown)).map((mentor) => mentor.id)).to.deep.equal([]);
  });

  it('accepts a record without the optional fields a card can do without', async () => {
    const { region, availability, subjects, schoolLevels, bio, photoUrl, takesRequests, usuallyAnswersWithinDays, ...rest } = (await sampleMentors())[0]!;
    void [region, availability, subjects, schoolLevels, bio, photoUrl, takesRequests, usuallyAnswersWithinDays];
    expect(isCardReady(rest)).to.equal(true);
  });

  const broken: [string, Record<string, unknown>][] = [
    ['no id', { id: undefined }],
    ['an empty id', { id: '' }],
    ['a numeric name', { displayName: 7 }],
    ['no country', { country: undefined }],
    ['a region that is not text', { region: ['Tartu'] }],
    ['languages as text', { languages: 'et' }],
    ['a language without its level', { languages: [{ code: 'et' }] }],
    ['no capacity', { capacity: undefined }],
    ['accepting requests as text', { capacity: { maxMentees: 1, status: 'available', acceptingRequests: 'yes' } }],
    ['meeting modes as text', { availability: { meetingModes: 'online' } }],
    ['an in-person area that is not text', { availability: { meetingModes: ['in-person'], inPersonArea: 5 } }],
    ['topics with a number', { topics: ['mentoring', 3] }],
    ['a bio as text', { bio: 'Hello' }],
    ['a bio with a number', { bio: { en: 1 } }],
    ['a photo URL that is not text', { photoUrl: {} }],
    ['takesRequests as text', { takesRequests: 'true' }],
  ];
  for (const [what, change] of broken) {
    it(`refuses a record with ${what}`, async () => {
      const mentor = { ...(await sampleMentors())[0]!, ...change };
      expect(isCardReady(mentor)).to.equal(false);
    });
  }

  it('refuses what is not a record', () => {
    for (const value of [null, undefined, 'mentor', 3, [], [{}]]) expect(isCardReady(value)).to.equal(false);
  });
});
