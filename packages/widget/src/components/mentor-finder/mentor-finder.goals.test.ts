import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { extractTopics, rankMentors, vocabularyLabel } from '@mentor-finder/matcher';
import { choose, deepActiveElement, finderWith, part, sampleMentors, shadow, typeInto } from '../../../test/helpers.js';
import type { MentorFinder } from './mentor-finder.component.js';

async function submit(element: MentorFinder): Promise<void> {
  part(element, '.match-form button[type="submit"]').click();
  await element.updateComplete;
}

describe('<mentor-finder> goals it did not understand', () => {
  it('says so and asks for topics instead of ranking, then ranks with the topics picked from the keyboard', async () => {
    const mentors = await sampleMentors();
    const element = await finderWith(mentors, { lang: 'et' });
    part(element, '#tab-match').click();
    await element.updateComplete;
    choose(part(element, '#match-language') as HTMLSelectElement, 'et');
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, 'asdf qwer');
    expect(extractTopics('asdf qwer', { lang: 'et' })).to.deep.equal([]);
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('[part~="goals-unknown"]'), 'no notice');
    expect(part(element, '[part~="goals-unknown"]').textContent).to.contain('Me ei saanud sinu eesmärkidest aru');
    expect(shadow(element).querySelector('#match-results-title'), 'nothing ranked on language and places alone').to.equal(null);
    // Focus goes to the note, so it is read out, also when the same goals are tried again.
    await waitUntil(() => deepActiveElement()?.id === 'goals-unknown', 'the note does not take the focus');
    part(element, '#match-goals').focus();
    await submit(element);
    await waitUntil(() => deepActiveElement()?.id === 'goals-unknown', 'the note is not read out again');

    const chips = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="topic-chip"]')];
    expect(chips.length).to.be.greaterThan(2);
    const topic = chips[0]?.dataset['topic'] ?? '';
    expect(chips[0]?.textContent?.trim()).to.equal(vocabularyLabel('topic', topic, 'et'));
    expect(chips.every((chip) => chip.getAttribute('aria-pressed') === 'false')).to.equal(true);
    await expect(element).to.be.accessible();

    chips[0]?.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(part(element, `[data-topic="${topic}"]`).getAttribute('aria-pressed')).to.equal('true');
    expect(deepActiveElement()?.getAttribute('data-topic')).to.equal(topic);

    await submit(element);
    await waitUntil(() => shadow(element).querySelector('#match-results-title'), 'no results with the picked topic');
    expect(shadow(element).querySelector('[part~="goals-unknown"]')).to.equal(null);
    const expected = rankMentors({ languages: [{ code: 'et', level: 'native' }], goals: { text: 'asdf qwer', lang: 'et' } }, mentors, {
      includeIneligible: true,
      menteeTopics: [{ topic, confidence: 1, matched: [] }],
    }).filter((entry) => entry.result.eligible);
    const shown = [...shadow(element).querySelectorAll('.match-results [part~="card"] [part~="name"]')].map((name) => name.textContent);
    expect(shown).to.deep.equal(expected.slice(0, 24).map((entry) => entry.mentor.displayName));
    await expect(element).to.be.accessible();
  });

  it('shows the chosen tab and a pressed chip apart in a high-contrast theme (forced colours)', async () => {
    const element = await finderWith(await sampleMentors(), { lang: 'en' });
    part(element, '#tab-match').click();
    await element.updateComplete;
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, 'asdf qwer');
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('[part~="topic-chip"]'), 'no topic chips');
    const chips = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="topic-chip"]')];
    chips[0]?.click();
    await element.updateComplete;
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const look = (node: Element) => {
        const style = getComputedStyle(node);
        return `${style.backgroundColor} ${style.color} ${style.borderBottomColor}`;
      };
      expect(look(part(element, '#tab-match'))).not.to.equal(look(part(element, '#tab-browse')));
      expect(look(chips[0]!)).not.to.equal(look(chips[1]!));
      // Told apart in the theme's own highlight colour.
      const probe = document.body.appendChild(Object.assign(document.createElement('span'), { textContent: 'x' }));
      probe.style.color = 'Highlight';
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      expect(getComputedStyle(part(element, '#tab-match')).borderBottomColor).to.equal(highlight);
      expect(getComputedStyle(chips[0]!).backgroundColor).to.equal(highlight);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('ranks once the goals are rewritten in words it understands, after goals it did not', async () => {
    const element = await finderWith(await sampleMentors(), { lang: 'et' });
    part(element, '#tab-match').click();
    await element.updateComplete;
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, 'tahan õppida leiba küpsetama');
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('[part~="goals-unknown"]'), 'no notice');
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, 'Vajan abi partneri leidmisel');
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('#match-results-title'), 'still not understood');
    expect(shadow(element).querySelector('[part~="goals-unknown"]')).to.equal(null);
    expect(shadow(element).querySelectorAll('.match-results [part~="card"]').length).to.be.greaterThan(0);
  });

  it('ranks as before when the goals name a topic, without the picker', async () => {
    const element = await finderWith(await sampleMentors());
    part(element, '#tab-match').click();
    await element.updateComplete;
    typeInto(part(element, '#match-goals') as HTMLTextAreaElement, 'I want to find partners for a project.');
    await submit(element);
    await waitUntil(() => shadow(element).querySelector('#match-results-title'), 'no results');
    expect(shadow(element).querySelector('[part~="topic-chip"]')).to.equal(null);
  });
});
