import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MentorFinderErrorEvent } from '../../events/mentor-finder-error.js';
import type { MentorFinderSelectEvent } from '../../events/mentor-finder-select.js';
import { cards, choose, deepActiveElement, finderWith, MENTORS_URL, part, ready, sampleMentors, shadow, typeInto } from '../../../test/helpers.js';
import { createMentorSearch, type PublicMentor } from '@mentor-finder/matcher';
import { resolveTranslation } from '../../utilities/resolve-translation.js';
import { MentorFinder } from './mentor-finder.component.js';

describe('<mentor-finder>', () => {
  describe('states', () => {
    it('shows an accessible loading state while src loads', async () => {
      const element = await fixture<MentorFinder>(html`<mentor-finder src="/__test__/contact/slow" loading-delay="0"></mentor-finder>`);
      const state = part(element, '[part~="state"]');
      expect(state.getAttribute('role')).to.equal('status');
      expect(state.textContent).to.contain('Loading mentors');
      await expect(element).to.be.accessible();
    });

    it('draws nothing while a first load is younger than loading-delay', async () => {
      const element = await fixture<MentorFinder>(html`<mentor-finder src="/__test__/contact/slow" loading-delay="60000"></mentor-finder>`);
      expect(element.hasUpdated).to.equal(true);
      expect(shadow(element).childElementCount).to.equal(0);
      await expect(element).to.be.accessible();
    });

    it('keeps a later load quiet for loading-delay ms, as a busy region without a message', async () => {
      const element = await fixture<MentorFinder>(html`<mentor-finder src=${MENTORS_URL} loading-delay="60000"></mentor-finder>`);
      await ready(element);
      element.src = '/__test__/contact/slow';
      await element.updateComplete;
      const base = part(element, '[part~="base"]');
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(base.getAttribute('aria-label')).to.equal('Mentor finder');
      expect(base.textContent?.trim()).to.equal('');
      await expect(element).to.be.accessible();
    });

    it('keeps its contact dialog while a new src loads quietly', async () => {
      const element = await fixture<MentorFinder>(html`<mentor-finder src=${MENTORS_URL} loading-delay="60000"></mentor-finder>`);
      await ready(element);
      const dialog = part(element, 'mentor-contact-dialog');
      element.src = '/__test__/contact/slow';
      await element.updateComplete;
      expect(part(element, '[part~="base"]').getAttribute('aria-busy')).to.equal('true');
      expect(shadow(element).querySelector('[part~="card"]')).to.equal(null);
      expect(part(element, 'mentor-contact-dialog')).to.equal(dialog);
    });

    it('names languages and countries in the locale of a host’s own strings', async () => {
      const mentors = await sampleMentors();
      const element = await finderWith(mentors);
      element.messages = { $code: 'de' };
      await element.updateComplete;
      const card = cards(element)[0]!;
      const shown = mentors.find((mentor) => mentor.displayName === card.querySelector('[part~="name"]')?.textContent)!;
      const language = new Intl.DisplayNames(['de'], { type: 'language' }).of(shown.languages[0]!.code)!;
      expect(language).not.to.equal(new Intl.DisplayNames(['en'], { type: 'language' }).of(shown.languages[0]!.code));
      expect(card.textContent).to.contain(language);
      expect(card.querySelector('[part~="place"]')?.textContent).to.contain(new Intl.DisplayNames(['de'], { type: 'region' }).of(shown.country));
    });

    it('announces a load that takes longer than the default delay', async () => {
      const element = await fixture<MentorFinder>(html`<mentor-finder src="/__test__/contact/slow"></mentor-finder>`);
      await waitUntil(() => shadow(element).querySelector('[part~="state"]'), 'no loading message', { timeout: 3000 });
      expect(part(element, '[part~="state"]').textContent).to.contain('Loading mentors');
      expect(part(element, '[part~="base"]').hasAttribute('aria-busy')).to.equal(false);
    });

    it('lists the mentors from src, 24 at a time, with the count announced', async () => {
      const element = await fixture<MentorFinder>(html`<mentor-finder src=${MENTORS_URL}></mentor-finder>`);
      await ready(element);
      await expect(element).to.be.accessible();
      const count = part(element, '[part~="results-count"]');
      expect(count.getAttribute('role')).to.equal('status');
      expect(count.textContent?.trim()).to.equal('38 mentors found');
      expect(cards(element)).to.have.length(24);
      part(element, '[part~="show-more"]').click();
      await element.updateComplete;
      await element.updateComplete;
      expect(cards(element)).to.have.length(38);
      expect(deepActiveElement(), 'focus moves to the first new card').to.equal(cards(element)[24]);
      expect(shadow(element).querySelector('[part~="show-more"]')).to.equal(null);
    });

    it('shows only the mentors of its programme, in the list, the count, the filters and the match view', async () => {
      const mentors = (await sampleMentors()) as PublicMentor[];
      const etwinning = mentors.filter((m) => m.programmeId === 'etwinning-mentors-2026');
      expect(etwinning.length).to.be.within(1, mentors.length - 1);
      const element = await finderWith(mentors, { programme: 'etwinning-mentors-2026', 'page-size': '50' });
      await element.updateComplete;
      expect(cards(element)).to.have.length(etwinning.length);
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal(`${etwinning.length} mentors found`);
      const topics = [...shadow(element).querySelectorAll<HTMLOptionElement>('#filter-topics option')].map((o) => o.value);
      expect(topics).not.to.include('career-counselling-methods');
      element.programme = '';
      await element.updateComplete;
      expect(cards(element)).to.have.length(mentors.length);
    });

    it('shows a human message, a retry button and an error event when src fails', async () => {
      const errors: MentorFinderErrorEvent[] = [];
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        const element = await fixture<MentorFinder>(html`<mentor-finder src="/packages/widget/test/fixtures/missing.json" @mentor-finder-error=${(e: MentorFinderErrorEvent) => errors.push(e)}></mentor-finder>`);
        await ready(element);
        const state = part(element, '[part~="state"]');
        expect(state.getAttribute('role')).to.equal('alert');
        expect(state.textContent).to.contain('could not be loaded');
        expect(state.querySelector('button')?.textContent).to.contain('Try again');
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['load-failed']);
        expect(errors[0]?.detail.cause).to.contain('404');
        expect(logged.length).to.be.greaterThan(0);
        await expect(element).to.be.accessible();
      } finally {
        console.error = original;
      }
    });

    it('moves focus to the view’s tab when "Try again" brings the list (the button is gone)', async () => {
      const [original, log] = [window.fetch, console.error];
      console.error = () => undefined;
      let calls = 0;
      window.fetch = (input, init) => (String(input).endsWith('/flaky.json') && ++calls === 1 ? Promise.reject(new TypeError('offline')) : original(MENTORS_URL, init));
      try {
        const element = await fixture<MentorFinder>(html`<mentor-finder src="/flaky.json"></mentor-finder>`);
        await ready(element);
        const retry = part(element, '[part~="state"] button');
        retry.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => cards(element).length > 0, 'the list did not come back', { timeout: 10_000 });
        await waitUntil(() => deepActiveElement()?.id === 'tab-browse', 'focus did not move to the tab');
      } finally {
        [window.fetch, console.error] = [original, log];
      }
    });

    it('moves focus to the message when "Try again" brings data with no valid mentor (no button then)', async () => {
      const [original, log] = [window.fetch, console.error];
      console.error = () => undefined;
      let calls = 0;
      window.fetch = (input, init) =>
        String(input).endsWith('/flaky.json') && ++calls === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve(new Response('[{"id":"x"}]', { headers: { 'content-type': 'application/json' } }));
      try {
        const element = await fixture<MentorFinder>(html`<mentor-finder src="/flaky.json"></mentor-finder>`);
        await ready(element);
        part(element, '[part~="state"] button').focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => part(element, '[part~="state"]').textContent?.includes('could not be read'), 'no invalid-data message', { timeout: 10_000 });
        await waitUntil(() => deepActiveElement()?.matches('[part~="state"]'), 'focus did not move to the message');
      } finally {
        [window.fetch, console.error] = [original, log];
      }
    });

    it('treats input without a single valid mentor as an error with the validation details', async () => {
      const original = console.error;
      console.error = () => undefined;
      try {
        const element = await fixture<MentorFinder>(html`<mentor-finder></mentor-finder>`);
        setTimeout(() => (element.mentors = [{ id: 'x', displayName: 'No fields' }]));
        const event = (await oneEvent(element, 'mentor-finder-error')) as MentorFinderErrorEvent;
        await element.updateComplete;
        expect(event.detail.code).to.equal('invalid-data');
        expect(event.detail.errors?.length).to.be.greaterThan(0);
        expect(part(element, '[part~="state"]').textContent).to.contain('could not be read');
        await expect(element).to.be.accessible();
      } finally {
        console.error = original;
      }
    });

    it('skips invalid records, shows the rest and reports what was skipped', async () => {
      const mentors: unknown[] = await sampleMentors();
      mentors.splice(3, 0, { id: 'broken', displayName: 'Broken record' }, 'not even an object');
      const errors: MentorFinderErrorEvent[] = [];
      const original = console.error;
      let logged = 0;
      console.error = () => void logged++;
      try {
        const element = await fixture<MentorFinder>(html`<mentor-finder debounce="0" page-size="100" @mentor-finder-error=${(e: MentorFinderErrorEvent) => errors.push(e)} .mentors=${mentors}></mentor-finder>`);
        await ready(element);
        expect(cards(element)).to.have.length(38);
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-records']);
        expect(errors[0]?.detail.errors?.some((e) => e.index === 3 || e.recordId === 'broken')).to.equal(true);
        expect(logged).to.be.greaterThan(0);
      } finally {
        console.error = original;
      }
    });

    it('says so when there are no mentors', async () => {
      const element = await finderWith([]);
      expect(part(element, '[part~="state"]').textContent).to.contain('no mentors');
      expect(cards(element)).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  });

  describe('browse and search', () => {
    it('lists mentors at once in the search’s name order, then fills the filters', async () => {
      const mentors = await sampleMentors();
      const element = await fixture<MentorFinder>(html`<mentor-finder .mentors=${mentors}></mentor-finder>`);
      const names = cards(element).map((card) => card.querySelector('[part~="name"]')?.textContent);
      const expected = createMentorSearch(mentors).search('', {}, { locale: 'en' }).map((hit) => hit.mentor.displayName);
      expect(names).to.deep.equal(expected.slice(0, 24));
      await ready(element);
      expect(cards(element).map((card) => card.querySelector('[part~="name"]')?.textContent)).to.deep.equal(expected.slice(0, 24));
      const countries = [...(part(element, '#filter-countries') as HTMLSelectElement).options].map((option) => option.value);
      expect(countries.slice(1).sort()).to.deep.equal([...new Set(mentors.map((m) => m.country))].sort());
    });

    it('renders each card’s name, place, languages, how the mentor meets, subjects, topics, bio and whether it takes requests', async () => {
      const element = await finderWith(await sampleMentors());
      const card = cards(element).find((c) => c.textContent?.includes('Kadri T.'));
      expect(card, 'card of Kadri T.').to.exist;
      const text = card?.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(text).to.contain('Tartumaa, Estonia');
      expect(text).to.contain('Estonian (native)');
      expect(text).to.contain('English (C1)');
      expect(text).to.contain('MeetsVideo call, In person (Tartu)');
      expect(card?.querySelector('[part~="availability"]')?.textContent).to.equal('Taking requests');
      expect(card?.querySelectorAll('[part~="tag"]').length).to.equal(4);
      const bio = card?.querySelector('[part~="bio"]');
      expect(bio?.getAttribute('lang')).to.equal('en');
      expect(bio?.textContent).to.contain('English teacher');
    });

    it('shows a photo only from an https URL, without sending a referrer', async () => {
      const mentors = await sampleMentors();
      const withPhoto = { ...mentors[0], photoUrl: 'https://photos.invalid/kadri.jpg' };
      const element = await finderWith([withPhoto, mentors[1]]);
      const photos = shadow(element).querySelectorAll<HTMLImageElement>('[part~="photo"]');
      expect(photos).to.have.length(1);
      expect(photos[0]?.getAttribute('src')).to.equal('https://photos.invalid/kadri.jpg');
      expect(photos[0]?.getAttribute('alt')).to.equal('');
      expect(photos[0]?.referrerPolicy).to.equal('no-referrer');
    });

    it('claims no count of free places: public records say only whether a mentor is full', async () => {
      // One of two places taken: the public record still says `available` with maxMentees 2.
      const first = (await sampleMentors())[0] as PublicMentor;
      const mentor = { ...first, capacity: { ...first.capacity, acceptingRequests: true, status: 'available', maxMentees: 2 } };
      for (const lang of ['en', 'et', 'fi', 'lt', 'lv']) {
        const element = await finderWith([mentor], { lang });
        const label = cards(element)[0]?.querySelector('[part~="availability"]')?.textContent ?? '';
        expect(label, lang).to.equal(resolveTranslation(lang).takingRequests);
        expect(label, lang).not.to.match(/\d/);
      }
    });

    it('marks full mentors and mentors not taking requests, and offers them no contact', async () => {
      const mentors = await sampleMentors();
      const element = await finderWith(mentors, { endpoint: '/__test__/contact/201', 'page-size': '100' });
      const full = mentors.filter((m) => m.capacity.status === 'full' && m.capacity.acceptingRequests);
      expect(full.length).to.be.greaterThan(0);
      for (const mentor of full) {
        const card = cards(element).find((c) => c.querySelector('[part~="name"]')?.textContent === mentor.displayName);
        expect(card?.querySelector('[part~="availability"]')?.textContent).to.equal('Full');
        expect(card?.querySelector('[part~="contact-button"]')).to.equal(null);
      }
    });

    it('filters as the visitor types, announces the count and offers to clear filters when nothing matches', async () => {
      const element = await finderWith(await sampleMentors());
      const search = part(element, '#search') as HTMLInputElement;
      typeInto(search, 'Kadri');
      await element.updateComplete;
      expect(cards(element).map((c) => c.querySelector('[part~="name"]')?.textContent)).to.include('Kadri T.');
      expect(cards(element).length).to.be.below(38);
      typeInto(search, 'zzqxv-nothing-matches-this');
      await element.updateComplete;
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal('0 mentors found');
      expect(part(element, '[part~="state"]').textContent).to.contain('No mentors match');
      await expect(element).to.be.accessible();
      part(element, '[part~="clear-filters"]').click();
      await element.updateComplete;
      expect(search.value).to.equal('');
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal('38 mentors found');
    });

    it('offers mentors matching some of the words when few match them all, more words first', async () => {
      const mentors = await sampleMentors();
      const element = await finderWith(mentors);
      const search = part(element, '#search') as HTMLInputElement;
      const names = (root: ParentNode) => [...root.querySelectorAll('[part~="card"] [part~="name"]')].map((name) => name.textContent);
      const query = 'partnerite otsing';
      const index = createMentorSearch(mentors);
      const full = index.search(query).map((hit) => hit.mentor.displayName);
      const some = index.search(query, {}, { match: 'some' }).map((hit) => hit.mentor.displayName).filter((name) => !full.includes(name));
      expect(full.length, 'few mentors have both words').to.be.within(1, 5);
      typeInto(search, query);
      await element.updateComplete;
      expect(part(element, '[part~="results-count"]').textContent?.trim(), 'the count says more follow').to.equal(`${full.length} mentor${full.length === 1 ? '' : 's'} found. More mentors below match some of your words.`);
      expect(names(part(element, '.results:not([part~="some-words"])'))).to.deep.equal(full);
      const section = part(element, '[part~="some-words"]');
      expect(section.querySelector('h2')?.textContent).to.equal('Mentors who match some of your words');
      expect(names(section)).to.deep.equal(some.slice(0, 24));
      await expect(element).to.be.accessible();
      typeInto(search, 'partner');
      await element.updateComplete;
      expect(shadow(element).querySelector('[part~="some-words"]'), 'many mentors match the one word').to.equal(null);
      expect(part(element, '[part~="results-count"]').textContent).not.to.contain('some of your words');
    });

    it('waits for typing to pause before searching', async () => {
      const element = await finderWith(await sampleMentors());
      element.debounce = 200;
      const search = part(element, '#search') as HTMLInputElement;
      typeInto(search, 'zzqxv');
      await element.updateComplete;
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal('38 mentors found');
      await waitUntil(() => part(element, '[part~="results-count"]').textContent?.trim() === '0 mentors found', 'search never ran', { timeout: 2000 });
    });

    it('filters by language, country, subject, level, topic and free places', async () => {
      const mentors = await sampleMentors();
      const element = await finderWith(mentors, { 'page-size': '100' });
      await expect(element).to.be.accessible();
      expect(getComputedStyle(part(element, '[part~="filters-toggle"]')).display, 'no toggle in a wide layout').to.equal('none');
      choose(part(element, '#filter-countries') as HTMLSelectElement, 'EE');
      await element.updateComplete;
      const estonian = mentors.filter((m) => m.country === 'EE');
      expect(cards(element)).to.have.length(estonian.length);
      choose(part(element, '#filter-topics') as HTMLSelectElement, 'national-quality-label');
      await element.updateComplete;
      expect(cards(element)).to.have.length(estonian.filter((m) => m.topics.includes('national-quality-label')).length);
      choose(part(element, '#filter-countries') as HTMLSelectElement, '');
      choose(part(element, '#filter-topics') as HTMLSelectElement, '');
      const available = part(element, '#available-only') as HTMLInputElement;
      available.click();
      await element.updateComplete;
      const open = mentors.filter((m) => m.capacity.status === 'available' && m.capacity.acceptingRequests);
      expect(cards(element)).to.have.length(open.length);
      expect(cards(element).some((c) => c.querySelector('[part~="availability"]')?.textContent === 'Full')).to.equal(false);
      for (const [id, field] of [['#filter-languages', 'lv'], ['#filter-subjects', 'mathematics-geometry'], ['#filter-schoolLevels', 'primary']] as const) {
        const select = part(element, id) as HTMLSelectElement;
        expect([...select.options].map((o) => o.value), id).to.include(field);
      }
    });
  });

  describe('localization', () => {
    afterEach(() => {
      document.documentElement.lang = 'en';
    });

    it('speaks the lang attribute’s language and re-renders when it changes', async () => {
      const element = await finderWith(await sampleMentors(), { lang: 'et' });
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal('Leiti 38 mentorit');
      expect(part(element, '#tab-match').textContent).to.equal('Leia mulle mentor');
      const card = cards(element).find((c) => c.textContent?.includes('Kadri T.'));
      expect(card?.querySelector('[part~="bio"]')?.getAttribute('lang')).to.equal('et');
      element.setAttribute('lang', 'lv');
      await element.updateComplete;
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal('Atrasti 38 mentori');
      expect(part(element, '[part~="base"]').getAttribute('lang')).to.equal('lv');
    });

    it('falls back to <html lang>, follows its changes, and then to English', async () => {
      document.documentElement.lang = 'fi';
      const element = await finderWith(await sampleMentors());
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal('38 mentoria löytyi');
      document.documentElement.lang = 'lt';
      await waitUntil(() => part(element, '[part~="results-count"]').textContent?.trim() === 'Rasti 38 mentoriai', 'no re-render on <html lang> change');
      document.documentElement.lang = 'de';
      await waitUntil(() => part(element, '[part~="results-count"]').textContent?.trim() === '38 mentors found', 'no English fallback');
    });

    it('lets the host replace any string through messages', async () => {
      const element = await finderWith(await sampleMentors());
      element.messages = { tabBrowse: 'All coaches', resultsCount: (n: number) => `${n} coaches` };
      await element.updateComplete;
      expect(part(element, '#tab-browse').textContent).to.equal('All coaches');
      expect(part(element, '[part~="results-count"]').textContent?.trim()).to.equal('38 coaches');
    });
  });

  describe('contact and selection', () => {
    it('offers no contact button without endpoint or host-handles-contact, but a choose button that selects', async () => {
      const mentors = await sampleMentors();
      const element = await finderWith(mentors);
      expect(shadow(element).querySelector('[part~="contact-button"]')).to.equal(null);
      const choose = part(element, '[part~="choose-button"]');
      setTimeout(() => choose.click());
      const event = (await oneEvent(element, 'mentor-finder-select')) as MentorFinderSelectEvent;
      expect(event.detail.mentor.id).to.be.a('string');
      expect(choose.textContent).to.contain(event.detail.mentor.displayName);
    });

    it('offers contact when an endpoint is set or the host handles contact', async () => {
      const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201' });
      expect(shadow(element).querySelectorAll('[part~="contact-button"]').length).to.be.greaterThan(0);
      const hosted = await finderWith(await sampleMentors(), { 'host-handles-contact': '' });
      expect(shadow(hosted).querySelectorAll('[part~="contact-button"]').length).to.be.greaterThan(0);
    });
  });

  describe('keyboard', () => {
    it('reaches everything by Tab, opens the dialog, traps focus in it, closes on Escape and returns focus', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><mentor-finder debounce="0" endpoint="/__test__/contact/201"></mentor-finder></div>`);
      const element = wrapper.querySelector('mentor-finder') as MentorFinder;
      element.mentors = await sampleMentors();
      await ready(element);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()?.id).to.equal('tab-browse');
      const visited: string[] = [];
      for (let i = 0; i < 30 && !deepActiveElement()?.matches('[part~="contact-button"]'); i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(deepActiveElement()?.id || deepActiveElement()?.localName || '');
      }
      expect(visited).to.include.members(['search', 'filter-languages', 'filter-countries', 'filter-subjects', 'filter-schoolLevels', 'filter-topics', 'available-only']);
      const trigger = deepActiveElement() as HTMLElement;
      expect(trigger.matches('[part~="contact-button"]')).to.equal(true);
      await sendKeys({ press: 'Enter' });
      const dialog = shadow(shadow(element).querySelector('mentor-contact-dialog') as Element).querySelector('dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open, 'dialog did not open');
      expect(deepActiveElement()?.id).to.equal('name');
      for (let i = 0; i < 14; i++) {
        if (i % 5 === 4) {
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
        } else {
          await sendKeys({ press: 'Tab' });
        }
        const active = deepActiveElement();
        expect(active && dialog.contains(active), `focus left the dialog at step ${i}: ${active?.outerHTML.slice(0, 60)}`).to.equal(true);
        expect(active?.id).not.to.equal('website');
      }
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
      expect(deepActiveElement()).to.equal(trigger);
    });

    it('switches views with the arrow keys on the tabs', async () => {
      const element = await finderWith(await sampleMentors());
      part(element, '#tab-browse').focus();
      await sendKeys({ press: 'ArrowRight' });
      await element.updateComplete;
      expect(deepActiveElement()?.id).to.equal('tab-match');
      expect(part(element, '#tab-match').getAttribute('aria-selected')).to.equal('true');
      expect(shadow(element).querySelector('#match-goals')).to.exist;
      await sendKeys({ press: 'ArrowLeft' });
      await element.updateComplete;
      expect(deepActiveElement()?.id).to.equal('tab-browse');
    });

    it('shows where the keyboard went after "Show more": a ring on the first new card', async () => {
      const element = await finderWith(await sampleMentors());
      part(element, '[part~="show-more"]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => deepActiveElement() === cards(element)[24], 'focus did not move to the first new card');
      const style = getComputedStyle(cards(element)[24] as Element);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('shows a visible focus ring on keyboard focus', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><mentor-finder debounce="0"></mentor-finder></div>`);
      const element = wrapper.querySelector('mentor-finder') as MentorFinder;
      element.mentors = await sampleMentors();
      await ready(element);
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        const style = getComputedStyle(deepActiveElement() as Element);
        expect(style.outlineStyle, deepActiveElement()?.id).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      }
    });
  });

  describe('embedding', () => {
    it('can be defined twice without throwing', () => {
      expect(() => MentorFinder.define()).not.to.throw();
      expect(() => MentorFinder.define('mentor-finder')).not.to.throw();
      expect(customElements.get('mentor-finder')).to.equal(MentorFinder);
    });

    it('takes --mf-* custom properties and ::part styles, and shrugs off aggressive page CSS', async () => {
      const style = document.createElement('style');
      style.textContent = `
        * { margin: 3rem !important; padding: 0 !important; box-sizing: content-box !important; }
        button, input, select { display: none !important; }
        mentor-finder { --mf-color-primary: rgb(128, 0, 128); font-family: Georgia, serif; }
        mentor-finder::part(card) { border-color: rgb(0, 128, 0); }`;
      document.head.append(style);
      try {
        const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201' });
        const button = part(element, '[part~="contact-button"]');
        expect(getComputedStyle(button).display).not.to.equal('none');
        expect(getComputedStyle(button).backgroundColor).to.equal('rgb(128, 0, 128)');
        expect(getComputedStyle(part(element, '#search')).display).to.equal('block');
        expect(getComputedStyle(cards(element)[0] as Element).borderTopColor).to.equal('rgb(0, 128, 0)');
        expect(getComputedStyle(cards(element)[0] as Element).boxSizing).to.equal('border-box');
        expect(getComputedStyle(part(element, '[part~="name"]')).fontFamily).to.contain('Georgia');
      } finally {
        style.remove();
      }
    });

    it('fits a 320 px wide column without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><mentor-finder debounce="0" endpoint="/x"></mentor-finder></div>`);
      const element = wrapper.querySelector('mentor-finder') as MentorFinder;
      element.mentors = await sampleMentors();
      await ready(element);
      const base = part(element, '[part~="base"]');
      expect(base.scrollWidth).to.be.at.most(320);
      const toggle = part(element, '[part~="filters-toggle"]');
      const filters = part(element, '#filters');
      expect(getComputedStyle(filters).display, 'filters fold away in a narrow column').to.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(filters).display).not.to.equal('none');
      await expect(element).to.be.accessible();
      (part(element, '#available-only') as HTMLInputElement).click();
      await element.updateComplete;
      expect(toggle.textContent).to.equal('Filters (1 on)');
      for (const card of cards(element).slice(0, 5)) expect(card.getBoundingClientRect().width).to.be.at.most(320);
      await aTimeout(0);
    });
  });
});
