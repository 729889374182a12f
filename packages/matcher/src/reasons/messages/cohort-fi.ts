import type { CohortReasonCode } from '../cohort-reason-codes.js';
import type { ReasonMessage } from '../reason-messages.js';
import { someIds } from './message-helpers.js';

const LISTS: Record<string, string> = { pins: 'Lukitukset', exclusions: 'Poissulkemiset', existingPairs: 'Käynnissä olevat parit' };
const more = (n: number) => `ja ${n} muuta`;

export const cohortFi: Record<CohortReasonCode, ReasonMessage> = {
  'no-mentors': () => 'Tässä ajossa ei ole mentoreita.',
  'mentee-ineligible': () => 'Aktori ei täytä ohjelman ehtoja.',
  'no-shared-language-any': (p, t) => `Kukaan mentori ei puhu aktorin kieliä (${t.labels('language', p.list('languages'))}).`,
  'all-excluded': () => 'Kaikki mentorit on suljettu pois tältä aktorilta.',
  'lost-to-others': (p) => `Sopivat mentorit, joilla oli tilaa (${p.list('mentorIds').length}), tarvittiin muille aktoreille (${someIds(p.list('mentorIds'), more)}).`,
  'all-suitable-full': (p) => `Kaikki sopivat mentorit ovat täynnä (${someIds(p.list('mentorIds'), more)}).`,
  'no-eligible-mentor': (p, t) => `Yksikään ${t.number(p.number('count'))} mentorista ei täytä ehtoja.`,
  'blocked-by': (p, t) => `${t.number(p.number('count'))} × ${t.reason(p.text('reason'), p.nested('reason.'))}`,
  'excluded-by-coordinator': () => 'Koordinaattori sulki tämän parin pois.',
  'pin-over-capacity': (p, t) => `Lukittu yli kapasiteetin: ${t.number(p.number('pinned'))} lukittu, ${t.number(p.number('free'))} vapaana.`,
  'outside-programme': (p) =>
    `Muiden ohjelmien ${p.text('kind') === 'mentor' ? 'mentorit' : 'aktorit'} jätettiin pois ohjelmasta ${p.text('programme')}: ${someIds(p.list('ids'), more)}.`,
  'not-in-cohort': (p) =>
    `${LISTS[p.text('list')] ?? p.text('list')}: ${p.text('menteeId')} – ${p.text('mentorId')}: tämä ${p.text('side') === 'mentor' ? 'mentori' : 'aktori'} ei ole mukana tässä ajossa.`,
  'duplicate-pin': (p) => `${p.text('menteeId')} on lukittu kahdesti; ${p.text('keptMentorId')} säilytetään, ${p.text('mentorId')} ohitetaan.`,
  'pin-already-paired': (p) => `${p.text('menteeId')} on jo käynnissä olevassa parissa; lukitus mentoriin ${p.text('mentorId')} ohitetaan.`,
  'invalid-pair-ref': (p) => `${LISTS[p.text('list')] ?? p.text('list')}: rivi ilman aktorin ja mentorin tunnusta ohitetaan.`,
  'duplicate-mentee': (p) => `Sama henkilö on luultavasti ilmoittautunut useammin kuin kerran (sama sähköpostiosoite): ${someIds(p.list('menteeIds'), more)}.`,
  'solver-failed': () => 'Tarkka ratkaisija ei toiminut; parit valittiin yksinkertaisemmalla menetelmällä.',
};
