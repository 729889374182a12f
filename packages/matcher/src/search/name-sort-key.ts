/**
 * Letters with a place of their own in a language's alphabet, in order. A letter not listed is
 * sorted as its base letter (its accents removed), as collation does at primary strength. Taken
 * from CLDR's collation rules (the test compares the result with Intl.Collator).
 */
const ALPHABETS: Readonly<Record<string, string>> = {
  root: 'abcdefghiıjklmnopqrstuvwxyzþ',
  et: 'abcdefghiıjklmnopqrsšzžtuvwõäöüxyþ',
  fi: 'abcdefghiıjklmnopqrstuvwxyzþåäö',
  lt: 'abcčdefghiıjklmnopqrsštuvwxzžþ',
  lv: 'aābcčdeēfgģhiyīıjkķlļmnņoōpqrŗsštuūvwxzžþ',
};

/** Characters that neither decomposition reduces and that collation treats as others. */
const SAME: Readonly<Record<string, string>> = { ø: 'o', đ: 'd', ð: 'd', ł: 'l', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'", '‘': "'", '„': '"', '“': '"', '”': '"' };

/** Letters a language sorts as others. */
const SAME_IN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fi: { ø: 'ö', æ: 'ä', ü: 'y' },
  lt: { y: 'i' },
};

/** Spaces, punctuation, symbols and digits in the order collation gives them, all before letters. */
const NON_LETTERS = '\t _-‐–—,;:!?.·\'"«»()[]{}@*/\\&#%`^+×<=>|~−$0123456789';
/** Alphabet letters map to private-use characters in their order, so they sort after the rest. */
const FIRST_LETTER = 0xe000;
/** Letters of other scripts sort after every alphabet letter, in code point order. */
const OTHER_LETTER = String.fromCharCode(0xefff);

/** The first code point of LATIN_FORMS. */
const LATIN_FIRST = 0xc0;
/**
 * What U+00C0 to U+024F sort as, in code point order: a letter's compatibility form (ĳ is ij), else
 * its letter without accents; empty when it has neither. What normalize() finds (a test checks),
 * without loading the Unicode data that its first use in a page costs.
 */
const LATIN_FORMS = 'A|A|A|A|A|A||C|E|E|E|E|I|I|I|I||N|O|O|O|O|O|||U|U|U|U|Y|||a|a|a|a|a|a||c|e|e|e|e|i|i|i|i||n|o|o|o|o|o|||u|u|u|u|y||y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|||E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|||I|i|I|i|I|i|I|i|I||IJ|ij|J|j|K|k||L|l|L|l|L|l|L·|l·|||N|n|N|n|N|n|ʼn|||O|o|O|o|O|o|||R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|||U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z|s|||||||||||||||||||||||||||||||||O|o||||||||||||||U|u||||||||||||||||||||DŽ|Dž|dž|LJ|Lj|lj|NJ|Nj|nj|A|a|I|i|O|o|U|u|U|u|U|u|U|u|U|u||A|a|A|a|Æ|æ|||G|g|K|k|O|o|O|o|Ʒ|ʒ|j|DZ|Dz|dz|G|g|||N|n|A|a|Æ|æ|Ø|ø|A|a|A|a|E|e|E|e|I|i|I|i|O|o|O|o|R|r|R|r|U|u|U|u|S|s|T|t|||H|h|||||||A|a|E|e|O|o|O|o|O|o|O|o|Y|y||||||||||||||||||||||||||||'.split('|');

const tables = new Map<string, Map<string, string>>();

function table(language: string): Map<string, string> {
  let found = tables.get(language);
  if (found) return found;
  const alphabet = ALPHABETS[language] ?? ALPHABETS.root!;
  found = new Map();
  for (let i = 0; i < NON_LETTERS.length; i++) found.set(NON_LETTERS[i]!, String.fromCharCode(1 + i));
  for (let i = 0; i < alphabet.length; i++) found.set(alphabet[i]!, String.fromCharCode(FIRST_LETTER + i));
  for (const [letter, same] of Object.entries({ ...SAME, ...SAME_IN[language] })) {
    let key = '';
    for (const part of same) key += found.get(part) ?? part;
    found.set(letter, key);
  }
  tables.set(language, found);
  return found;
}

/** A character's compatibility form, else itself without accents; itself when it has neither. */
export function reducedForm(char: string): string {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code >= LATIN_FIRST && code < LATIN_FIRST + LATIN_FORMS.length) return LATIN_FORMS[code - LATIN_FIRST] || char;
  const compatible = char.normalize('NFKC');
  return compatible !== char ? compatible : char.normalize('NFD').replace(/\p{M}/gu, '');
}

function keyOf(char: string, letters: Map<string, string>): string {
  const known = letters.get(char);
  if (known !== undefined) return known;
  // Compatibility forms first (ĳ is ij, a no-break space a space), then accents dropped.
  const reduced = reducedForm(char);
  if (reduced !== char) {
    let key = '';
    for (const part of reduced) key += keyOf(part, letters);
    return key;
  }
  return /\p{L}/u.test(char) ? OTHER_LETTER + char : char;
}

/**
 * A key whose code-unit order is, for names in Latin script, the order `Intl.Collator(locale)`
 * gives at primary strength (letters and their place in the language's alphabet; accents and case
 * ignored) in English, Estonian, Finnish, Lithuanian and Latvian; other languages get the root
 * order. It needs no locale data, whose first load in a page costs tens of milliseconds, so a list
 * can be drawn in name order at once and sorted with the collator afterwards.
 */
export function nameSortKey(name: string, locale: string): string {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const letters = table(language);
  let key = '';
  // Below U+0300 a name is composed already (combining marks start there).
  const composed = /[\u0300-\uffff]/.test(name) ? name.normalize('NFC') : name;
  // "l·" is one letter, ŀ (Catalan's ela geminada), to collation.
  for (const char of composed.toLowerCase().replaceAll('l·', 'ŀ')) key += keyOf(char, letters);
  return key;
}
