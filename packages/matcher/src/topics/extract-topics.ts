import { boundedEditDistance } from '../text/bounded-edit-distance.js';
import { splitWords, type TextWord } from '../text/tokenize.js';
import { negatedWords } from './negated-words.js';
import { TOPIC_TUNING } from './topic-tuning.js';
import { createTopicVocabulary, type CueWordHit, type TopicVocabulary } from './create-topic-vocabulary.js';
import { CUE_WEIGHTS, type CueWord } from './parse-cue.js';

/** A topic found in a goal text. */
export interface TopicMatch {
  topic: string;
  /** 0..1 */
  confidence: number;
  /** Words of the text that gave the topic away, as written, in text order. */
  matched: string[];
}

/** Options of extractTopics; defaults in DEFAULT_EXTRACT_TOPICS_OPTIONS. */
export interface ExtractTopicsOptions {
  /** Language the text is probably in: its cues weigh a little more; other languages' cues still apply. */
  lang?: string | null;
  /** From `createTopicVocabulary`; the built-in topics when absent. */
  vocabulary?: TopicVocabulary;
  /** Topics below this confidence are left out. */
  minConfidence?: number;
}

/** Defaults of extractTopics' options. */
export const DEFAULT_EXTRACT_TOPICS_OPTIONS: Readonly<Required<Pick<ExtractTopicsOptions, 'lang' | 'minConfidence'>>> = Object.freeze({
  lang: null,
  minConfidence: 0.5,
});

interface CueHit {
  cue: number;
  tokens: number[];
  value: number;
}

let builtIn: TopicVocabulary | undefined;

// A typo match must cover the whole word, allowing an inflection: a stem at the head of a long
// compound (`dilem` in `disemination`) is too loose a fit, and so are two typos in a long word.
function typosAllowed(word: CueWord, token: string): number {
  const ending = token.length - word.stem.length;
  if (!word.exact && ending > TOPIC_TUNING.maxEnding) return 0;
  return ending < 0 || ending > 2 ? Math.min(word.typos, 1) : word.typos;
}

function wordHits(token: string, vocabulary: TopicVocabulary): readonly CueWordHit[] {
  const memo = vocabulary.tokenMemo.get(token);
  if (memo) return memo;
  const found = new Map<number, number>();
  for (const length of vocabulary.stemLengths) {
    if (length > token.length) break;
    for (const id of vocabulary.byStem.get(token.slice(0, length)) ?? []) {
      if (!vocabulary.words[id]!.exact || length === token.length) found.set(id, 1);
    }
  }
  for (const id of vocabulary.infixWords) {
    const stem = vocabulary.words[id]!.stem;
    if (!found.has(id) && token.length > stem.length && token.includes(stem, 1)) found.set(id, 1);
  }
  if (token.length >= TOPIC_TUNING.minTypoWordLength) {
    for (const id of vocabulary.fuzzyWords.get(token.slice(0, 2)) ?? []) {
      if (found.has(id)) continue;
      const word = vocabulary.words[id]!;
      const max = typosAllowed(word, token);
      if (max === 0) continue;
      // In short stems a changed or added letter makes another word (coping/coding, padlet/padėti);
      // two swapped letters count as a slip there, and so does a dropped one after a correct start
      // (partnrs, projct), as fuzzy search engines keep a prefix exact. The stem must go on past
      // that start by two letters: `plann` less an `n` is `plan`, which starts planet and plane.
      const long = word.stem.length >= TOPIC_TUNING.minLooseTypoStem;
      const prefix = TOPIC_TUNING.exactTypoPrefix;
      const drops = long || (word.stem.length >= prefix + 2 && token.startsWith(word.stem.slice(0, prefix)));
      const distance = boundedEditDistance(word.stem, token, max, { prefix: !word.exact, substitutions: long, indels: long, drops });
      if (distance === 1) found.set(id, TOPIC_TUNING.oneTypo);
      else if (distance === 2 && distance <= max) found.set(id, TOPIC_TUNING.twoTypos);
    }
  }
  const hits = [...found].map(([word, quality]) => ({ word, quality }));
  if (vocabulary.tokenMemo.size >= TOPIC_TUNING.memoSize) vocabulary.tokenMemo.clear();
  vocabulary.tokenMemo.set(token, hits);
  return hits;
}

/** Finds where each cue matches, phrases word by word with small gaps. */
function findCueHits(tokens: readonly string[], vocabulary: TopicVocabulary, lang: string | null): CueHit[] {
  const perToken = tokens.map((token) => new Map(wordHits(token, vocabulary).map((h) => [h.word, h.quality])));
  const hits: CueHit[] = [];
  perToken.forEach((hitsHere, start) => {
    for (const [firstWord, firstQuality] of hitsHere) {
      for (const cueId of vocabulary.cuesByFirstWord.get(firstWord) ?? []) {
        const cue = vocabulary.cues[cueId]!;
        const positions = [start];
        let quality = firstQuality;
        for (let w = 1; w < cue.words.length && positions.length === w; w++) {
          const from = positions[w - 1]! + 1;
          const gap = cue.negative ? TOPIC_TUNING.maxNegativeGap : TOPIC_TUNING.maxGap;
          const to = Math.min(tokens.length, from + gap + 1);
          for (let at = from; at < to; at++) {
            const q = perToken[at]!.get(cue.words[w]!);
            if (q !== undefined) {
              positions.push(at);
              quality = Math.min(quality, q);
              break;
            }
          }
        }
        if (positions.length !== cue.words.length) continue;
        const otherLanguage = lang !== null && !cue.langs.includes('*') && !cue.langs.includes(lang);
        const value = cue.weight * quality * (otherLanguage ? TOPIC_TUNING.otherLanguage : 1);
        hits.push({ cue: cueId, tokens: positions, value });
      }
    }
  });
  return hits;
}

