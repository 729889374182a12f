import { NEGATION_CUES } from './negation-cues.js';
import { readTopics, type ExtractTopicsOptions, type NegatedTopic, type TopicMatch } from './extract-topics.js';

/** What readGoals understood of a goal text. */
export interface GoalReading {
  /** The requested topics, as extractTopics gives them. */
  topics: TopicMatch[];
  /** Topics the text names only to say they are not wanted ("I no longer need help with registration"). */
  negated: NegatedTopic[];
  /** Words, as written and in text order, that matched no topic cue and are not common small words. */
  unknownWords: string[];
  /** Whether at least one requested topic was found: when false, ask the person to pick topics. */
  understood: boolean;
}

// Small words of the five languages that say nothing about a topic; not reported as unknown.
const FUNCTION_WORDS = new Set(
  [
    'i a an the to of in on for with and or but my our we is am are be it this that how what do does can would like want need help have has please hi hello me us',
    'ma mina me meie ja ning ning et kui kuidas mis on ei mitte oma see seda abi vajan tahan soovin tahaksin palun tere',
    'minä me ja tai että kuinka miten mitä on en ei haluan tarvitsen apua meidän minun olen hei kiitos',
    'as mes ir ar kad kaip kas yra ne mano musu noriu reikia pagalbos man labas aciu',
    'es mes un vai ka ir nav ne mans musu velos man vajag palidziba sveiki paldies',
  ].join(' ').split(' '),
);

/**
 * Reads a goal text the way extractTopics does and also says what it made of the rest: the topics
 * it found, the topics the text names only to negate them, the words it did not understand, and
 * whether it understood anything at all. Options as extractTopics'. Never throws.
 */
export function readGoals(text: string, options: ExtractTopicsOptions = {}): GoalReading {
  const reading = readTopics(text, options);
  const unknown: string[] = [];
  const seen = new Set<string>();
  reading.words.forEach((word, i) => {
    if (reading.cueWords[i] === 1 || seen.has(word.token) || isKnownSmallWord(word.token)) return;
    seen.add(word.token);
    unknown.push(word.text);
  });
  return { topics: reading.topics, negated: reading.negated, unknownWords: unknown, understood: reading.topics.length > 0 };
}

function isKnownSmallWord(token: string): boolean {
  if (/^\p{N}+$/u.test(token) || FUNCTION_WORDS.has(token)) return true;
  return NEGATION_CUES.negators.includes(token) || NEGATION_CUES.contrasts.includes(token) || NEGATION_CUES.coordinators.includes(token);
}
