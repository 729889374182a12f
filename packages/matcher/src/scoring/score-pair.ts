import { MEETING_MODES, type AnyMentor, type Mentee, type MenteeQuery, type Reason } from '../model/index.js';
import { SOFT_REASON_CODES } from '../reasons/reason-codes.js';
import { compareCodeUnits } from '../text/compare-code-units.js';
import {
  availabilityValue,
  combineComponents,
  countryValue,
  coverageValue,
  dateFit,
  freePlacesValue,
  languageValue,
  modesValue,
  topicsValue,
} from './component-values.js';
import { fitLabel, type FitLabel } from './fit-label.js';
import type { ScoreComponent } from './default-weights.js';
import { freePlaces, maxMentees, placesOverLimit } from './free-places.js';
import { areaKey, placesApart, reachableModes, regionKey } from './in-person-area.js';
import { isoDay } from './iso-day.js';
import { languageLevelOfRank, languageLevelRank } from './language-level.js';
import { buildMenteeContext, modeMask, popcount, type GoalsState, type MenteeContext, type WeightedTopic } from './mentee-context.js';
import { checkMentorRules } from './mentor-rules.js';
import { isPreparedMentee, type PreparedMentee } from './prepare-mentee.js';
import type { ScoreOptions } from './score-options.js';
import { canonicalTimezone, overlapMinutes, weekMinutes } from './weekly-slots.js';
import { zoneShift } from './zone-offset.js';

/** What scorePair says about one pair. */
export interface PairScore {
  /** 0..1; 0 when not eligible. */
  score: number;
  eligible: boolean;
  /** Each soft component, 0..1, whatever the eligibility. */
  components: Record<ScoreComponent, number>;
  /** Blocking reasons first (in check order), then the others by how much they move the score. */
  reasons: Reason[];
  /** Whether the mentee's goals are known: read from the goal text or ticked ('understood'), given but not understood, or not given. */
  goals: GoalsState;
  /** What the score means in words: `fitLabel(score, this)`; 'unknown' when the goals are not known. */
  fit: FitLabel;
}

/** Below B2 a shared language works, but the pair will struggle. */
const COMFORTABLE_LANGUAGE_RANK = languageLevelRank('B2');

interface SoftReason {
  reason: Reason;
  contribution: number;
}

/**
 * Scores one mentor for one mentee: eligibility, soft components and the reasons behind them.
 * Scoring one mentee against many mentors? Pass `prepareMentee(mentee, options)` as the mentee:
 * the mentee's side is then read once, and `options` here are ignored.
 */
export function scorePair(mentor: AnyMentor, mentee: Mentee | MenteeQuery | PreparedMentee, options: ScoreOptions = {}): PairScore {
  const ctx = isPreparedMentee(mentee) ? mentee.context : buildMenteeContext(mentee, options ?? {});
  return scoreWithContext(orEmpty(mentor), ctx);
}

/** scorePair with the mentee's side computed beforehand (ranking reuses one context for all mentors). */
export function scoreWithContext(mentor: AnyMentor, ctx: MenteeContext): PairScore {
  const facts = pairFacts(mentor, ctx);
  const ruleReasons = ruleReasonsOf(mentor, ctx);
  const blocking = allBlocking(mentor, ctx, facts, ruleReasons);
  const components = componentValues(mentor, ctx, facts);
  const eligible = blocking.length === 0;
  const score = eligible ? combineComponents(components, ctx.weights, ctx.weightTotal) : 0;
  const unchecked = ruleReasons.filter((r) => r.effect !== 'blocking').map((reason) => ({ reason, contribution: 0 }));
  const soft = [...softReasons(mentor, ctx, facts, components), ...unchecked];
  const fit = fitLabel(score, { eligible, goals: ctx.goals, components });
  return { score, eligible, components, reasons: [...blocking, ...sortSoft(soft)], goals: ctx.goals, fit };
}

/**
 * The blocking reasons scoreWithContext gives the pair, in the same order, without the soft side:
 * for explaining why many pairs are not allowed.
 */
