import type { ValidationError } from '@mentor-finder/matcher';
import type { ContactField, SendRefusal } from '../../translations/translation.js';
import type { SendOutcome } from '../../utilities/send-contact-request.js';
import { plural, type PluralForms } from '../../utilities/plural.js';

type Failed = Extract<SendOutcome, { ok: false }>;
type RefusalCode = SendRefusal['code'];

/** Server codes read as one of ours; the server of this project says `idempotency-key-reused`. */
const CODE_ALIASES: Readonly<Record<string, RefusalCode>> = Object.freeze({
  'contact-requests-closed': 'contact-requests-closed',
  'mentor-full': 'mentor-full',
  'not-accepting-requests': 'not-accepting-requests',
  'mentor-not-found': 'mentor-not-found',
  'idempotency-conflict': 'idempotency-conflict',
  'idempotency-key-reused': 'idempotency-conflict',
  'rate-limited': 'rate-limited',
});

function bodyOf(outcome: Failed): { code?: unknown; errors?: unknown } {
  return typeof outcome.body === 'object' && outcome.body !== null ? (outcome.body as { code?: unknown; errors?: unknown }) : {};
}

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, Math.round((at - now) / 1000)) : undefined;
}

/**
 * Field errors of a 400 answer (`{ errors: [{ path, code, ... }] }`), or of a `notice-changed` one
 * (at the consent), to show at their fields; empty for any other answer.
 */
export function serverFieldErrors(outcome: Failed): ValidationError[] {
  if (outcome.status !== 400 && bodyOf(outcome).code !== 'notice-changed') return [];
  const { errors } = bodyOf(outcome);
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (e): e is ValidationError => typeof e === 'object' && e !== null && typeof (e as ValidationError).path === 'string' && typeof (e as ValidationError).code === 'string',
  );
}

/** What a failed send means for the form: errors to show at fields, a refusal to word, and the event's cause. */
export interface FailureReading {
  fieldErrors: ValidationError[];
  refusal: Omit<SendRefusal, 'button'> | undefined;
  /** e.g. `rejected 409 mentor-full`. */
  cause: string;
}

export function readFailure(outcome: Failed): FailureReading {
  const code = bodyOf(outcome).code;
  const cause = [outcome.failure, outcome.status, typeof code === 'string' ? code : undefined].filter((part) => part !== undefined).join(' ');
  const fieldErrors = serverFieldErrors(outcome);
  return { fieldErrors, refusal: fieldErrors.length > 0 ? undefined : readRefusal(outcome), cause };
}

/** Statuses that say something about the mentor or the sending, not about the text. */
const REFUSAL_STATUSES: ReadonlySet<number> = new Set([403, 404, 409, 429]);

/**
 * What a refused request means: a known code in any 4xx other than 400, else by status for 403,
 * 404, 409 and 429. Undefined otherwise (400, other 4xx without a known code, 5xx).
 */
export function readRefusal(outcome: Failed): Omit<SendRefusal, 'button'> | undefined {
  const { status } = outcome;
  if (status === undefined || status < 401 || status >= 500) return undefined;
  const code = bodyOf(outcome).code;
  const known = typeof code === 'string' && Object.hasOwn(CODE_ALIASES, code) ? CODE_ALIASES[code] : undefined;
  if (!known && !REFUSAL_STATUSES.has(status)) return undefined;
  const resolved: RefusalCode = known ?? (status === 429 ? 'rate-limited' : status === 404 ? 'mentor-not-found' : 'refused');
  const retryAfter = resolved === 'rate-limited' ? retryAfterSeconds(outcome.retryAfter) : undefined;
  return { code: resolved, status, ...(retryAfter === undefined ? {} : { retryAfter }) };
}

interface Catalogue {
  refusal: Record<Exclude<RefusalCode, 'rate-limited' | 'refused' | 'idempotency-conflict'>, string>;
  conflict: (button: string) => string;
  rateLimited: (minutes: number | undefined) => string;
  refused: (status: number) => string;
  containsEmail: string;
  angleBrackets: string;
  hiddenCharacters: string;
  encodedWord: string;
}

const later = (locale: string, minutes: number | undefined, forms: PluralForms, otherwise: string): string =>
  minutes === undefined ? otherwise : plural(locale, minutes, forms);

