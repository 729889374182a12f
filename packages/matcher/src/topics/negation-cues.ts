/**
 * Words that turn a goal around, in the five languages, normalized (no diacritics, lower case).
 * Stems match a word's start; everything here is data so a programme can read what is understood.
 */
export interface NegationCues {
  /** A negator cancels the clause it stands in when a wish word follows within `wishWindow` words ("do NOT want", "ei vaja", "en tarvitse"). */
  readonly negators: readonly string[];
  /** `t` of "don't": a negator when the word before it is one of these. */
  readonly apostropheNegators: readonly string[];
  /** Stems of wanting and needing; only a wish can be negated by a negator (not "don't know how"). */
  readonly wishes: readonly string[];
  /**
   * Words of being able or knowing how. A negator followed by one of them, before any wish word, is
   * about ability, so the clause states a need ("en osaa etsiä" = "I cannot look for"). Whole words.
   */
  readonly abilities?: readonly string[];
  /**
   * Join a negated ability to a negated wish ("don't know nor want", "ei oska ega taha", "en osaa
   * enkä halua"): a wish word after one of them is refused after all. Whole words.
   */
  readonly abilityJoiners?: readonly string[];
  /** Stems of negated wish verbs written as one word (Lithuanian, Latvian). */
  readonly negatedWishes: readonly string[];
  /** Negate a topic right after them ("not the quality label", "mitte partnerit", "ne partnerių"), up to the clause end. */
  readonly beforeTopic: readonly string[];
  /** Words skipped between `beforeTopic` and the topic. */
  readonly determiners: readonly string[];
  /** Phrases after which the rest of the clause is what is *not* wanted ("X rather than Y"). */
  readonly ratherThan: readonly (readonly string[])[];
  /** Start a new clause ("not X but Y", "ei … vaan", "ne … bet"). */
  readonly contrasts: readonly string[];
  /** Join two wishes in one clause; a negation does not reach back over them. */
  readonly coordinators: readonly string[];
  /** Words between a negator and its wish ("do not really want", "ei ole huvitatud"). */
  readonly wishWindow: number;
}

export const NEGATION_CUES: NegationCues = Object.freeze({
  negators: Object.freeze([
    'not', 'never', 'no', 'dont', 'doesnt', 'didnt',
    'ei', 'pole', 'mitte',
    'en', 'et', 'emme', 'ette', 'eivat',
    'ne', 'nebe',
    'nav',
  ]),
  apostropheNegators: Object.freeze(['don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'wouldn', 'won']),
  wishes: Object.freeze([
    'need', 'want', 'wish', 'looking', 'search', 'seek', 'requir', 'interest', 'care', 'like',
    'vaja', 'soovi', 'taha', 'otsi', 'huvit', 'tarvi',
    'tarvit', 'halua', 'etsi', 'kaipaa', 'kiinnost',
    'reik', 'nori', 'norim', 'norec', 'noret', 'iesk', 'domin', 'domiu',
    'vajag', 'vajadz', 'velos', 'velam', 'velet', 'grib', 'mekle', 'interes', 'nepieciesam',
  ]),
  // The forms that follow a negator: Estonian "ei oska", Finnish connegatives "en osaa", "en tiedä".
  abilities: Object.freeze([
    'know', 'able', 'understand',
    'oska', 'osanud', 'tea', 'teadnud', 'suuda', 'suutnud', 'moista', 'moistnud', 'saa', 'saanud',
    'osaa', 'osannut', 'osanneet', 'tieda', 'tiennyt', 'tienneet', 'pysty', 'pystynyt', 'pystyneet',
    'ymmarra', 'ymmartanyt', 'ymmartaneet', 'voi', 'voinut', 'voineet',
  ]),
  abilityJoiners: Object.freeze(['or', 'nor', 'ega', 'enka', 'etka', 'eika', 'emmeka', 'etteka', 'eivatka']),
  negatedWishes: Object.freeze([
    'nenor', 'nereik', 'nebereik', 'neiesk', 'nedomin', 'nesidomi', 'nebutin',
    'nevelos', 'nevelam', 'negrib', 'nevajag', 'nevajadz', 'nemekle', 'neinteres',
  ]),
  beforeTopic: Object.freeze(['not', 'mitte', 'ne', 'nevis']),
  determiners: Object.freeze(['a', 'an', 'the', 'any', 'my', 'our', 'about', 'with', 'in', 'for', 'more']),
  ratherThan: Object.freeze([
    Object.freeze(['rather', 'than']),
    Object.freeze(['instead', 'of']),
    Object.freeze(['selle', 'asemel']),
    Object.freeze(['vietoj']),
    Object.freeze(['nevis']),
  ]),
  contrasts: Object.freeze(['but', 'however', 'instead', 'vaid', 'aga', 'kuid', 'vaan', 'mutta', 'bet', 'taciau', 'o']),
  coordinators: Object.freeze(['and', 'ja', 'sekä', 'seka', 'ir', 'un']),
  wishWindow: 3,
});
