import type { Rule } from '../model/index.js';
import {
  availabilityValue,
  countryValue,
  coverageValue,
  dateFit,
  freePlacesValue,
  languageValue,
  modesValue,
  topicsValue,
  weightedMean,
} from '../scoring/component-values.js';
import { SCORE_COMPONENTS } from '../scoring/default-weights.js';
import { placesOverLimit } from '../scoring/free-places.js';
import { indexesApart, reachableModes } from '../scoring/in-person-area.js';
import { isoDay } from '../scoring/iso-day.js';
import { popcount, type MenteeContext } from '../scoring/mentee-context.js';
import { ruleDate } from '../scoring/relationship-dates.js';
import { overlapMinutes } from '../scoring/weekly-slots.js';
import { zoneShift } from '../scoring/zone-offset.js';
import { hasMember, indicesOfId, type PreparedMentors, type PreparedSet } from './prepare-mentors.js';

/** Score given to an ineligible mentor by the kernel. */
export const INELIGIBLE = -1;

type MentorCheck = (i: number) => boolean;

/**
 * The ranking kernel: eligibility and score of every prepared mentor for one mentee, over typed
 * arrays. It uses the formulas of scorePair on the same numbers, so an eligible mentor's value
 * equals scorePair's score exactly; ineligible mentors get INELIGIBLE. Written into `into` when
 * given (one entry per prepared mentor), so scoring many mentees needs one array.
 */
export function scorePrepared(prepared: PreparedMentors, ctx: MenteeContext, into?: Float64Array): Float64Array {
  const n = prepared.count;
  const scores = (into?.length === n ? into : new Float64Array(n)).fill(INELIGIBLE);
  if (ctx.menteeRuleReasons.some((r) => r.effect === 'blocking')) return scores;

  const blocked = new Uint8Array(n);
  for (const id of ctx.excluded) for (const i of indicesOfId(prepared, id)) blocked[i] = 1;
  if (ctx.id !== undefined) for (const i of prepared.conflicts.get(ctx.id) ?? []) blocked[i] = 1;
  const preferred = new Uint8Array(n);
  for (const id of ctx.preferred) for (const i of indicesOfId(prepared, id)) preferred[i] = 1;

  const menteeProgramme = ctx.programmeId === undefined ? -1 : (prepared.programmes.get(ctx.programmeId) ?? -2);
  const rulesProgramme = ctx.programmeOfRules === undefined ? -1 : (prepared.programmes.get(ctx.programmeOfRules) ?? -2);
  const languageCount = prepared.languages.size;
  const menteeLanguages: number[] = [];
  for (const [code, rank] of ctx.languages) {
    const index = prepared.languages.get(code);
    if (index !== undefined) menteeLanguages.push(index, rank);
  }
  const topicIndex = ctx.topics.map((t) => prepared.topics.ids.get(t.topic) ?? -1);
  const topicWeight = ctx.topics.map((t) => t.weight);
  const subjectIndex = known(prepared.subjects, ctx.subjects);
  const levelIndex = known(prepared.schoolLevels, ctx.schoolLevels);
  const menteeCountry = ctx.country === undefined ? -1 : (prepared.countries.get(ctx.country) ?? -2);
  const menteeArea = ctx.inPersonArea ? (prepared.inPersonAreas.get(ctx.inPersonArea) ?? -2) : -1;
  const menteeRegion = ctx.region ? (prepared.regions.get(ctx.region) ?? -2) : -1;
  const zoneShifts = weeklyShifts(prepared.timezones, ctx);
  const checks = mentorChecks(prepared, ctx);
  const checkCount = checks.length;
  // Components in SCORE_COMPONENTS order; summed in that order below, as combineOrdered does.
  const [wTopics, wSubjects, wLevels, wLanguage, wCountry, wModes, wAvailability, wFree, wPreferred] = SCORE_COMPONENTS.map((name) => ctx.weights[name]) as number[];
  const { active, notAccepting, free, maxMentees, programme, country, modeMask, inPersonArea, region } = prepared;
  const { fromDay, toDay, timezone, weekly, weeklyStart, languageRanks, topics, subjects, schoolLevels } = prepared;
  // Read once: the calls in the loop keep the compiler from hoisting property reads of ctx.
  const { sameCountryOnly, modeCount, minLanguageRank, topicTotal, weightTotal, fromDay: menteeFrom, toDay: menteeTo, menteeLimit } = ctx;
  const menteeModes = ctx.modeMask;
  const menteeWeekly = ctx.weekly;
  const subjectTotal = ctx.subjects.length;
  const levelTotal = ctx.schoolLevels.length;
  const noCountry = ctx.country === undefined;

  mentors: for (let i = 0; i < n; i++) {
    // Places above the programme's limit count neither as free nor in the maximum (as in scorePair).
    const over = placesOverLimit(maxMentees[i] as number, menteeLimit);
    const freeHere = (free[i] as number) - over;
    if (active[i] === 0 || notAccepting[i] === 1 || blocked[i] === 1 || freeHere <= 0) continue;
    if (menteeProgramme !== -1 && programme[i] !== menteeProgramme) continue;
    if (rulesProgramme !== -1 && programme[i] !== rulesProgramme) continue;
    if (sameCountryOnly && menteeCountry !== -1 && country[i] !== menteeCountry) continue;
    const apart = indexesApart(inPersonArea[i] as number, region[i] as number, country[i] as number, menteeArea, menteeRegion, menteeCountry);
    const modes = reachableModes(modeMask[i] as number, apart);
    const sharedModes = popcount(menteeModes & modes);
    if (modeCount > 0 && sharedModes === 0) continue;
    let best = 0;
    for (let k = 0; k < menteeLanguages.length; k += 2) {
      const other = languageRanks[i * languageCount + (menteeLanguages[k] as number)] as number;
      if (other < minLanguageRank) continue;
      const rank = menteeLanguages[k + 1] as number;
      const lower = other < rank ? other : rank;
      if (lower > best) best = lower;
    }
    if (best === 0) continue;
    const dates = dateFit(menteeFrom, menteeTo, fromDay[i] as number, toDay[i] as number);
    if (dates === 0) continue;
    for (let c = 0; c < checkCount; c++) if (!(checks[c] as MentorCheck)(i)) continue mentors;

    let matched = 0;
    for (let k = 0; k < topicIndex.length; k++) {
      const t = topicIndex[k] as number;
      if (t >= 0 && hasMember(topics, i, t)) matched += topicWeight[k] as number;
    }
    const shift = (timezone[i] as number) < 0 ? Number.NaN : (zoneShifts[timezone[i] as number] as number);
    const comparable = !Number.isNaN(shift) && (weeklyStart[i + 1] as number) > (weeklyStart[i] as number);
    const minutes = comparable ? overlapMinutes(menteeWeekly, 0, menteeWeekly.length, weekly, weeklyStart[i] as number, weeklyStart[i + 1] as number, shift) : 0;
    let sum = wTopics! * topicsValue(matched, topicTotal);
    sum += wSubjects! * coverageValue(countMembers(subjects, i, subjectIndex), subjectTotal);
    sum += wLevels! * coverageValue(countMembers(schoolLevels, i, levelIndex), levelTotal);
    sum += wLanguage! * languageValue(best);
    sum += wCountry! * (noCountry ? countryValue(undefined, undefined) : country[i] === menteeCountry ? 1 : 0);
    sum += wModes! * modesValue(sharedModes, modeCount);
    sum += wAvailability! * availabilityValue(dates, comparable, minutes);
    sum += wFree! * freePlacesValue(freeHere, (maxMentees[i] as number) - over);
    sum += wPreferred! * (preferred[i] as number);
    scores[i] = weightedMean(sum, weightTotal);
  }
  return scores;
}

