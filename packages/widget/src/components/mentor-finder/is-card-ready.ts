import type { PublicMentor } from '@mentor-finder/matcher';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const optional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
const isTextList = (value: unknown): boolean => Array.isArray(value) && value.every(isText);

const isLanguageSkill = (value: unknown): boolean => isObject(value) && isText(value.code) && isText(value.level);

const isCapacity = (value: unknown): boolean =>
  isObject(value) && typeof value.acceptingRequests === 'boolean' && typeof value.maxMentees === 'number' && optional(value.status, isText);

const isAvailability = (value: unknown): boolean =>
  isObject(value) && optional(value.meetingModes, isTextList) && optional(value.inPersonArea, isText);

const isLocalizedText = (value: unknown): boolean => isObject(value) && Object.values(value).every(isText);

/**
 * Whether a record has every field the mentor card reads, of the type it reads, so a card can be
 * drawn from it before the schema validation has run (whose code arrives later). Only the
 * validation decides whether the record stays.
 */
export function isCardReady(record: unknown): record is PublicMentor {
  if (!isObject(record)) return false;
  return (
    isText(record.id) &&
    record.id !== '' &&
    isText(record.displayName) &&
    isText(record.country) &&
    optional(record.region, isText) &&
    optional(record.programmeId, isText) &&
    Array.isArray(record.languages) &&
    record.languages.every(isLanguageSkill) &&
    isCapacity(record.capacity) &&
    optional(record.availability, isAvailability) &&
    optional(record.subjects, isTextList) &&
    optional(record.schoolLevels, isTextList) &&
    optional(record.topics, isTextList) &&
    optional(record.bio, isLocalizedText) &&
    optional(record.photoUrl, isText) &&
    optional(record.takesRequests, (value) => typeof value === 'boolean') &&
    optional(record.usuallyAnswersWithinDays, (value) => typeof value === 'number')
  );
}

/** `isCardReady` for one programme's records; for every record when `programme` is empty. */
export function isCardReadyIn(programme: string): (record: unknown) => record is PublicMentor {
  return (record): record is PublicMentor => isCardReady(record) && (!programme || record.programmeId === programme);
}
