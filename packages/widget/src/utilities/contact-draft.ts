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

/** The saved draft for a mentor, or a new empty one. */
export function loadDraft(mentorId: string): ContactDraft {
  try {
    const raw = storage()?.getItem(PREFIX + mentorId);
    const saved: unknown = raw ? JSON.parse(raw) : undefined;
    if (!saved || typeof saved !== 'object') return emptyDraft();
    const record = saved as Record<string, unknown>;
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
