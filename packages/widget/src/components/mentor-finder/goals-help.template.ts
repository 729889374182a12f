import { html, type TemplateResult } from 'lit';
import { vocabularyLabel } from '@mentor-finder/matcher';

/** Words of the topic picker, in the five UI languages (loaded with the match engine, not the entry). */
const MESSAGES: Record<string, { notUnderstood: string; legend: string }> = {
  en: { notUnderstood: 'We could not tell from your goals what you need help with. Pick the topics that fit, then find mentors again.', legend: 'Topics I need help with' },
  et: { notUnderstood: 'Me ei saanud sinu eesmärkidest aru, milles abi vajad. Vali sobivad teemad ja otsi mentoreid uuesti.', legend: 'Teemad, milles vajan abi' },
  fi: { notUnderstood: 'Tavoitteistasi ei selvinnyt, missä tarvitset apua. Valitse sopivat aiheet ja hae mentoreita uudelleen.', legend: 'Aiheet, joissa tarvitsen apua' },
  lt: { notUnderstood: 'Iš jūsų tikslų nepavyko suprasti, kur reikia pagalbos. Pasirinkite tinkamas temas ir ieškokite mentorių dar kartą.', legend: 'Temos, kuriose man reikia pagalbos' },
  lv: { notUnderstood: 'No jūsu mērķiem nevarējām saprast, kur vajadzīga palīdzība. Izvēlieties atbilstošās tēmas un meklējiet mentorus vēlreiz.', legend: 'Tēmas, kurās man vajag palīdzību' },
};

export interface GoalsHelpContext {
  locale: string;
  /** Topic ids the programme's mentors offer. */
  topics: readonly string[];
  picked: readonly string[];
  /** The last goals text named no topic. */
  notUnderstood: boolean;
  onToggle: (topic: string) => void;
}

/** Says the goals were not understood and offers the programme's topics as toggle buttons. */
export function renderGoalsHelp(context: GoalsHelpContext): TemplateResult {
  const words = MESSAGES[context.locale.split('-')[0] ?? ''] ?? MESSAGES['en']!;
  return html`<div class="goals-help" part="goals-help">
    ${context.notUnderstood
      ? // The form moves focus here: a live region added with its text, or the same text again, is often not read out.
        html`<p class="goals-unknown" id="goals-unknown" role="status" part="goals-unknown" tabindex="-1">${words.notUnderstood}</p>`
      : html`<p role="status"></p>`}
    <div class="tags" role="group" aria-label=${words.legend}>
      ${context.topics.map((topic) => {
        const pressed = context.picked.includes(topic);
        return html`<button class="button chip" part="button topic-chip" type="button" data-topic=${topic} aria-pressed=${pressed ? 'true' : 'false'}
          @click=${() => context.onToggle(topic)}>${vocabularyLabel('topic', topic, context.locale)}</button>`;
      })}
    </div>
  </div>`;
}
