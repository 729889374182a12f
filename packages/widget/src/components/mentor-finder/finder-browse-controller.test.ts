import { expect } from '@open-wc/testing';
import type { MentorFilters, PublicMentor } from '@mentor-finder/matcher';
import type { ReactiveControllerHost } from 'lit';
import { FinderBrowseController } from './finder-browse-controller.js';

function setUp() {
  const calls: { text: string; filters: MentorFilters }[] = [];
  let updates = 0;
  let changes = 0;
  const host = { requestUpdate: () => void (updates += 1) } as unknown as ReactiveControllerHost;
  const browse = new FinderBrowseController(host, {
    hits: (text, filters) => {
      calls.push({ text, filters });
      return [] as PublicMentor[];
    },
    onChange: () => void (changes += 1),
  });
  return { browse, calls, updates: () => updates, changes: () => changes };
}

describe('FinderBrowseController', () => {
  it('starts inactive and asks for every mentor', () => {
    const { browse, calls } = setUp();
    expect(browse.active).to.equal(false);
    browse.hits();
    expect(calls).to.deep.equal([{ text: '', filters: { availableOnly: false } }]);
  });

  it('passes the search text and each chosen filter as a one-value list, leaving out filters set back to any', () => {
    const { browse, calls } = setUp();
    browse.setSearchText('history');
    browse.setFilter('languages', 'et');
    browse.setFilter('topics', 'twinspace');
    browse.setFilter('topics', '');
    browse.setAvailableOnly(true);
    expect(browse.active).to.equal(true);
    browse.hits();
    expect(calls.at(-1)).to.deep.equal({ text: 'history', filters: { availableOnly: true, languages: ['et'] } });
  });

  it('tells the host of each change and asks it to render; clearing makes it inactive again', () => {
    const { browse, updates, changes } = setUp();
    browse.setFilter('countries', 'FI');
    browse.setSearchText('x');
    expect(changes()).to.equal(2);
    expect(updates()).to.equal(2);
    browse.clear();
    expect(browse.active).to.equal(false);
    expect(browse.searchText).to.equal('');
    expect(changes()).to.equal(3);
  });

  it('opens and closes the filters without a change to the results', () => {
    const { browse, updates, changes } = setUp();
    browse.toggleFilters();
    expect(browse.filtersOpen).to.equal(true);
    browse.toggleFilters();
    expect(browse.filtersOpen).to.equal(false);
    expect(updates()).to.equal(2);
    expect(changes()).to.equal(0);
  });
});