// The contact form's own words for what the server said; here rather than in the finder's
// catalogues so the finder's entry does not carry them.
const CATALOGUES: Readonly<Record<string, Catalogue>> = Object.freeze({
  en: {
    refusal: {
      'contact-requests-closed': "This mentor's programme does not take requests through this site, so nothing was sent. Your text is kept.",
      'mentor-full': 'This mentor has no free place any more, so nothing was sent. Your text is kept; you can choose another mentor.',
      'not-accepting-requests': 'This mentor is not taking requests at the moment, so nothing was sent. Your text is kept; you can choose another mentor.',
      'mentor-not-found': 'This mentor is no longer listed, so nothing was sent. Your text is kept; you can choose another mentor.',
    },
    conflict: (button) => `An earlier version of this request has already arrived, so the changed text was not sent. Press "${button}" to send it as a new request.`,
    rateLimited: (minutes) =>
      `Too many requests have come from your network, so nothing was sent. Your text is kept; please try again ${later('en', minutes, { one: 'in a minute', other: 'in # minutes' }, 'later')}.`,
    refused: (status) => `The server refused the request (error ${status}), so nothing was sent. Your text is kept.`,
    containsEmail: 'Please write only your name here; your e-mail address goes in its own field.',
    angleBrackets: 'Please remove the < and > characters.',
    hiddenCharacters: 'This contains hidden characters (perhaps from copying); please type it again.',
    encodedWord: 'Please write your name in plain letters, without “=?…?=” codes.',
  },
  et: {
    refusal: {
      'contact-requests-closed': 'Selle mentori programm ei võta selle lehe kaudu soove vastu, seega midagi ei saadetud. Sinu tekst on alles.',
      'mentor-full': 'Sellel mentoril ei ole enam vaba kohta, seega midagi ei saadetud. Sinu tekst on alles; võid valida teise mentori.',
      'not-accepting-requests': 'See mentor ei võta praegu soove vastu, seega midagi ei saadetud. Sinu tekst on alles; võid valida teise mentori.',
      'mentor-not-found': 'Seda mentorit ei ole enam nimekirjas, seega midagi ei saadetud. Sinu tekst on alles; võid valida teise mentori.',
    },
    conflict: (button) => `Selle soovi varasem versioon on juba kohale jõudnud, seega muudetud teksti ei saadetud. Vajuta „${button}“, et saata see uue soovina.`,
    rateLimited: (minutes) =>
      `Sinu võrgust on tulnud liiga palju soove, seega midagi ei saadetud. Sinu tekst on alles; proovi uuesti ${later('et', minutes, { one: 'minuti pärast', other: '# minuti pärast' }, 'hiljem')}.`,
    refused: (status) => `Server keeldus soovist (viga ${status}), seega midagi ei saadetud. Sinu tekst on alles.`,
    containsEmail: 'Kirjuta siia ainult oma nimi; e-posti aadress käib eraldi välja.',
    angleBrackets: 'Palun eemalda märgid < ja >.',
    hiddenCharacters: 'Siin on peidetud märke (võib-olla kopeerimisest); palun kirjuta see uuesti.',
    encodedWord: 'Palun kirjuta oma nimi tavaliste tähtedega, ilma „=?…?=“ koodideta.',
  },
  fi: {
    refusal: {
      'contact-requests-closed': 'Tämän mentorin ohjelma ei ota vastaan pyyntöjä tämän sivuston kautta, joten mitään ei lähetetty. Tekstisi on tallessa.',
      'mentor-full': 'Tällä mentorilla ei ole enää vapaata paikkaa, joten mitään ei lähetetty. Tekstisi on tallessa; voit valita toisen mentorin.',
      'not-accepting-requests': 'Tämä mentori ei ota nyt vastaan pyyntöjä, joten mitään ei lähetetty. Tekstisi on tallessa; voit valita toisen mentorin.',
      'mentor-not-found': 'Tämä mentori ei ole enää luettelossa, joten mitään ei lähetetty. Tekstisi on tallessa; voit valita toisen mentorin.',
    },
    conflict: (button) => `Tämän pyynnön aiempi versio on jo perillä, joten muutettua tekstiä ei lähetetty. Lähetä se uutena pyyntönä painamalla ”${button}”.`,
    rateLimited: (minutes) =>
      `Verkostasi on tullut liian monta pyyntöä, joten mitään ei lähetetty. Tekstisi on tallessa; yritä uudelleen ${later('fi', minutes, { one: 'minuutin kuluttua', other: '# minuutin kuluttua' }, 'myöhemmin')}.`,
    refused: (status) => `Palvelin hylkäsi pyynnön (virhe ${status}), joten mitään ei lähetetty. Tekstisi on tallessa.`,
    containsEmail: 'Kirjoita tähän vain nimesi; sähköpostiosoite kuuluu omaan kenttäänsä.',
    angleBrackets: 'Poista merkit < ja >.',
    hiddenCharacters: 'Tässä on piilotettuja merkkejä (ehkä kopioinnista); kirjoita se uudelleen.',
    encodedWord: 'Kirjoita nimesi tavallisin kirjaimin, ilman ”=?…?=”-koodeja.',
  },
  lt: {
    refusal: {
      'contact-requests-closed': 'Šio mentoriaus programa per šią svetainę prašymų nepriima, todėl niekas neišsiųsta. Jūsų tekstas išsaugotas.',
      'mentor-full': 'Šis mentorius nebeturi laisvų vietų, todėl niekas neišsiųsta. Jūsų tekstas išsaugotas; galite pasirinkti kitą mentorių.',
      'not-accepting-requests': 'Šis mentorius šiuo metu prašymų nepriima, todėl niekas neišsiųsta. Jūsų tekstas išsaugotas; galite pasirinkti kitą mentorių.',
      'mentor-not-found': 'Šio mentoriaus sąraše nebėra, todėl niekas neišsiųsta. Jūsų tekstas išsaugotas; galite pasirinkti kitą mentorių.',
    },
    conflict: (button) => `Ankstesnė šio prašymo versija jau gauta, todėl pakeistas tekstas neišsiųstas. Paspauskite „${button}“, kad išsiųstumėte jį kaip naują prašymą.`,
    rateLimited: (minutes) =>
      `Iš jūsų tinklo atėjo per daug prašymų, todėl niekas neišsiųsta. Jūsų tekstas išsaugotas; bandykite dar kartą ${later('lt', minutes, { one: 'po # minutės', many: 'po # minutės', other: 'po # minučių' }, 'vėliau')}.`,
    refused: (status) => `Serveris atmetė prašymą (klaida ${status}), todėl niekas neišsiųsta. Jūsų tekstas išsaugotas.`,
    containsEmail: 'Čia įrašykite tik savo vardą; el. pašto adresas rašomas atskirame lauke.',
    angleBrackets: 'Pašalinkite simbolius < ir >.',
    hiddenCharacters: 'Čia yra paslėptų simbolių (galbūt nukopijuotų); įveskite tekstą iš naujo.',
    encodedWord: 'Įrašykite vardą paprastomis raidėmis, be „=?…?=“ kodų.',
  },
  lv: {
    refusal: {
      'contact-requests-closed': 'Šī mentora programma nepieņem pieprasījumus ar šīs vietnes starpniecību, tāpēc nekas netika nosūtīts. Jūsu teksts ir saglabāts.',
      'mentor-full': 'Šim mentoram vairs nav brīvu vietu, tāpēc nekas netika nosūtīts. Jūsu teksts ir saglabāts; varat izvēlēties citu mentoru.',
      'not-accepting-requests': 'Šis mentors pašlaik nepieņem pieprasījumus, tāpēc nekas netika nosūtīts. Jūsu teksts ir saglabāts; varat izvēlēties citu mentoru.',
      'mentor-not-found': 'Šis mentors vairs nav sarakstā, tāpēc nekas netika nosūtīts. Jūsu teksts ir saglabāts; varat izvēlēties citu mentoru.',
    },
    conflict: (button) => `Šī pieprasījuma iepriekšējā versija jau ir saņemta, tāpēc mainītais teksts netika nosūtīts. Nospiediet “${button}”, lai to nosūtītu kā jaunu pieprasījumu.`,
    rateLimited: (minutes) =>
      `No jūsu tīkla saņemts pārāk daudz pieprasījumu, tāpēc nekas netika nosūtīts. Jūsu teksts ir saglabāts; mēģiniet vēlreiz ${later('lv', minutes, { one: 'pēc # minūtes', other: 'pēc # minūtēm' }, 'vēlāk')}.`,
    refused: (status) => `Serveris noraidīja pieprasījumu (kļūda ${status}), tāpēc nekas netika nosūtīts. Jūsu teksts ir saglabāts.`,
    containsEmail: 'Šeit ierakstiet tikai savu vārdu; e-pasta adresei ir savs lauks.',
    angleBrackets: 'Lūdzu, noņemiet rakstzīmes < un >.',
    hiddenCharacters: 'Šeit ir slēptas rakstzīmes (iespējams, no kopēšanas); lūdzu, ierakstiet to vēlreiz.',
    encodedWord: 'Lūdzu, ierakstiet vārdu ar parastiem burtiem, bez “=?…?=” kodiem.',
  },
});

const catalogue = (locale: string): Catalogue => CATALOGUES[locale] ?? CATALOGUES.en!;

/** The words for a refusal in a catalogue locale (`en`, `et`, `fi`, `lt`, `lv`). */
export function refusalText(refusal: SendRefusal, locale: string): string {
  const words = catalogue(locale);
  switch (refusal.code) {
    case 'rate-limited':
      return words.rateLimited(refusal.retryAfter === undefined ? undefined : Math.max(1, Math.ceil(refusal.retryAfter / 60)));
    case 'idempotency-conflict':
      return words.conflict(refusal.button);
    case 'refused':
      return words.refused(refusal.status ?? 0);
    default:
      return words.refusal[refusal.code];
  }
}

/** Words for the text checks only a server makes; undefined for codes the form words itself. */
export function serverFieldText(code: string, _field: ContactField, locale: string): string | undefined {
  const words = catalogue(locale);
  switch (code) {
    case 'contains-email':
      return words.containsEmail;
    case 'angle-brackets':
      return words.angleBrackets;
    case 'encoded-word':
      return words.encodedWord;
    case 'bidi-control':
    case 'control-character':
    case 'lone-surrogate':
      return words.hiddenCharacters;
    default:
      return undefined;
  }
}
