import { MEETING_MODES, type Mentee, type MenteeQuery, type MeetingMode, type Reason, type Rule } from '../model/index.js';
import { compareCodeUnits } from '../text/compare-code-units.js';
import { extractTopics, type TopicMatch } from '../topics/index.js';
import { resolveWeights, weightSum, type ScoreWeights } from './default-weights.js';
import { programmeMenteeLimit } from './free-places.js';
import { areaKey, regionKey } from './in-person-area.js';
import { isoDay } from './iso-day.js';
import { languageLevelRank } from './language-level.js';
import { checkMenteeRules } from './mentee-rules.js';
import { relationshipDates, type RelationshipDates } from './relationship-dates.js';
import { DEFAULT_SCORE_OPTIONS, type ScoreOptions } from './score-options.js';
import { canonicalTimezone, weekMinutes } from './weekly-slots.js';

/** A topic the mentee wants, with how sure we are (1 for a ticked box). */
export interface WeightedTopic {
  topic: string;
  weight: number;
}

/**
 * Whether the mentee's goals are known: 'understood' when topics were read from the goal text or
 * ticked, 'not-understood' when a goal text was given and nothing in it was understood, 'none'
 * when there is neither.
 */
export type GoalsState = 'understood' | 'not-understood' | 'none';

/** Everything about one mentee that scoring needs, computed once per mentee and reused for every mentor. */
export interface MenteeContext {
  mentee: Mentee | MenteeQuery;
  weights: Readonly<ScoreWeights>;
  weightTotal: number;
  minLanguageRank: number;
  /** Sorted by topic id, so sums run in one order. */
  topics: WeightedTopic[];
  topicTotal: number;
  goals: GoalsState;
  subjects: string[];
  schoolLevels: string[];
  /** Usable languages (at or above the minimum), code -> rank, sorted by code. */
  languages: [string, number][];
  modeMask: number;
  modeCount: number;
  onlyInPerson: boolean;
  /** areaKey of the town where the mentee can meet in person; '' when not given. */
  inPersonArea: string;
  /** regionKey of the mentee's region; '' when not given. */
  region: string;
  country: string | undefined;
  sameCountryOnly: boolean;
  id: string | undefined;
  programmeId: string | undefined;
  excluded: ReadonlySet<string>;
  preferred: ReadonlySet<string>;
  fromDay: number;
  toDay: number;
  weekly: number[];
  timezone: string;
  /** The day clocks are compared on across zones: the mentee's first day, else the relationship's start (NaN: none). */
  clockDay: number;
  mentorRules: readonly Rule[];
  dates: RelationshipDates;
  /** Id of the programme whose rules apply; its mentors only. */
  programmeOfRules: string | undefined;
  /** Blocking and unchecked reasons from the programme's mentee rules. */
  menteeRuleReasons: Reason[];
  /** The programme's most mentees per mentor (Infinity: none): a mentor offering more counts as offering that many. */
  menteeLimit: number;
}

export function buildMenteeContext(input: Mentee | MenteeQuery, options: ScoreOptions = {}): MenteeContext {
  const mentee: Mentee | MenteeQuery = typeof input === 'object' && input !== null ? input : { languages: [] };
  const weights = resolveWeights(options.weights);
  const minLanguageRank = languageLevelRank(options.minLanguageLevel ?? DEFAULT_SCORE_OPTIONS.minLanguageLevel) || 3;
  const topics = menteeTopicWeights(mentee, options);
  const modes = uniqueStrings(mentee.preferences?.meetingModes).filter((m) => MEETING_MODES.includes(m as MeetingMode));
  const dates = relationshipDates(options);
  const fromDay = isoDay(mentee.availability?.from);
  return {
    mentee,
    weights,
    weightTotal: weightSum(weights),
    minLanguageRank,
    topics,
    topicTotal: topics.reduce((sum, t) => sum + t.weight, 0),
    goals: goalsState(mentee, topics),
    subjects: uniqueStrings(mentee.subjects),
    schoolLevels: uniqueStrings(mentee.schoolLevels),
    languages: usableLanguages(mentee, minLanguageRank),
    modeMask: modeMask(modes),
    modeCount: modes.length,
    onlyInPerson: modes.length === 1 && modes[0] === 'in-person',
    inPersonArea: areaKey(mentee.preferences?.inPersonArea),
    region: regionKey(mentee.region),
    country: typeof mentee.country === 'string' && mentee.country ? mentee.country : undefined,
    sameCountryOnly: mentee.preferences?.sameCountryOnly === true,
    id: typeof mentee.id === 'string' ? mentee.id : undefined,
    programmeId: typeof mentee.programmeId === 'string' && mentee.programmeId ? mentee.programmeId : undefined,
    excluded: new Set(uniqueStrings(mentee.preferences?.excludedMentorIds)),
    preferred: new Set(uniqueStrings(mentee.preferences?.preferredMentorIds)),
    fromDay,
    toDay: isoDay(mentee.availability?.to),
    weekly: weekMinutes(mentee.availability?.weekly),
    timezone: canonicalTimezone((mentee as { timezone?: unknown }).timezone),
    clockDay: Number.isFinite(fromDay) ? fromDay : isoDay(dates.start),
    mentorRules: Array.isArray(options.programme?.mentorRules) ? options.programme.mentorRules : [],
    dates,
    programmeOfRules: typeof options.programme?.id === 'string' ? options.programme.id : undefined,
    menteeRuleReasons: checkMenteeRules(mentee, options.programme?.menteeRules, dates),
    menteeLimit: programmeMenteeLimit(options.programme),
  };
}