export function blockingWithContext(mentor: AnyMentor, ctx: MenteeContext): Reason[] {
  return allBlocking(mentor, ctx, gateFacts(mentor, ctx), ruleReasonsOf(mentor, ctx));
}

/** The programme's mentor rules checked for this mentor, then the mentee's own rule results. */
function ruleReasonsOf(mentor: AnyMentor, ctx: MenteeContext): Reason[] {
  return [...checkMentorRules(mentor, ctx.mentorRules, ctx.dates), ...ctx.menteeRuleReasons];
}

/** Every blocking reason of the pair: its own checks in check order, then the blocking rules. */
function allBlocking(mentor: AnyMentor, ctx: MenteeContext, facts: GateFacts, ruleReasons: readonly Reason[]): Reason[] {
  return [...blockingReasons(mentor, ctx, facts), ...ruleReasons.filter((r) => r.effect === 'blocking')];
}

/** What the blocking checks of one pair are computed from. */
interface GateFacts {
  language: { code: string; rank: number };
  mentorModes: number;
  sharedModes: number;
  dates: number;
  /** Free places and the most mentees, both held to the programme's limit. */
  free: number;
  max: number;
  /** The record says how many mentees the mentor has (a full record), not only whether places are free (a public one). */
  freeCounted: boolean;
}

/** What the checks, components and reasons of one pair are computed from. */
interface PairFacts extends GateFacts {
  topics: { matched: number; list: WeightedTopic[] };
  subjects: string[];
  schoolLevels: string[];
  weekly: { comparable: boolean; minutes: number };
}

function gateFacts(mentor: AnyMentor, ctx: MenteeContext): GateFacts {
  const mentorPlace = { town: areaKey(mentor.availability?.inPersonArea), region: regionKey(mentor.region), country: typeof mentor.country === 'string' ? mentor.country : '' };
  const apart = placesApart(mentorPlace, { town: ctx.inPersonArea, region: ctx.region, country: ctx.country ?? '' });
  const mentorModes = reachableModes(modeMask(mentor.availability?.meetingModes), apart);
  const over = placesOverLimit(maxMentees(mentor), ctx.menteeLimit);
  return {
    language: bestSharedLanguage(mentor, ctx),
    mentorModes,
    sharedModes: popcount(ctx.modeMask & mentorModes),
    dates: dateFit(ctx.fromDay, ctx.toDay, isoDay(mentor.availability?.from), isoDay(mentor.availability?.to)),
    free: Math.max(0, freePlaces(mentor) - over),
    max: maxMentees(mentor) - over,
    freeCounted: typeof (mentor.capacity as { currentMentees?: unknown } | undefined)?.currentMentees === 'number',
  };
}

function pairFacts(mentor: AnyMentor, ctx: MenteeContext): PairFacts {
  return {
    ...gateFacts(mentor, ctx),
    topics: matchTopics(mentor, ctx),
    subjects: intersect(ctx.subjects, mentor.subjects),
    schoolLevels: intersect(ctx.schoolLevels, mentor.schoolLevels),
    weekly: weeklyOverlap(mentor, ctx),
  };
}

/** The pair's own blocking reasons (programme rules come separately), in check order. */
function blockingReasons(mentor: AnyMentor, ctx: MenteeContext, facts: GateFacts): Reason[] {
  const blocking: Reason[] = [];
  const block = (code: string, params?: Reason['params']) =>
    blocking.push(params ? { code, effect: 'blocking', params } : { code, effect: 'blocking' });
  if (mentor.status !== 'active') block('mentor-not-active', { status: String(mentor.status) });
  if (differentProgramme(mentor, ctx)) block('different-programme', { programme: String(mentor.programmeId) });
  if (ctx.excluded.has(mentor.id)) block('excluded-by-mentee');
  if (ctx.id !== undefined && conflictsWith(mentor).includes(ctx.id)) block('conflict-of-interest');
  if (facts.language.rank === 0) block('no-shared-language');
  if (ctx.sameCountryOnly && ctx.country && mentor.country !== ctx.country) block('different-country', { country: String(mentor.country) });
  if (ctx.modeCount > 0 && facts.sharedModes === 0) block(ctx.onlyInPerson ? 'no-in-person' : 'no-meeting-mode');
  if (facts.dates === 0) block('availability-no-overlap');
  if (facts.free <= 0) block('mentor-full');
  if (mentor.capacity?.acceptingRequests === false) block('not-accepting-requests');
  return blocking;
}

