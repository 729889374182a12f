import { expect } from '@open-wc/testing';
import { LANGUAGE_LEVELS } from '@mentor-finder/matcher';
import type { RuleName } from '@mentor-finder/matcher';
import { REGISTRATION_TRANSLATIONS, resolveRegistrationTranslation } from './index.js';
import type { RegistrationTranslation } from './registration-translation.js';

const PROGRAMME_RULE_NAMES: readonly RuleName[] = ['minYearsOfExperience', 'certificateAnyOf', 'mentorTrainingCompleted', 'membershipPaidOn', 'goalsSet', 'participationFeePaid', 'minEtwinningProjects', 'minNationalQualityLabels'];

/** Every visible string of a catalogue, functions called with sample arguments of each kind. */
function visibleStrings(t: RegistrationTranslation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(t)) {
    if (key.startsWith('$')) continue;
    if (typeof value === 'string') out[key] = value;
  }
  for (const kind of ['mentor', 'mentee'] as const) {
    out[`title.${kind}`] = t.title(kind);
    out[`intro.${kind}`] = t.intro(kind, 'P');
    out[`topics.${kind}`] = t.topics(kind);
    out[`topicsHint.${kind}`] = t.topicsHint(kind);
    out[`privacyAfter.${kind}`] = t.privacyAfter(kind);
    out[`submit.${kind}`] = t.submit(kind);
  }
  for (const name of ['about', 'languages', 'expertise', 'eligibility', 'availability', 'goals', 'consent'] as const) out[`section.${name}`] = t.section(name);
  for (const level of LANGUAGE_LEVELS.filter((level) => level === 'native')) out[`level.${level}`] = t.levelName(level);
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']) out[`day.${day}`] = t.dayName(day);
  for (const status of ['not-registered', 'registered', 'one-project', 'several-projects']) out[`status.${status}`] = t.etwinningStatusName(status);
  for (const name of ['publishProfile', 'contactRequests', 'matching', 'shareWithMentor'] as const) out[`consent.${name}`] = t.consentText(name);
  for (const failure of ['network', 'timeout', 'rejected', 'server', 'duplicate', 'rate-limited'] as const) out[`failure.${failure}`] = t.sendFailed(failure, 500);
  for (const code of ['required', 'email', 'min-length', 'max-length', 'max-items', 'minimum', 'maximum', 'type', 'date', 'date-order', 'slot-order', 'duplicate-language', 'time-zone', 'other']) {
    out[`error.${code}`] = t.fieldError(code, { limit: 3 });
  }
  for (const code of ['not-offered', 'rule-min-years', 'rule-min-projects', 'rule-min-quality-labels', 'rule-training', 'rule-certificate', 'rule-membership', 'mentee-rule-goals', 'mentee-rule-fee']) {
    out[`error.${code}`] = t.fieldError(code, { required: 5, date: '2026-01-05' });
  }
  for (const name of PROGRAMME_RULE_NAMES) out[`rule.${name}`] = t.rule({ name, value: 5, date: '2026-01-05', labels: ['career-counsellor'], organisation: 'Org' });
  out.errorsFound = t.errorsFound(3);
  out.sent = t.sent('a@example.org');
  out.received = t.received('a@example.org');
  out.yearsOfExperience = t.yearsOfExperience(5);
  out.maxMenteesHint = t.maxMenteesHint(1, 2);
  out.programmeNotFound = t.programmeNotFound('x');
  return out;
}

describe('registration catalogues', () => {
  const english = visibleStrings(REGISTRATION_TRANSLATIONS.en!);

  for (const code of ['et', 'fi', 'lt', 'lv']) {
    it(`${code} has every string, none empty and none left in English`, () => {
      const strings = visibleStrings(REGISTRATION_TRANSLATIONS[code]!);
      expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(english).sort());
      for (const [key, value] of Object.entries(strings)) {
        expect(value.trim(), `${code}.${key}`).not.to.equal('');
        expect(value, `${code}.${key}`).not.to.equal(english[key]);
        expect(value, `${code}.${key}`).not.to.contain('undefined');
      }
    });
  }

  it('says an empty text is required, and how long a short one must be', () => {
    const t = REGISTRATION_TRANSLATIONS.en!;
    expect(t.fieldError('min-length', { limit: 1 })).to.equal('This field is required.');
    expect(t.fieldError('min-length', { limit: 20 })).to.equal('At least 20 characters.');
  });

  it('words plurals with the language’s rules', () => {
    expect(REGISTRATION_TRANSLATIONS.lt!.errorsFound(2)).to.equal('Pataisykite 2 laukus.');
    expect(REGISTRATION_TRANSLATIONS.lt!.errorsFound(10)).to.equal('Pataisykite 10 laukų.');
    expect(REGISTRATION_TRANSLATIONS.en!.errorsFound(1)).to.equal('Please correct 1 field.');
  });

  it('falls back from region to language to English', () => {
    expect(resolveRegistrationTranslation('et-EE').$code).to.equal('et');
    expect(resolveRegistrationTranslation('de').$code).to.equal('en');
  });
});
