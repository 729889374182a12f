// Two accepts for a mentor's last place, 50 times, against two server processes on one SQLite
// file: each accept goes to a different process at the same moment, so the only thing between
// them is the conditional update in the accept transaction. Exactly one may win each time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_DIR,
  answerLinks,
  contactRequest,
  httpRequest,
  postContactRequest,
  startServiceProcess,
  startTestSmtpServer,
  until,
  type ServiceProcess,
  type TestSmtpServer,
} from './mail-support.js';

const ROUNDS = 50;
const dataDir = mkdtempSync(join(tmpdir(), 'mf-race-'));
let smtp: TestSmtpServer;
let first: ServiceProcess;
let second: ServiceProcess;

/** Sample mentor m-ee-01 cloned 50 times, each with one place and nobody in it. */
function writeRaceMentors(): string {
  const [template] = (JSON.parse(readFileSync(`${REPO_DIR}../shared/data/mentors.json`, 'utf8')) as Record<string, any>[]).filter((m) => m.id === 'm-ee-01');
  const mentors = Array.from({ length: ROUNDS }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return { ...template, id: `m-race-${n}`, displayName: `Race ${n}.`, capacity: { maxMentees: 1, currentMentees: 0, acceptingRequests: true }, private: { ...template?.private, email: `race-${n}@example.org` } };
  });
  const file = join(dataDir, 'mentors.json');
  writeFileSync(file, JSON.stringify(mentors));
  return file;
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  const env = { MF_DATA_DIR: dataDir, MF_MENTORS_FILE: writeRaceMentors(), MF_SMTP_URL: smtp.url, MF_PUBLIC_BASE_URL: 'http://mentors.example.org/' };
  first = await startServiceProcess(env);
  second = await startServiceProcess(env);
}, 60_000);

afterAll(async () => {
  const codes = await Promise.all([first?.stop(), second?.stop()]);
  await smtp?.close();
  rmSync(dataDir, { recursive: true, force: true });
  expect(codes).toEqual([0, 0]);
});

describe('two accepts for the last place', () => {
  it(`${ROUNDS} times: exactly one wins, the other page says there is no free place`, async () => {
    const outcomes: string[] = [];
    let lastWinner: ServiceProcess = first;
    for (let i = 1; i <= ROUNDS; i++) {
      const n = String(i).padStart(2, '0');
      const mentorId = `m-race-${n}`;
      for (const name of ['Maarja Kask', 'Piret Proov']) {
        const stored = await postContactRequest(first.url, contactRequest(mentorId, 'etwinning-mentors-2026', { sender: { name, email: `${name.split(' ')[0]?.toLowerCase()}@example.net` } }));
        expect(stored.status).toBe(201);
      }
      const forMentor = () => smtp.mails.filter((m) => m.envelopeTo.includes(`race-${n}@example.org`));
      await until(() => forMentor().length === 2, `the two mails to ${mentorId}`);
      const [a, b] = forMentor().map((m) => answerLinks(m.parsed.text ?? '').accept);
      const path = (link: string | undefined) => new URL(link ?? '').pathname + new URL(link ?? '').search;
      const [one, two] = await Promise.all([
        httpRequest(new URL(path(a), first.url).href, { method: 'POST', body: '' }),
        httpRequest(new URL(path(b), second.url).href, { method: 'POST', body: '' }),
      ]);
      const statuses = [one.status, two.status].sort();
      outcomes.push(statuses.join('/'));
      expect(statuses, `round ${i}`).toEqual([200, 409]);
      const loser = one.status === 409 ? one : two;
      lastWinner = one.status === 200 ? first : second;
      expect(loser.body).toContain('Sul ei ole enam vaba kohta');
    }
    console.log(`race: ${ROUNDS} rounds, outcomes ${JSON.stringify(Object.fromEntries([...new Set(outcomes)].map((o) => [o, outcomes.filter((x) => x === o).length])))}`);

    const db = new Database(join(dataDir, 'mentor-finder.sqlite'), { readonly: true });
    try {
      expect(db.prepare(`SELECT count(*) AS n FROM mentor_state WHERE mentor_id LIKE 'm-race-%' AND current_mentees = 1`).get()).toEqual({ n: ROUNDS });
      expect(db.prepare(`SELECT count(*) AS n FROM mentor_state WHERE current_mentees > 1`).get()).toEqual({ n: 0 });
      expect(db.prepare(`SELECT status, count(*) AS n FROM request_answers GROUP BY status ORDER BY status`).all()).toEqual([
        { status: 'accepted', n: ROUNDS },
        { status: 'open', n: ROUNDS },
      ]);
      expect(db.prepare(`SELECT count(*) AS n FROM mail_outbox WHERE kind = 'requester-accepted'`).get()).toEqual({ n: ROUNDS });
    } finally {
      db.close();
    }
    // The public view shows every raced mentor full (a process recomputes it after its own
    // accepts, so ask the one that took the last place).
    const publicMentors = (await (await fetch(new URL('mentors.public.json', lastWinner.url))).json()) as { id: string; capacity: { status: string } }[];
    const raced = publicMentors.filter((m) => m.id.startsWith('m-race-'));
    expect(raced.length).toBe(ROUNDS);
    expect(raced.filter((m) => m.capacity.status !== 'full')).toEqual([]);
    await until(() => smtp.mails.filter((m) => m.parsed.subject?.includes('võttis sinu pöördumise vastu')).length === ROUNDS, 'the requesters’ mails');
  }, 240_000);
});
