/**
 * Case and plural endings of Estonian, Finnish, Latvian and Lithuanian nouns, written as
 * normalized words are: lower case, without diacritics (Finnish "-ssä" is "ssa", Lithuanian
 * "-ėje" is "eje"). Only endings of three letters or more: `stemOf` already cuts two letters from
 * words long enough to keep a stem of `MIN_ENDING_STEM`. A query does not say its language, so the
 * endings of all four are tried on every word; an English word may lose a look-alike ("programs"
 * also finds "progress"), which ranks below the word itself.
 */
const ENDINGS_BY_LANGUAGE: Readonly<Record<'et' | 'fi' | 'lv' | 'lt', readonly string[]>> = {
  // Plural on -de/-te, and -ide/-ite after a consonant, with each case; plural partitive; illative.
  et: [
    'des', 'tes', 'del', 'tel', 'dega', 'tega', 'desse', 'tesse', 'dest', 'test', 'dele', 'tele',
    'delt', 'telt', 'deks', 'teks', 'deni', 'teni', 'dena', 'tena', 'deta', 'teta',
    'ide', 'idega', 'idesse', 'ides', 'idest', 'idele', 'idel', 'idelt', 'ideks',
    'ite', 'itega', 'itesse', 'ites', 'itest', 'itele', 'itel', 'itelt', 'iteks',
    'eid', 'sid', 'uid', 'sse',
  ],
  // Singular local cases, translative, abessive, illative; the plural in -i- with each case; plural genitives.
  fi: [
    'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'tta', 'seen',
    'issa', 'ista', 'illa', 'ilta', 'ille', 'iksi', 'ina', 'ita', 'iin', 'ihin', 'isiin', 'ineen',
    'ien', 'jen', 'iden', 'itten',
  ],
  // Plural dative of masculine nouns; the other endings are two letters or one.
  lv: ['iem'],
  // Plural dative, locative and instrumental; other cases of either number; singular locative.
  // Not "-ėse": loanword stems end in -es- ("interese", in interest, would leave "inter").
  lt: [
    'ams', 'iams', 'oms', 'ioms', 'ems', 'ims', 'ums',
    'ose', 'iose', 'uose', 'iuose', 'yse',
    'ais', 'iais', 'omis', 'iomis', 'emis', 'imis', 'umis',
    'ies', 'aus', 'ius', 'ias', 'iui', 'iai', 'imi',
    'oje', 'ioje', 'yje', 'eje', 'uje',
  ],
};

/**
 * A stem left by an ending is at least this long. Four letters let "virosta" find
 * "environmental" and "oulusta" every "koulu" word, as compounds hold short stems by chance.
 */
export const MIN_ENDING_STEM = 5;

/** Every ending once, longest first (ties alphabetical), so the first that fits is the longest. */
export const CASE_ENDINGS: readonly string[] = Object.freeze(
  [...new Set(Object.values(ENDINGS_BY_LANGUAGE).flat())].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)),
);

/** A normalized word without its longest case ending that leaves a stem of `MIN_ENDING_STEM`, or the word. */
export function stripCaseEnding(word: string): string {
  for (const ending of CASE_ENDINGS) {
    if (word.length - ending.length >= MIN_ENDING_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
