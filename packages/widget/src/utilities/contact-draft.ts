import { newIdempotencyKey } from './idempotency-key.js';

/** What the visitor typed into the contact form, kept until the request is sent. */
export interface ContactDraft {
  name: string;
  email: string;
  school: string;
  message: string;
  consent: boolean;
  /** Created with the draft and kept with it, so a retried send is stored once. */
  idempotencyKey: string;
}

const PREFIX = 'mentor-finder:draft:';
// Who is writing, for the next mentor's form: asked once per visit, not again for each mentor (WCAG 3.3.7).
const SENDER = 'mentor-finder:sender';

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    // Storage may be blocked (privacy settings, sandboxed frames); drafts then live in memory only.
    return undefined;
  }
}

export function emptyDraft(): ContactDraft {
  return { name: '', email: '', school: '', message: '', consent: false, idempotencyKey: newIdempotencyKey() };
}

function readJson(key: string): Record<string, unknown> | undefined {
  const raw = storage()?.getItem(key);
  const saved: unknown = raw ? JSON.parse(raw) : undefined;
  return saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : undefined;
}

/** The saved draft for a mentor; else a new one with the name, address and school given for another mentor. */
export function loadDraft(mentorId: string): ContactDraft {
  try {
    const record = readJson(PREFIX + mentorId) ?? { ...readJson(SENDER), message: '' };
    const text = (key: string): string => (typeof record[key] === 'string' ? (record[key] as string) : '');
    return {
      name: text('name'),
      email: text('email'),
      school: text('school'),
      message: text('message'),
      // A consent is given afresh, as on the registration form: never kept.
      consent: false,
      idempotencyKey: text('idempotencyKey') || newIdempotencyKey(),
    };
  } catch {
    return emptyDraft();
  }
}

export function saveDraft(mentorId: string, draft: ContactDraft): void {
  try {
    const { consent: _consent, ...kept } = draft;
    storage()?.setItem(PREFIX + mentorId, JSON.stringify(kept));
    storage()?.setItem(SENDER, JSON.stringify({ name: draft.name, email: draft.email, school: draft.school }));
  } catch {
    // Quota or blocked storage: the draft still lives in the open dialog.
  }
}

export function clearDraft(mentorId: string): void {
  try {
    storage()?.removeItem(PREFIX + mentorId);
  } catch {
    // Nothing to clear.
  }
}
