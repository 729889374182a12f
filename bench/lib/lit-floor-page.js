// Browser module for the first-visit benchmark's reference page: the least an element built like the
// finder must do before its first card on a short list (Lit, shadow DOM, the matcher's public mentor
// validation of every record, as many cards in the first frame as the finder draws there), with
// none of the finder's features (search, filters, languages, labels, contact). Bundled by the
// benchmark; run.mjs does not start it (not .mjs).
import { LitElement, css, html } from 'lit';
import { validatePublicMentors } from '@mentor-finder/matcher';
import { FIRST_FRAME_CARDS } from '../../packages/widget/src/controllers/first-paint-controller.ts';

const host = document.querySelector('floor-finder');
const request = fetch(host.getAttribute('src'), { headers: { accept: 'application/json' } }).then((response) => response.json());

class FloorFinder extends LitElement {
  static properties = { mentors: { state: true }, drawn: { state: true } };
  static styles = css`
    :host { display: block; }
    .card { border: 1px solid #ccc; padding: 1rem; margin: 0.5rem 0; }
    .tags { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; padding: 0; }
  `;

  constructor() {
    super();
    this.mentors = [];
    this.drawn = FIRST_FRAME_CARDS;
  }

  connectedCallback() {
    super.connectedCallback();
    request.then((data) => {
      const { valid } = validatePublicMentors(data);
      const collator = new Intl.Collator('en');
      valid.sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1));
      this.mentors = valid.slice(0, 24);
      // The rest of the page once the first frame has painted.
      requestAnimationFrame(() => setTimeout(() => (this.drawn = 24)));
    });
  }

  render() {
    return html`<ul>
      ${this.mentors.slice(0, this.drawn).map(
        (mentor) => html`<li>
          <article class="card" part="card">
            <h3>${mentor.displayName}</h3>
            <p>${[mentor.region, mentor.country].filter(Boolean).join(', ')}</p>
            <p>${mentor.capacity.acceptingRequests ? 'Taking requests' : 'Not taking requests'}</p>
            <p>${mentor.languages.map((language) => `${language.code} (${language.level})`).join(', ')}</p>
            <ul class="tags">
              ${(mentor.topics ?? []).map((topic) => html`<li>${topic}</li>`)}
            </ul>
            <p>${mentor.bio?.en ?? Object.values(mentor.bio ?? {})[0] ?? ''}</p>
          </article>
        </li>`,
      )}
    </ul>`;
  }
}

customElements.define('floor-finder', FloorFinder);