function componentValues(mentor: AnyMentor, ctx: MenteeContext, facts: PairFacts): Record<ScoreComponent, number> {
  return {
    topics: topicsValue(facts.topics.matched, ctx.topicTotal),
    subjects: coverageValue(facts.subjects.length, ctx.subjects.length),
    schoolLevels: coverageValue(facts.schoolLevels.length, ctx.schoolLevels.length),
    language: languageValue(facts.language.rank),
    country: countryValue(ctx.country, mentor.country),
    meetingModes: modesValue(facts.sharedModes, ctx.modeCount),
    availability: availabilityValue(facts.dates, facts.weekly.comparable, facts.weekly.minutes),
    freePlaces: freePlacesValue(facts.free, facts.max),
    preferred: ctx.preferred.has(mentor.id) ? 1 : 0,
  };
}

/** Positive and negative reasons, each with the share of the score it adds or costs. */
function softReasons(mentor: AnyMentor, ctx: MenteeContext, facts: PairFacts, components: Record<ScoreComponent, number>): SoftReason[] {
  const soft: SoftReason[] = [];
  const share = (name: ScoreComponent, value: number) => (ctx.weightTotal > 0 ? (ctx.weights[name] * value) / ctx.weightTotal : 0);
  const gain = (name: ScoreComponent) => share(name, components[name]);
  const loss = (name: ScoreComponent) => share(name, 1 - components[name]);
  const add = (code: string, effect: 'positive' | 'negative', contribution: number, params?: Reason['params']) =>
    soft.push({ reason: params ? { code, effect, params } : { code, effect }, contribution });
  const { topics, language, weekly } = facts;

  if (topics.list.length > 0) add('topic-match', 'positive', gain('topics'), { topics: byWeight(topics.list) });
  else if (ctx.topics.length > 0) add('no-topic-match', 'negative', loss('topics'), { topics: byWeight(ctx.topics).slice(0, 3) });
  if (facts.subjects.length > 0) add('subject-match', 'positive', gain('subjects'), { subjects: facts.subjects });
  if (facts.schoolLevels.length > 0) add('school-level-match', 'positive', gain('schoolLevels'), { levels: facts.schoolLevels });
  if (language.rank > 0) {
    const params = { language: language.code, level: languageLevelOfRank(language.rank) ?? '' };
    if (language.rank < COMFORTABLE_LANGUAGE_RANK) add('weak-language-level', 'negative', loss('language'), params);
    else add('shared-language', 'positive', gain('language'), params);
  }
  if (ctx.country && ctx.country === mentor.country) add('same-country', 'positive', gain('country'), { country: ctx.country });
  if (ctx.modeCount > 0 && facts.sharedModes > 0) {
    const modes = MEETING_MODES.filter((_, i) => (ctx.modeMask & facts.mentorModes & (1 << i)) !== 0);
    add('meeting-mode-match', 'positive', gain('meetingModes'), { modes });
  }
  if (weekly.comparable && weekly.minutes > 0) add('availability-overlap', 'positive', gain('availability'), { hours: Math.round(weekly.minutes / 6) / 10 });
  if (weekly.comparable && weekly.minutes === 0) add('no-weekly-overlap', 'negative', loss('availability'));
  if (facts.dates > 0 && facts.dates < 1) add('availability-partial', 'negative', loss('availability'), { percent: Math.floor(facts.dates * 100) });
  // A public record does not tell how many places are free, so the reason names no number.
  if (facts.free > 0) add('free-places', 'positive', gain('freePlaces'), facts.freeCounted ? { free: facts.free } : {});
  if (components.preferred === 1) add('preferred-mentor', 'positive', gain('preferred'));
  return soft;
}