function goalsState(mentee: Mentee | MenteeQuery, topics: readonly WeightedTopic[]): GoalsState {
  if (topics.length > 0) return 'understood';
  const text = mentee.goals?.text;
  return typeof text === 'string' && text.trim() !== '' ? 'not-understood' : 'none';
}

/** Ticked topics (weight 1) merged with topics read from the goals (their confidence); the higher wins. */
export function menteeTopicWeights(mentee: Mentee | MenteeQuery, options: ScoreOptions = {}): WeightedTopic[] {
  const weights = new Map<string, number>();
  for (const topic of uniqueStrings(mentee.topics)) weights.set(topic, 1);
  for (const match of options.menteeTopics ?? goalTopics(mentee, options)) {
    const confidence = Math.min(1, match?.confidence);
    if (typeof match?.topic !== 'string' || !match.topic || !(confidence > 0)) continue;
    if (confidence > (weights.get(match.topic) ?? 0)) weights.set(match.topic, confidence);
  }
  return [...weights.keys()].sort(compareCodeUnits).map((topic) => ({ topic, weight: weights.get(topic) as number }));
}

/** Goal texts read with the built-in vocabulary; scoring one mentee against many mentors reads one text. */
const GOAL_TOPICS_CACHE = new Map<string, readonly TopicMatch[]>();
const GOAL_TOPICS_CACHE_LIMIT = 256;

function goalTopics(mentee: Mentee | MenteeQuery, options: ScoreOptions): readonly TopicMatch[] {
  const text = mentee.goals?.text;
  if (typeof text !== 'string' || !text.trim()) return [];
  const lang = mentee.goals?.lang ?? null;
  if (options.topicVocabulary) return extractTopics(text, { lang, vocabulary: options.topicVocabulary });
  const key = `${lang ?? ''}\u0000${text}`;
  const cached = GOAL_TOPICS_CACHE.get(key);
  if (cached) return cached;
  const topics = extractTopics(text, { lang });
  if (GOAL_TOPICS_CACHE.size >= GOAL_TOPICS_CACHE_LIMIT) GOAL_TOPICS_CACHE.clear();
  GOAL_TOPICS_CACHE.set(key, topics);
  return topics;
}

function usableLanguages(mentee: Mentee | MenteeQuery, minRank: number): [string, number][] {
  const best = new Map<string, number>();
  for (const skill of Array.isArray(mentee.languages) ? mentee.languages : []) {
    const rank = languageLevelRank(skill?.level);
    if (typeof skill?.code !== 'string' || rank < minRank) continue;
    best.set(skill.code, Math.max(rank, best.get(skill.code) ?? 0));
  }
  return [...best.entries()].sort((a, b) => compareCodeUnits(a[0], b[0]));
}

/** Bit i set when MEETING_MODES[i] is in the list. */
export function modeMask(modes: readonly unknown[] | undefined): number {
  let mask = 0;
  for (const mode of modes ?? []) {
    const index = MEETING_MODES.indexOf(mode as MeetingMode);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

export function uniqueStrings(list: unknown): string[] {
  if (!Array.isArray(list) || list.length === 0) return [];
  const strings = list.filter((item): item is string => typeof item === 'string' && item.length > 0);
  // short lists (the usual case) dedupe faster by scanning than through a Set
  const out = strings.length > 32 ? [...new Set(strings)] : strings.filter((item, i) => strings.indexOf(item) === i);
  return out.sort(compareCodeUnits);
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
