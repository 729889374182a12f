import { expect, waitUntil } from '@open-wc/testing';
import { extractTopics, formatReason, rankMentors, type ContactRequest, type PublicMentor } from '@mentor-finder/matcher';
import { choose, deepActiveElement, dialogOf, dialogPart, finderWith, part, sampleMentors, shadow, typeInto } from '../../../test/helpers.js';
import type { MentorFinder } from './mentor-finder.component.js';

const GOALS = 'I want to find partners for a project and apply for the National Quality Label.';

async function openMatch(element: MentorFinder): Promise<void> {
  part(element, '#tab-match').click();
  await element.updateComplete;
}

async function findMentors(element: MentorFinder): Promise<void> {
  part(element, '.match-form button[type="submit"]').click();
  await element.updateComplete;
  await waitUntil(() => shadow(element).querySelector('#match-results-title'), 'no results');
}

describe('<mentor-finder> find my mentor', () => {
  it('offers an accessible form with the visitor’s language preselected', async () => {
    const element = await finderWith(await sampleMentors(), { lang: 'et' });
    await openMatch(element);
    expect((part(element, '#match-language') as HTMLSelectElement).value).to.equal('et');
    expect((part(element, '#match-level') as HTMLSelectElement).value).to.equal('native');
    expect(part(element, '#panel').getAttribute('aria-labelledby')).to.equal('tab-match');
    // Every control has a name of its own: two "Minu tase" would not say which language each is for.
    const names = [...shadow(element).querySelectorAll('.match-form label')].map((label) => label.textContent?.trim());
    expect(names.length).to.be.greaterThan(5);
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
    await expect(element).to.be.accessible();
  });

  it('ranks mentors for the visitor as the matcher does, with the fit and the top three reasons in words', async () => {
    const mentors = await sampleMentors();
    const element = await finderWith(mentors, { endpoint: '/__test__/contact/201' });
    await openMatch(element);
    choose(part(element, '#match-language') as HTMLSelectElement, 'et');
    choose(part(element, '#match-schoolLevel') as HTMLSelectElement, 'lower-secondary');
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, GOALS);
    await findMentors(element);
    expect(deepActiveElement()?.id).to.equal('match-results-title');

    const expected = rankMentors(
      { languages: [{ code: 'et', level: 'native' }], schoolLevels: ['lower-secondary'], goals: { text: GOALS, lang: 'en' } },
      mentors,
      { includeIneligible: true },
    );
    const eligible = expected.filter((entry) => entry.result.eligible);
    expect(eligible.length).to.be.greaterThan(0);
    expect(part(element, '#match-results-title').textContent?.trim()).to.equal(
      eligible.length === 1 ? '1 mentor suits you' : `${eligible.length} mentors suit you`,
    );
    const shown = [...shadow(element).querySelectorAll('.match-results [part~="card"]')];
    expect(shown.map((card) => card.querySelector('[part~="name"]')?.textContent)).to.deep.equal(
      eligible.slice(0, 24).map((entry) => entry.mentor.displayName),
    );
    const top = eligible[0];
    const reasons = top?.result.reasons.filter((reason) => reason.effect === 'positive').slice(0, 3).map((reason) => formatReason(reason, 'en')) ?? [];
    expect(reasons.length).to.be.greaterThan(0);
    expect([...(shown[0]?.querySelectorAll('[part~="reasons"] li') ?? [])].map((li) => li.textContent)).to.deep.equal(reasons);
    expect(shown[0]?.querySelector('[part~="fit"]')?.textContent).to.match(/Fit: (Strong|Good|Possible) fit \(\d+%\)/);
    // The matcher's label: a mentor who covers none of the goals is at most a possible fit, whatever the score.
    const words = { 'very-good': 'Strong fit', good: 'Good fit', fair: 'Possible fit', poor: 'Possible fit' } as Record<string, string>;
    eligible.slice(0, 24).forEach((entry, i) => {
      expect(shown[i]?.querySelector('[part~="fit"]')?.textContent, entry.mentor.displayName).to.contain(words[entry.result.fit]);
      if (entry.result.components.topics === 0) expect(shown[i]?.querySelector('[part~="fit"]')?.textContent).to.contain('Possible fit');
    });
    expect(eligible.some((entry) => entry.result.components.topics === 0 && entry.result.score >= 0.45), 'a mentor scored well on the rest alone').to.equal(true);

    const blocked = expected.filter((entry) => !entry.result.eligible);
    if (blocked.length > 0) {
      const group = part(element, '.blocked-group');
      expect(group.querySelector('summary')?.textContent).to.contain(`${blocked.length}`);
      const first = blocked[0];
      const why = first?.result.reasons.filter((reason) => reason.effect === 'blocking').map((reason) => formatReason(reason, 'en')).join(' ');
      expect(group.querySelector('.blocked-why')?.textContent).to.contain(why);
    }
    await expect(element).to.be.accessible();
  });

  it('shows why unavailable mentors are not offered (full, no shared language)', async () => {
    const mentors: PublicMentor[] = await sampleMentors();
    const element = await finderWith(mentors);
    await openMatch(element);
    choose(part(element, '#match-language') as HTMLSelectElement, 'lv');
    await findMentors(element);
    const details = part(element, '.blocked-group') as HTMLDetailsElement;
    details.open = true;
    const text = details.textContent ?? '';
    const full = mentors.find((m) => m.capacity.status === 'full' && m.languages.some((l) => l.code === 'lv'));
    if (full) expect(text).to.contain(full.displayName);
    expect(details.querySelectorAll('.blocked').length).to.be.greaterThan(0);
    for (const why of details.querySelectorAll('.blocked-why')) expect(why.textContent?.trim().length).to.be.greaterThan(3);
    await expect(element).to.be.accessible();
  });

  it('words reasons in the visitor’s language', async () => {
    const element = await finderWith(await sampleMentors(), { lang: 'et' });
    await openMatch(element);
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, 'Tahan leida partnereid ja taotleda kvaliteedimärki');
    await findMentors(element);
    const first = shadow(element).querySelector('.match-results [part~="reasons"] li');
    expect(first?.textContent).not.to.equal(null);
    expect(part(element, '[part~="fit"]').textContent).to.contain('Sobivus');
  });

  it('offers the topics found in the goals for the contact request, ticked, and sends the ones kept', async () => {
    const element = await finderWith(await sampleMentors(), { endpoint: '/__test__/contact/201' });
    await openMatch(element);
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, GOALS);
    await findMentors(element);
    const found = extractTopics(GOALS, { lang: 'en' }).map((match) => match.topic).slice(0, 5);
    expect(found.length).to.be.greaterThan(1);
    part(element, '.match-results [part~="contact-button"]').click();
    await waitUntil(() => (dialogPart(element, 'dialog') as HTMLDialogElement).open, 'dialog did not open');
    const boxes = [...shadow(dialogOf(element)).querySelectorAll<HTMLInputElement>('.topics input[type="checkbox"]')];
    expect(boxes).to.have.length(found.length);
    expect(boxes.every((box) => box.checked)).to.equal(true);
    boxes[0]?.click();
    await expect(dialogOf(element)).to.be.accessible();
    const bodies: ContactRequest[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.method === 'POST') bodies.push(JSON.parse(String(init.body)) as ContactRequest);
      return original(input, init);
    };
    try {
      typeInto(dialogPart(element, '#name') as HTMLInputElement, 'Mari Maasikas');
      typeInto(dialogPart(element, '#email') as HTMLInputElement, 'mari@example.org');
      typeInto(dialogPart(element, '#message') as HTMLTextAreaElement, 'Hello! I am looking for help with my first project.');
      (dialogPart(element, '#consent') as HTMLInputElement).click();
      dialogPart(element, 'button[type="submit"]').click();
      await waitUntil(() => shadow(dialogOf(element)).querySelector('[part~="confirmation"]'), 'not sent');
    } finally {
      window.fetch = original;
    }
    expect(bodies[0]?.topics).to.deep.equal(found.slice(1));
  });
});
