import { expect, waitUntil } from '@open-wc/testing';
import type { PublicMentor } from '@mentor-finder/matcher';
import { cards, dialogOf, dialogPart, finderWith, part, sampleMentors, shadow } from '../../../test/helpers.js';

declare global {
  interface Window {
    __xss?: string[];
  }
}

const PAYLOADS = [
  '<script>window.__xss=(window.__xss||[]).concat("script")</script>',
  '<img src=x onerror="window.__xss=(window.__xss||[]).concat(\'img\')">',
  '<svg onload="window.__xss=(window.__xss||[]).concat(\'svg\')"></svg>',
  '"><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<b>bold</b>&amp;<a href="javascript:window.__xss=1">link</a>',
  '${alert(1)} {{constructor.constructor("window.__xss=1")()}}',
];

function poisoned(base: PublicMentor, payload: string, index: number): PublicMentor {
  return {
    ...base,
    id: `x-${index}`,
    displayName: `${payload} ${index}`,
    region: payload,
    bio: { en: `${payload} bio`, et: payload },
    capacity: { ...base.capacity, status: 'available', acceptingRequests: true },
    availability: { ...base.availability, inPersonArea: payload.slice(0, 80) },
  };
}

describe('<mentor-finder> untrusted text', () => {
  afterEach(() => {
    delete window.__xss;
  });

  it('shows markup in every mentor field literally and runs none of it', async () => {
    const base = (await sampleMentors())[0] as PublicMentor;
    const mentors = PAYLOADS.map((payload, index) => poisoned(base, payload, index));
    const element = await finderWith(mentors, { endpoint: '/__test__/contact/201', 'page-size': '100' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__xss).to.equal(undefined);
    const root = shadow(element);
    expect(root.querySelectorAll('script, iframe, svg, b, img, a[href^="javascript"]').length).to.equal(0);
    const shownCards = cards(element);
    expect(shownCards.length).to.equal(PAYLOADS.length);
    for (const [index, payload] of PAYLOADS.entries()) {
      const card = shownCards.find((c) => c.querySelector('[part~="name"]')?.textContent === `${payload} ${index}`);
      expect(card, `card ${index}`).to.exist;
      expect(card?.querySelector('[part~="bio"]')?.textContent).to.equal(`${payload} bio`);
      expect(card?.querySelector('[part~="place"]')?.textContent).to.contain(payload);
    }
  });

  it('keeps payloads inert in the contact dialog and the match view', async () => {
    const base = (await sampleMentors())[0] as PublicMentor;
    const mentors = PAYLOADS.map((payload, index) => poisoned(base, payload, index));
    const element = await finderWith(mentors, { endpoint: '/__test__/contact/201' });
    part(element, '[part~="contact-button"]').click();
    await waitUntil(() => (dialogPart(element, 'dialog') as HTMLDialogElement).open, 'dialog did not open');
    const title = dialogPart(element, '#title').textContent ?? '';
    expect(PAYLOADS.some((payload) => title.includes(payload)), title).to.equal(true);
    expect(shadow(dialogOf(element)).querySelectorAll('script, img, iframe, svg').length).to.equal(0);
    (dialogPart(element, 'dialog') as HTMLDialogElement).close();
    part(element, '#tab-match').click();
    await element.updateComplete;
    part(element, '.match-form button[type="submit"]').click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shadow(element).querySelectorAll('script, iframe, svg, b, img').length).to.equal(0);
    const names = [...shadow(element).querySelectorAll('.match-results [part~="name"], .blocked-name')].map((node) => node.textContent);
    expect(names).to.include(`${PAYLOADS[1]} 1`);
    expect(window.__xss).to.equal(undefined);
  });
});
