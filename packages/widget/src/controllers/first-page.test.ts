import { expect } from '@open-wc/testing';
import { sampleMentors } from '../../test/helpers.js';
import { isCardReady } from '../components/mentor-finder/is-card-ready.js';
import { firstPage } from './first-page.js';

const ids = (mentors: { id: string }[]): string[] => mentors.map((mentor) => mentor.id);

describe('firstPage', () => {
  for (const locale of ['en', 'et', 'fi', 'lt', 'lv']) {
    it(`gives the first mentors in the order Intl.Collator gives them (${locale})`, async () => {
      const mentors = await sampleMentors();
      const collator = new Intl.Collator(locale);
      const expected = [...mentors].sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1));
      expect(ids(firstPage(mentors, 10, locale, isCardReady))).to.deep.equal(ids(expected.slice(0, 10)));
    });
  }

  it('leaves out records a card cannot show, and ties by id', async () => {
    const [first] = await sampleMentors();
    const records = [{ id: 'x', displayName: 'AAA' }, { ...first!, id: 'b', displayName: 'Aaa' }, { ...first!, id: 'a', displayName: 'Aaa' }, 'text', null];
    expect(ids(firstPage(records, 5, 'en', isCardReady))).to.deep.equal(['a', 'b']);
  });

  it('checks only the records it takes and those it skips before them, in name order', async () => {
    const mentors = await sampleMentors();
    const checked: string[] = [];
    const ready = (record: unknown): record is (typeof mentors)[number] => {
      checked.push((record as { id: string }).id);
      return isCardReady(record);
    };
    const broken = { ...mentors[0]!, id: 'broken', displayName: 'Aaa', languages: 'none' };
    const page = firstPage([...mentors, broken], 3, 'en', ready);
    expect(ids(page)).to.deep.equal(ids(firstPage(mentors, 3, 'en', isCardReady)));
    expect(checked).to.deep.equal(['broken', ...ids(page)]);
  });
});
