import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LanguageLevel, LanguageSkill, MenteeQuery, PreparedMentors, PublicMentor, RankedMentor, SchoolLevel } from '@mentor-finder/matcher';
import { loadOnce } from '../../utilities/load-once.js';

type MatchEngine = typeof import('./match-engine.js');
export type FormatReason = MatchEngine['formatReason'];

export interface MatchForm {
  language: string;
  level: LanguageLevel;
  language2: string;
  level2: LanguageLevel;
  schoolLevel: string;
  subject: string;
  goals: string;
}

export interface MatchResults {
  mentors: readonly PublicMentor[];
  list: RankedMentor[];
  topics: string[];
  formatReason: FormatReason;
}

const MAX_REQUEST_TOPICS = 5;

/** The ranking part, from beside this module (or the CDN entry's own chunk). */
const loadMatchEngine = loadOnce((): Promise<MatchEngine> => import('./match-engine.js'));

export interface FinderMatchOptions {
  mentors: () => readonly PublicMentor[];
  locale: () => string;
  onLoadFailed: (cause: unknown) => void;
}

/** The match view's state: the visitor's form, picked topics, and the mentors ranked for them. */
export class FinderMatchController implements ReactiveController {
  pending = false;
  /** Topics the visitor picked, and the picker (from the match engine) once goals were not understood. */
  picked: readonly string[] = [];
  goalsHelp: { render: MatchEngine['renderGoalsHelp']; notUnderstood: boolean } | undefined;
  private form: MatchForm | undefined;
  private ranked: MatchResults | undefined;
  private prepared: { mentors: readonly PublicMentor[]; prepared: PreparedMentors } | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: FinderMatchOptions;

  constructor(host: ReactiveControllerHost, options: FinderMatchOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** Fetches the ranking part while the visitor fills the form. */
  prefetch(): void {
    void loadMatchEngine().catch(() => undefined);
  }

  get current(): MatchForm {
    return this.form ?? { language: this.options.locale(), level: 'native', language2: '', level2: 'B2', schoolLevel: '', subject: '', goals: '' };
  }

  /** Results for the current mentor list; those for an older list are dropped rather than shown stale. */
  get results(): MatchResults | undefined {
    return this.ranked?.mentors === this.options.mentors() ? this.ranked : undefined;
  }

  input(field: keyof MatchForm, value: string): void {
    this.form = { ...this.current, [field]: value };
    this.host.requestUpdate();
  }

  togglePick(topic: string): void {
    this.picked = this.picked.includes(topic) ? this.picked.filter((x) => x !== topic) : [...this.picked, topic];
    this.host.requestUpdate();
  }

  /**
   * Ranks the mentors for the form: 'ranked' when there are new results to show, 'ask-topics' when
   * the goals named no topic (the picker asks), undefined when nothing changed (busy, or no engine).
   */
  async submit(): Promise<'ranked' | 'ask-topics' | undefined> {
    if (this.pending) return undefined;
    const query = this.menteeQuery(this.current);
    const goals = query.goals?.text ?? '';
    this.setPending(true);
    let engine: MatchEngine;
    try {
      engine = await loadMatchEngine();
    } catch (cause) {
      this.options.onLoadFailed(cause);
      return undefined;
    } finally {
      this.setPending(false);
    }
    const mentors = this.options.mentors();
    const read = goals ? engine.extractTopics(goals, { lang: this.options.locale() }) : [];
    const found = [...read, ...this.picked.filter((topic) => !read.some((m) => m.topic === topic)).map((topic) => ({ topic, confidence: 1, matched: [] }))];
    // Goals that name no topic rank nobody until the visitor picks topics; the picker stays once shown.
    if (goals && read.length === 0) this.goalsHelp = { render: engine.renderGoalsHelp, notUnderstood: found.length === 0 };
    else if (this.goalsHelp) this.goalsHelp = { ...this.goalsHelp, notUnderstood: false };
    this.host.requestUpdate();
    if (this.goalsHelp?.notUnderstood) {
      this.ranked = undefined;
      return 'ask-topics';
    }
    const list = engine.rankMentors(query, this.preparedMentors(engine), { includeIneligible: true, menteeTopics: found });
    const topics = found.slice(0, MAX_REQUEST_TOPICS).map((match) => match.topic);
    this.ranked = { mentors, list, topics, formatReason: engine.formatReason };
    return 'ranked';
  }

  private setPending(pending: boolean): void {
    this.pending = pending;
    this.host.requestUpdate();
  }

  private menteeQuery(form: MatchForm): MenteeQuery {
    const languages: LanguageSkill[] = [{ code: form.language, level: form.level }];
    if (form.language2 && form.language2 !== form.language) languages.push({ code: form.language2, level: form.level2 });
    return {
      languages,
      ...(form.schoolLevel ? { schoolLevels: [form.schoolLevel as SchoolLevel] } : {}),
      ...(form.subject ? { subjects: [form.subject] } : {}),
      ...(form.goals.trim() ? { goals: { text: form.goals.trim(), lang: this.options.locale() } } : {}),
    };
  }

  private preparedMentors(engine: MatchEngine): PreparedMentors {
    const mentors = this.options.mentors();
    if (this.prepared?.mentors !== mentors) this.prepared = { mentors, prepared: engine.prepareMentors([...mentors]) };
    return this.prepared.prepared;
  }
}
