import type { CountryCode, LanguageCode, Role } from './shared.js';

/** What the widget sends to a site's endpoint. The server adds id, status and dates. */
export interface ContactRequest {
  mentorId: string;
  programmeId: string;
  sender: {
    name: string;
    email: string;
    country?: CountryCode;
    role?: Role;
    languages?: LanguageCode[];
    school?: string;
  };
  message: { text: string; lang?: LanguageCode };
  /** Prefilled from detected goal topics; the sender can edit. */
  topics?: string[];
  consent: { privacyNoticeAccepted: true; noticeVersion: string };
  client?: { locale?: string; widgetVersion?: string };
  /** Sent with every draft so a retried request is stored once. */
  idempotencyKey?: string;
  /** Honeypot: must be empty; never stored. */
  hp?: string;
}