/** Records that are not objects score as empty ones: ineligible, with reasons, never a crash. */
function orEmpty<T extends object>(value: T): T {
  return typeof value === 'object' && value !== null ? value : ({} as T);
}

function differentProgramme(mentor: AnyMentor, ctx: MenteeContext): boolean {
  const own = mentor.programmeId;
  return (ctx.programmeId !== undefined && own !== ctx.programmeId) || (ctx.programmeOfRules !== undefined && own !== ctx.programmeOfRules);
}

function conflictsWith(mentor: AnyMentor): string[] {
  const list = 'private' in mentor ? mentor.private?.conflictsWith : undefined;
  return Array.isArray(list) ? list : [];
}

/** The shared usable language with the highest lower-of-two level; ties go to the first code. */
function bestSharedLanguage(mentor: AnyMentor, ctx: MenteeContext): { code: string; rank: number } {
  // Scans instead of building a map: both lists are a handful of entries, and this runs per pair.
  const skills: unknown[] = Array.isArray(mentor.languages) ? mentor.languages : [];
  let best = { code: '', rank: 0 };
  for (const [code, rank] of ctx.languages) {
    let other = 0;
    for (const skill of skills as { code?: unknown; level?: unknown }[]) {
      if (skill?.code === code) other = Math.max(other, languageLevelRank(skill.level));
    }
    if (other < ctx.minLanguageRank) continue;
    const lower = other < rank ? other : rank;
    if (lower > best.rank) best = { code, rank: lower };
  }
  return best;
}

function matchTopics(mentor: AnyMentor, ctx: MenteeContext): { matched: number; list: WeightedTopic[] } {
  const offered: unknown[] = Array.isArray(mentor.topics) ? mentor.topics : [];
  let matched = 0;
  const list: WeightedTopic[] = [];
  for (const topic of ctx.topics) {
    if (!offered.includes(topic.topic)) continue;
    matched += topic.weight;
    list.push(topic);
  }
  return { matched, list };
}

/** What the mentee asked for (unique, sorted) that the mentor offers, in the mentee's order. */
function intersect(wanted: string[], offered: unknown): string[] {
  if (wanted.length === 0 || !Array.isArray(offered)) return [];
  return wanted.filter((x) => offered.includes(x));
}

/** The mentor's weekly times read on the mentee's clock; not comparable without times on both sides or zones put on one clock. */
function weeklyOverlap(mentor: AnyMentor, ctx: MenteeContext): { comparable: boolean; minutes: number } {
  if (ctx.weekly.length === 0 || !ctx.timezone) return { comparable: false, minutes: 0 };
  const slots = weekMinutes(mentor.availability?.weekly);
  const shift = slots.length === 0 ? undefined : zoneShift(canonicalTimezone(mentor.timezone), ctx.timezone, ctx.clockDay);
  if (shift === undefined) return { comparable: false, minutes: 0 };
  return { comparable: true, minutes: overlapMinutes(ctx.weekly, 0, ctx.weekly.length, slots, 0, slots.length, shift) };
}

function byWeight(topics: WeightedTopic[]): string[] {
  return [...topics].sort((a, b) => b.weight - a.weight || compareCodeUnits(a.topic, b.topic)).map((t) => t.topic);
}

const SOFT_ORDER = new Map<string, number>(SOFT_REASON_CODES.map((code, i) => [code, i]));

function sortSoft(soft: SoftReason[]): Reason[] {
  return [...soft]
    .sort(
      (a, b) =>
        b.contribution - a.contribution ||
        (SOFT_ORDER.get(a.reason.code) ?? 99) - (SOFT_ORDER.get(b.reason.code) ?? 99) ||
        compareCodeUnits(JSON.stringify(a.reason.params ?? {}), JSON.stringify(b.reason.params ?? {})),
    )
    .map((s) => s.reason);
}
