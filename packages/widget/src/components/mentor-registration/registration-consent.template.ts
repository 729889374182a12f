import { html, type TemplateResult } from 'lit';
import { CONSENTS } from './build-registration.js';
import { checkboxField, type FieldContext } from './registration-fields.template.js';
import type { ConsentName, RegistrationKind, RegistrationTranslation } from './translations/registration-translation.js';

/** The words of each consent as the form shows them, recorded with the registration. */
export function consentTexts(t: RegistrationTranslation, kind: RegistrationKind): Partial<Record<ConsentName, string>> {
  const texts: Partial<Record<ConsentName, string>> = {};
  const privacy = `${t.privacyBefore(kind)}${t.privacyNotice}${t.privacyAfter(kind)}`;
  CONSENTS[kind].forEach((name, index) => {
    // The required consent carries the privacy notice sentence, as the form shows it.
    texts[name] = name === 'privacy' ? privacy : index === 0 ? `${t.consentText(name)} ${privacy}` : t.consentText(name);
  });
  return texts;
}

/**
 * The consent section: the required consent with the privacy notice link, then the choices. A
 * profile whose consent was given for another notice version (`accepted`) is told the notice changed.
 */
export function consentSection(
  context: FieldContext,
  kind: RegistrationKind,
  given: ReadonlySet<ConsentName>,
  privacyUrl: string,
  version: string,
  accepted?: string,
): TemplateResult {
  const { t } = context;
  const link = privacyUrl ? html`<a href=${privacyUrl} target="_blank" rel="noopener">${t.privacyNotice}<span class="visually-hidden">${t.newTab}</span></a>` : t.privacyNotice;
  return html`<section class="section" part="section" aria-labelledby="section-consent">
    <h3 class="section-title" id="section-consent">${t.section('consent')}</h3>
    ${accepted !== undefined && accepted !== version ? html`<p class="hint notice-changed">${t.noticeChanged(accepted)}</p>` : ''}
    ${CONSENTS[kind].map((name, index) =>
      checkboxField(
        context,
        `consent-${name}`,
        name === 'privacy' || (kind === 'mentee' && index === 0)
          ? html`${name === 'privacy' ? '' : html`${t.consentText(name)} `}${t.privacyBefore(kind)}${link}${t.privacyAfter(kind)} <span class="hint">${t.required}</span>`
          : html`${t.consentText(name)} <span class="hint">${t.optional}</span>`,
        given.has(name),
        { required: index === 0 },
      ),
    )}
    <p class="hint">${t.noticeVersion(version)}</p>
  </section>`;
}