function byValueThenCue(a: CueHit, b: CueHit): number {
  return b.value - a.value || a.cue - b.cue || a.tokens[0]! - b.tokens[0]!;
}

/** Combines one topic's hits: negative cues veto the words they cover; each cue and each word counts once. */
function scoreTopic(hits: CueHit[], vocabulary: TopicVocabulary, weakAsWord = false): { confidence: number; tokens: Set<number> } {
  const blocked = new Set<number>();
  for (const hit of hits) if (vocabulary.cues[hit.cue]!.negative) hit.tokens.forEach((t) => blocked.add(t));
  const covered = new Set<number>();
  const counted = new Set<number>();
  let missing = 1;
  for (const hit of hits.filter((h) => !vocabulary.cues[h.cue]!.negative).sort(byValueThenCue)) {
    // A cue counts once, however often it recurs ("partners ... partnerships").
    if (counted.has(hit.cue) || hit.tokens.every((t) => blocked.has(t) || covered.has(t))) continue;
    counted.add(hit.cue);
    hit.tokens.forEach((t) => covered.add(t));
    const weak = vocabulary.cues[hit.cue]!.weight === CUE_WEIGHTS.weak;
    missing *= 1 - (weakAsWord && weak ? (hit.value * CUE_WEIGHTS.word) / CUE_WEIGHTS.weak : hit.value);
  }
  return { confidence: Math.round((1 - missing) * 1000) / 1000, tokens: covered };
}

function primaryLanguage(lang: string | null | undefined): string | null {
  if (typeof lang !== 'string' || !lang) return null;
  return lang.toLowerCase().split(/[-_]/)[0] || null;
}

/** A topic the text names only inside a negation ("I do NOT want to find a partner"). */
export interface NegatedTopic {
  topic: string;
  /** Words of the text that named the topic, as written, in text order. */
  matched: string[];
}

/** What the topic reader found in a text, word by word; readGoals and extractTopics report from it. */
export interface TopicReading {
  words: TextWord[];
  topics: TopicMatch[];
  negated: NegatedTopic[];
  /** 1 for each word some cue matched, negated or not. */
  cueWords: Uint8Array;
  /** 1 for each word inside a negation. */
  negatedWords: Uint8Array;
}

function byConfidenceThenTopic(a: { topic: string; confidence: number }, b: { topic: string; confidence: number }): number {
  return b.confidence - a.confidence || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0);
}

/** The shared reading behind extractTopics and readGoals. Never throws. */
export function readTopics(text: string, options: ExtractTopicsOptions = {}): TopicReading {
  if (typeof text !== 'string' || text.length === 0) {
    return { words: [], topics: [], negated: [], cueWords: new Uint8Array(0), negatedWords: new Uint8Array(0) };
  }
  const vocabulary = options.vocabulary ?? (builtIn ??= createTopicVocabulary());
  const minConfidence = options.minConfidence ?? DEFAULT_EXTRACT_TOPICS_OPTIONS.minConfidence;
  const source = text.slice(0, TOPIC_TUNING.maxTextLength);
  const words = splitWords(source);
  const tokens = words.map((w) => w.token);
  const hits = findCueHits(tokens, vocabulary, primaryLanguage(options.lang));
  const cueWords = new Uint8Array(words.length);
  const topicStarts = new Uint8Array(words.length);
  for (const hit of hits) {
    for (const t of hit.tokens) cueWords[t] = 1;
    if (!vocabulary.cues[hit.cue]!.negative) topicStarts[hit.tokens[0]!] = 1;
  }
  const negated = negatedWords(source, words, (i) => topicStarts[i] === 1);
  const all = new Map<string, CueHit[]>();
  const kept = new Map<string, CueHit[]>();
  for (const hit of hits) {
    const topic = vocabulary.cues[hit.cue]!.topic;
    push(all, topic, hit);
    if (!hit.tokens.some((t) => negated[t] === 1)) push(kept, topic, hit);
  }
  const matches: TopicMatch[] = [];
  const negatedTopics: (NegatedTopic & { confidence: number })[] = [];
  const matchedWords = (covered: Set<number>) => [...new Set([...covered].sort((a, b) => a - b).map((t) => words[t]!.text))];
  for (const [topic, topicHits] of all) {
    let { confidence, tokens: covered } = scoreTopic(kept.get(topic) ?? [], vocabulary);
    // A text of nothing but one topic's words names it, weak cues too ("partner", "kumppanikoulu").
    if (confidence > 0 && covered.size === words.length) ({ confidence, tokens: covered } = scoreTopic(kept.get(topic) ?? [], vocabulary, true));
    if (confidence > 0 && confidence >= minConfidence) {
      matches.push({ topic, confidence, matched: matchedWords(covered) });
      continue;
    }
    const before = scoreTopic(topicHits, vocabulary);
    if (before.confidence > 0 && before.confidence >= minConfidence) {
      negatedTopics.push({ topic, confidence: before.confidence, matched: matchedWords(before.tokens) });
    }
  }
  return {
    words,
    topics: matches.sort(byConfidenceThenTopic),
    negated: negatedTopics.sort(byConfidenceThenTopic).map(({ topic, matched }) => ({ topic, matched })),
    cueWords,
    negatedWords: negated,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds the topics of a goal text in any of the vocabulary's languages, tolerating inflections,
 * missing diacritics, typos and mixed languages. A topic named only inside a negation ("I do NOT
 * want…", "ei vaja…, vaid…") is left out. Sorted by confidence, then topic id. Never throws.
 * `readGoals` gives the same topics with what was negated and what was not understood.
 */
export function extractTopics(text: string, options: ExtractTopicsOptions = {}): TopicMatch[] {
  return readTopics(text, options).topics;
}
