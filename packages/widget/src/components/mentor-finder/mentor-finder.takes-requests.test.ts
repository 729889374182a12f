import { expect, waitUntil } from '@open-wc/testing';
import type { PublicMentor } from '@mentor-finder/matcher';
import { cards, finderWith, sampleMentors } from '../../../test/helpers.js';
import type { MentorFinder } from './mentor-finder.component.js';

/** Open sample mentors (free place, accepting), the first `count` of them. */
async function openMentors(count: number): Promise<PublicMentor[]> {
  const open = (await sampleMentors()).filter((m) => m.capacity.status === 'available' && m.capacity.acceptingRequests);
  return open.slice(0, count);
}

function cardOf(element: MentorFinder, mentor: PublicMentor): HTMLElement {
  const card = cards(element).find((c) => c.querySelector('[part~="name"]')?.textContent === mentor.displayName);
  if (!card) throw new Error(`no card for ${mentor.id}`);
  return card;
}

const text = (card: HTMLElement, selector: string): string | undefined => card.querySelector(selector)?.textContent?.trim();

describe('<mentor-finder> cards and the public takesRequests', () => {
  it('offers contact only where the record says takesRequests, and says why not otherwise', async () => {
    const [yes, no, old] = await openMentors(3);
    const mentors = [{ ...yes!, takesRequests: true }, { ...no!, takesRequests: false }, old!];
    const element = await finderWith(mentors, { endpoint: '/__test__/contact/201', lang: 'en' });
    expect(cardOf(element, yes!).querySelector('[part~="contact-button"]')).to.exist;
    expect(text(cardOf(element, yes!), '[part~="availability"]')).to.equal('Taking requests');
    const closed = cardOf(element, no!);
    expect(closed.querySelector('[part~="contact-button"]')).to.equal(null);
    expect(closed.querySelector('[part~="choose-button"]')).to.equal(null);
    expect(text(closed, '[part~="availability"]')).to.equal('Not taking requests through this site');
    // A record from an older server keeps today's behaviour.
    expect(cardOf(element, old!).querySelector('[part~="contact-button"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('keeps the more precise reason when a mentor is full or not accepting', async () => {
    const [full, paused] = await openMentors(2);
    const mentors = [
      { ...full!, takesRequests: false, capacity: { ...full!.capacity, status: 'full' } },
      { ...paused!, takesRequests: false, capacity: { ...paused!.capacity, acceptingRequests: false } },
    ];
    const element = await finderWith(mentors, { endpoint: '/__test__/contact/201', lang: 'en' });
    expect(text(cardOf(element, full!), '[part~="availability"]')).to.equal('Full');
    expect(text(cardOf(element, paused!), '[part~="availability"]')).to.equal('Not taking requests');
  });

  it('says "not taking requests through this site" in the five languages', async () => {
    const [mentor] = await openMentors(1);
    const seen = new Set<string>();
    const element = await finderWith([{ ...mentor!, takesRequests: false }], { endpoint: '/__test__/contact/201', lang: 'en' });
    for (const lang of ['en', 'et', 'fi', 'lt', 'lv']) {
      element.setAttribute('lang', lang);
      await element.updateComplete;
      await waitUntil(() => !seen.has(text(cards(element)[0]!, '[part~="availability"]') ?? ''), `not reworded in ${lang}`);
      seen.add(text(cards(element)[0]!, '[part~="availability"]')!);
    }
    expect(seen.size).to.equal(5);
    expect(seen).to.include('Selle lehe kaudu soove ei võta');
  });

  it('shows "usually answers within N days" with each language’s plural', async () => {
    const [one, two, five, none] = await openMentors(4);
    const mentors = [
      { ...one!, takesRequests: true, usuallyAnswersWithinDays: 1 },
      { ...two!, takesRequests: true, usuallyAnswersWithinDays: 2 },
      { ...five!, takesRequests: true, usuallyAnswersWithinDays: 21 },
      { ...none!, takesRequests: true },
    ];
    const element = await finderWith(mentors, { endpoint: '/__test__/contact/201', lang: 'en' });
    const line = (m: PublicMentor) => text(cardOf(element, m), '[part~="reply-time"]');
    expect(line(one!)).to.equal('Usually answers within a day');
    expect(line(two!)).to.equal('Usually answers within 2 days');
    expect(line(five!)).to.equal('Usually answers within 21 days');
    expect(line(none!)).to.equal(undefined);
    await expect(element).to.be.accessible();
    element.setAttribute('lang', 'lt');
    await waitUntil(() => line(one!)?.startsWith('Paprastai'), 'not in Lithuanian');
    expect([line(one!), line(two!), line(five!)]).to.deep.equal([
      'Paprastai atsako per 1 dieną',
      'Paprastai atsako per 2 dienas',
      'Paprastai atsako per 21 dieną',
    ]);
    element.setAttribute('lang', 'lv');
    await waitUntil(() => line(one!)?.startsWith('Parasti'), 'not in Latvian');
    expect([line(one!), line(two!), line(five!)]).to.deep.equal(['Parasti atbild 1 dienas laikā', 'Parasti atbild 2 dienu laikā', 'Parasti atbild 21 dienas laikā']);
  });

  it('shows no reply time where contact is not offered', async () => {
    const [mentor] = await openMentors(1);
    const element = await finderWith([{ ...mentor!, takesRequests: false, usuallyAnswersWithinDays: 2 }], { endpoint: '/__test__/contact/201' });
    expect(cards(element)[0]!.querySelector('[part~="reply-time"]')).to.equal(null);
  });
});

describe('<mentor-finder> on the example site data, public view made with the programmes', () => {
  it('shows no contact button for the 9 open career-programme mentors, and one for every open eTwinning mentor', async () => {
    const { toPublicMentors } = await import('@mentor-finder/matcher');
    const load = async (name: string) => (await fetch(`/packages/cli/test/fixtures/${name}.json`)).json();
    const published = toPublicMentors(await load('mentors'), { programmes: await load('programmes') });
    const element = await finderWith(published, { endpoint: '/__test__/contact/201', lang: 'en', 'page-size': '100' });
    const open = (m: PublicMentor) => m.capacity.status === 'available' && m.capacity.acceptingRequests;
    const career = published.filter((m) => m.programmeId === 'career-mentoring-2025-26' && open(m));
    const etwinning = published.filter((m) => m.programmeId === 'etwinning-mentors-2026' && open(m));
    expect(career).to.have.length(9);
    for (const mentor of career) {
      const card = cardOf(element, mentor);
      expect(card.querySelector('[part~="contact-button"]'), mentor.id).to.equal(null);
      expect(text(card, '[part~="availability"]'), mentor.id).to.equal('Not taking requests through this site');
    }
    for (const mentor of etwinning) expect(cardOf(element, mentor).querySelector('[part~="contact-button"]'), mentor.id).to.exist;
    expect(etwinning.length).to.be.greaterThan(0);
  });
});
