import type { TextWord } from '../text/tokenize.js';
import { NEGATION_CUES, type NegationCues } from './negation-cues.js';

// Punctuation that ends a clause; a negation reaches no further.
const CLAUSE_END = /[.,;:!?()[\]{}\n\u2013\u2014\u2026]/;

/** For each word, whether a clause starts at it (punctuation since the previous word, or a contrast word). */
export function clauseStarts(text: string, words: readonly TextWord[], cues: NegationCues = NEGATION_CUES): Uint8Array {
  const starts = new Uint8Array(words.length);
  let cursor = 0;
  words.forEach((word, i) => {
    const at = text.indexOf(word.text, cursor);
    const from = at < 0 ? cursor : at;
    if (i === 0 || CLAUSE_END.test(text.slice(cursor, from)) || cues.contrasts.includes(word.token)) starts[i] = 1;
    cursor = from + word.text.length;
  });
  return starts;
}

const startsWithAny = (token: string, stems: readonly string[]) => stems.some((stem) => token.startsWith(stem));

function isNegator(tokens: readonly string[], i: number, cues: NegationCues): boolean {
  const token = tokens[i]!;
  if (cues.negators.includes(token)) return true;
  return token === 't' && i > 0 && cues.apostropheNegators.includes(tokens[i - 1]!);
}

/** Length of the "rather than" phrase starting at word i, 0 when none does. */
function ratherThanAt(tokens: readonly string[], i: number, cues: NegationCues): number {
  for (const phrase of cues.ratherThan) if (phrase.every((w, k) => tokens[i + k] === w)) return phrase.length;
  return 0;
}

/**
 * Which words of a goal text are inside a negation, so that the topics they name are not
 * requested. Three forms, each kept to its clause (punctuation and contrast words end one):
 * a negated wish ("I do NOT want…", "ei vaja", "en tarvitse", "nenoriu", "nevēlos") negates its
 * clause, back to its start or the last "and" before the negator; a negator right before a topic
 * ("not the label but…", "mitte partnerit, vaid…") negates from there on; "rather than",
 * "instead of" negate what follows them. `startsTopic(i)` says whether a topic cue matches word i.
 * A negator that is not about wanting ("I don't know how to find a partner", "en osaa etsiä
 * kumppania") negates nothing.
 */
export function negatedWords(
  text: string,
  words: readonly TextWord[],
  startsTopic: (index: number) => boolean,
  cues: NegationCues = NEGATION_CUES,
): Uint8Array {
  const negated = new Uint8Array(words.length);
  const tokens = words.map((w) => w.token);
  // Most goals negate nothing: skip the clause scan unless a word could start a negation.
  if (!tokens.some((t, i) => isNegator(tokens, i, cues) || ratherThanAt(tokens, i, cues) > 0 || startsWithAny(t, cues.negatedWishes))) return negated;
  const starts = clauseStarts(text, words, cues);
  const clauseEnd = (i: number) => {
    let end = i + 1;
    while (end < tokens.length && starts[end] === 0) end++;
    return end;
  };
  const mark = (from: number, to: number) => negated.fill(1, from, to);

  let scopeStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (starts[i] === 1) scopeStart = i;
    const token = tokens[i]!;
    if (cues.coordinators.includes(token)) {
      scopeStart = i + 1;
      continue;
    }
    const rather = ratherThanAt(tokens, i, cues);
    if (rather > 0) {
      mark(i + rather, clauseEnd(i));
      continue;
    }
    if (startsWithAny(token, cues.negatedWishes)) {
      mark(scopeStart, clauseEnd(i));
      continue;
    }
    if (!isNegator(tokens, i, cues)) continue;
    const end = clauseEnd(i);
    // "do not know how to look for", "en osaa etsiä": not being able is a need, not a refusal,
    // unless a wish is refused beside it ("ei oska ega taha").
    let wish = false;
    let ability = false;
    let joined = false;
    for (let k = i + 1; k < end && k <= i + cues.wishWindow && !wish; k++) {
      const word = tokens[k]!;
      if (cues.abilities?.includes(word)) ability = true;
      else if (ability && cues.abilityJoiners?.includes(word)) joined = true;
      else wish = (!ability || joined) && startsWithAny(word, cues.wishes);
    }
    if (ability && !wish) continue;
    if (wish) {
      mark(scopeStart, end);
      continue;
    }
    if (!cues.beforeTopic.includes(token)) continue;
    let next = i + 1;
    while (next < end && cues.determiners.includes(tokens[next]!)) next++;
    if (next < end && startsTopic(next)) mark(i, end);
  }
  return negated;
}