/** Per mentor time zone (by index), the minutes that put its clock on the mentee's; NaN where weekly times cannot be compared. */
function weeklyShifts(zones: ReadonlyMap<string, number>, ctx: MenteeContext): Float64Array {
  const shifts = new Float64Array(zones.size).fill(Number.NaN);
  if (ctx.weekly.length === 0 || !ctx.timezone) return shifts;
  for (const [zone, index] of zones) shifts[index] = zoneShift(zone, ctx.timezone, ctx.clockDay) ?? Number.NaN;
  return shifts;
}

/** The programme's mentor rules as checks over the arrays; rules that cannot be checked do not block. */
function mentorChecks(p: PreparedMentors, ctx: MenteeContext): MentorCheck[] {
  return ctx.mentorRules.map((rule) => mentorCheck(p, ctx, rule)).filter((c): c is MentorCheck => c !== null);
}

function mentorCheck(p: PreparedMentors, ctx: MenteeContext, rule: Rule): MentorCheck | null {
  switch (rule?.rule) {
    case 'minYearsOfExperience':
      return atLeast(p.yearsOfExperience, rule.value);
    case 'minEtwinningProjects':
      return atLeast(p.etwinningProjects, rule.value);
    case 'minNationalQualityLabels':
      return atLeast(p.nationalQualityLabels, rule.value);
    case 'mentorTrainingCompleted':
      return (i) => p.trainingCompleted[i] === 1;
    case 'certificateAnyOf': {
      const date = ruleDate(ctx.dates, rule.validOn);
      if (!date) return null;
      const day = isoDay(date);
      const size = p.certificateTypes.size;
      const types = [...new Set(Array.isArray(rule.types) ? rule.types : [])]
        .map((t) => p.certificateTypes.get(t) ?? -1)
        .filter((t) => t >= 0);
      return (i) => types.some((t) => (p.certificateDays[i * size + t] as number) >= day);
    }
    case 'membershipPaidOn': {
      const date = ruleDate(ctx.dates, rule.date);
      if (!date) return null;
      const day = isoDay(date);
      return (i) => p.hasPrivate[i] === 0 || (p.membershipDay[i] as number) >= day;
    }
    default:
      return null;
  }
}

function atLeast(actual: Float64Array, required: unknown): MentorCheck | null {
  if (typeof required !== 'number' || !Number.isFinite(required)) return null;
  return (i) => (actual[i] as number) >= required;
}

function known(set: PreparedSet, ids: string[]): number[] {
  return ids.map((id) => set.ids.get(id) ?? -1).filter((i) => i >= 0);
}

function countMembers(set: PreparedSet, mentor: number, indices: number[]): number {
  let count = 0;
  for (const index of indices) if (hasMember(set, mentor, index)) count++;
  return count;
}
