import { newIdempotencyKey } from '../../utilities/idempotency-key.js';

/** One language row of the form. */
export interface DraftLanguage {
  code: string;
  level: string;
}

/** One weekly time of the form. */
export interface DraftSlot {
  day: string;
  start: string;
  end: string;
}

/**
 * What a person typed into the registration form, as typed (numbers stay strings until the record
 * is built). Consents are deliberately not part of it: they are given anew on each visit.
 */
export interface RegistrationDraft {
  givenName: string;
  familyName: string;
  email: string;
  country: string;
  region: string;
  timezone: string;
  role: string;
  yearsInProfession: string;
  languages: DraftLanguage[];
  subjects: string[];
  schoolLevels: string[];
  topics: string[];
  bio: string;
  /** The language the bio is written in; empty: the form's language. */
  bioLang: string;
  maxMentees: string;
  from: string;
  to: string;
  weekly: DraftSlot[];
  meetingModes: string[];
  inPersonArea: string;
  sameCountryOnly: boolean;
  yearsOfExperience: string;
  certificateType: string;
  certificateValidUntil: string;
  trainingCompleted: boolean;
  trainingCompletedOn: string;
  etwinningProjects: string;
  nationalQualityLabels: string;
  membershipPaidUntil: string;
  etwinningStatus: string;
  goals: string;
  /** Like bioLang, for the goals. */
  goalsLang: string;
  goalsSet: boolean;
  participationFeePaid: boolean;
  /** Kept with the draft, so a retried send is stored once. */
  idempotencyKey: string;
}

export type DraftListName = 'languages' | 'weekly';

const PREFIX = 'mentor-finder:registration:';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage may be blocked (privacy settings, sandboxed frames); the draft then lives in the form only.
    return undefined;
  }
}

/** A new draft, with the defaults the programme suggests. */
export function emptyDraft(defaults: Partial<RegistrationDraft> = {}): RegistrationDraft {
  return {
    givenName: '',
    familyName: '',
    email: '',
    country: '',
    region: '',
    timezone: '',
    role: '',
    yearsInProfession: '',
    languages: [{ code: '', level: '' }],
    subjects: [],
    schoolLevels: [],
    topics: [],
    bio: '',
    bioLang: '',
    maxMentees: '',
    from: '',
    to: '',
    weekly: [],
    meetingModes: [],
    inPersonArea: '',
    sameCountryOnly: false,
    yearsOfExperience: '',
    certificateType: '',
    certificateValidUntil: '',
    trainingCompleted: false,
    trainingCompletedOn: '',
    etwinningProjects: '',
    nationalQualityLabels: '',
    membershipPaidUntil: '',
    etwinningStatus: '',
    goals: '',
    goalsLang: '',
    goalsSet: false,
    participationFeePaid: false,
    ...defaults,
    idempotencyKey: newIdempotencyKey(),
  };
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const rows = <T extends object>(value: unknown, keys: readonly (keyof T & string)[]): T[] =>
  Array.isArray(value)
    ? value
        .filter((row): row is Record<string, unknown> => Boolean(row) && typeof row === 'object')
        .map((row) => Object.fromEntries(keys.map((key) => [key, typeof row[key] === 'string' ? row[key] : ''])) as T)
    : [];

/** Reads a stored draft field by field, so a damaged or older entry never breaks the form. */
function readDraft(saved: Record<string, unknown>, defaults: RegistrationDraft): RegistrationDraft {
  const draft = { ...defaults } as Record<string, unknown>;
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = saved[key];
    if (key === 'languages') {
      const list = rows<DraftLanguage>(value, ['code', 'level']);
      if (list.length > 0) draft[key] = list;
    } else if (key === 'weekly') draft[key] = rows<DraftSlot>(value, ['day', 'start', 'end']);
    else if (Array.isArray(fallback)) draft[key] = strings(value);
    else if (typeof value === typeof fallback) draft[key] = value;
  }
  return draft as unknown as RegistrationDraft;
}

/** The saved draft for this form, or a new one with the defaults. */
export function loadDraft(key: string, defaults: Partial<RegistrationDraft> = {}): RegistrationDraft {
  const fresh = emptyDraft(defaults);
  try {
    const raw = storage()?.getItem(PREFIX + key);
    const saved: unknown = raw ? JSON.parse(raw) : undefined;
    return saved && typeof saved === 'object' ? readDraft(saved as Record<string, unknown>, fresh) : fresh;
  } catch {
    return fresh;
  }
}

export function saveDraft(key: string, draft: RegistrationDraft): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Quota or blocked storage: the draft still lives in the form.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}
