import { normalizeText } from '../text/normalize-text.js';
import { DEFAULT_TOPIC_CUES } from './default-topic-cues.js';
import { parseCue, type CueWord } from './parse-cue.js';

/** Cues by language code (ISO 639-1, or `*` for names used in every language). */
export type TopicCueLists = Readonly<Record<string, readonly string[]>>;

/** A topic a host adds, with its cue words per language. */
export interface TopicCueDefinition {
  id: string;
  cues: TopicCueLists;
}

/** What a host adds to the built-in etwinning and career topics. */
export interface TopicVocabularyExtra {
  /** New topics, or more cues for existing ones. */
  topics?: readonly TopicCueDefinition[];
  /** More cue words by topic id. */
  cues?: Readonly<Record<string, TopicCueLists>>;
}

/** A cue word or phrase as extractTopics matches it. */
export interface CompiledCue {
  topic: string;
  /** Languages that list the cue. */
  langs: readonly string[];
  /** The cue as written. */
  source: string;
  /** Ids into `words`. */
  words: readonly number[];
  weight: number;
  negative: boolean;
}

/** A word of the text matched to a cue word: `quality` is 1, less for a typo. */
export interface CueWordHit {
  word: number;
  quality: number;
}

/** A compiled topic vocabulary for `extractTopics`; build it once with `createTopicVocabulary`. */
export interface TopicVocabulary {
  readonly topics: readonly string[];
  readonly cues: readonly CompiledCue[];
  readonly words: readonly CueWord[];
  /** Stem -> cue word ids. */
  readonly byStem: ReadonlyMap<string, readonly number[]>;
  /** Distinct stem lengths, ascending. */
  readonly stemLengths: readonly number[];
  readonly infixWords: readonly number[];
  /** First two letters -> cue word ids that tolerate typos (slips at the very start are rare). */
  readonly fuzzyWords: ReadonlyMap<string, readonly number[]>;
  /** Cue word id -> ids of cues starting with it. */
  readonly cuesByFirstWord: ReadonlyMap<number, readonly number[]>;
  /** Token -> hits; bounded memo shared by calls on this vocabulary. */
  readonly tokenMemo: Map<string, readonly CueWordHit[]>;
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function fail(field: string, expected: string): never {
  const error = new TypeError(`Invalid topic vocabulary: ${field} must be ${expected}`);
  throw Object.assign(error, { code: 'invalid-topic-vocabulary', field, expected });
}

function checkCueLists(lists: unknown, field: string): TopicCueLists {
  if (!lists || typeof lists !== 'object' || Array.isArray(lists)) fail(field, 'an object of cue lists by language');
  for (const [lang, cues] of Object.entries(lists)) {
    if (!Array.isArray(cues)) fail(`${field}.${lang}`, 'an array of strings');
    cues.forEach((cue, i) => typeof cue === 'string' || fail(`${field}.${lang}[${i}]`, 'a string'));
  }
  return lists as TopicCueLists;
}

function mergeCues(extra: TopicVocabularyExtra): Map<string, Map<string, string[]>> {
  const merged = new Map<string, Map<string, string[]>>();
  const add = (topic: string, lists: TopicCueLists): void => {
    const byLang = merged.get(topic) ?? new Map<string, string[]>();
    for (const [lang, cues] of Object.entries(lists)) byLang.set(lang, [...(byLang.get(lang) ?? []), ...cues]);
    merged.set(topic, byLang);
  };
  for (const [topic, lists] of Object.entries(DEFAULT_TOPIC_CUES)) add(topic, lists);
  (extra.topics ?? []).forEach((topic, i) => {
    if (!topic || typeof topic.id !== 'string' || !ID.test(topic.id)) fail(`topics[${i}].id`, 'a lower-case id');
    add(topic.id, checkCueLists(topic.cues, `topics[${i}].cues`));
  });
  for (const [topic, lists] of Object.entries(extra.cues ?? {})) {
    if (!ID.test(topic)) fail(`cues.${topic}`, 'keyed by a lower-case topic id');
    add(topic, checkCueLists(lists, `cues.${topic}`));
  }
  return merged;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Compiles the built-in topic cues plus a host's additions into an index that `extractTopics`
 * reuses. Throws a TypeError with `code` and `field` when the additions are malformed.
 */
export function createTopicVocabulary(extra: TopicVocabularyExtra = {}): TopicVocabulary {
  if (!extra || typeof extra !== 'object') fail('extra', 'an object');
  const words: CueWord[] = [];
  const wordIds = new Map<string, number>();
  const cues: CompiledCue[] = [];
  const cueIds = new Map<string, number>();
  const merged = mergeCues(extra);
  for (const [topic, byLang] of merged) {
    for (const [lang, list] of byLang) {
      for (const source of list) {
        const parsed = parseCue(source, normalizeText);
        if (!parsed) continue;
        const ids = parsed.words.map((word) => {
          const key = `${word.stem}|${word.exact}|${word.infix}`;
          let id = wordIds.get(key);
          if (id === undefined) {
            id = words.push(word) - 1;
            wordIds.set(key, id);
          }
          return id;
        });
        // The same cue in several languages is one cue: it counts once.
        const key = `${topic}|${parsed.negative}|${parsed.weight}|${ids.join(',')}`;
        const known = cueIds.get(key);
        if (known !== undefined) {
          const cue = cues[known]!;
          cues[known] = { ...cue, langs: [...new Set([...cue.langs, lang.toLowerCase()])] };
          continue;
        }
        cueIds.set(key, cues.length);
        cues.push({ topic, langs: [lang.toLowerCase()], source, words: ids, weight: parsed.weight, negative: parsed.negative });
      }
    }
  }
  const byStem = new Map<string, number[]>();
  const fuzzyWords = new Map<string, number[]>();
  const infixWords: number[] = [];
  words.forEach((word, id) => {
    push(byStem, word.stem, id);
    if (word.typos > 0) push(fuzzyWords, word.stem.slice(0, 2), id);
    if (word.infix) infixWords.push(id);
  });
  const cuesByFirstWord = new Map<number, number[]>();
  cues.forEach((cue, id) => push(cuesByFirstWord, cue.words[0]!, id));
  return Object.freeze({
    topics: Object.freeze([...merged.keys()].sort()),
    cues: Object.freeze(cues),
    words: Object.freeze(words),
    byStem,
    stemLengths: Object.freeze([...new Set(words.map((w) => w.stem.length))].sort((a, b) => a - b)),
    infixWords: Object.freeze(infixWords),
    fuzzyWords,
    cuesByFirstWord,
    tokenMemo: new Map(),
  });
}
