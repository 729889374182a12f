import { expect, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { MentorFinderErrorDetail } from '../events/mentor-finder-error.js';
import { MENTORS_URL, sampleMentors } from '../../test/helpers.js';
import { MentorDataController } from './mentor-data-controller.js';
import { isCardReady } from '../components/mentor-finder/is-card-ready.js';
import { toCompactPublicMentors, type PublicMentor } from '@mentor-finder/matcher';

class DataHost extends LitElement {
  readonly reports: MentorFinderErrorDetail[] = [];
  readonly data = new MentorDataController(this, { onError: (detail) => this.reports.push(detail) });
}
customElements.define('data-host', DataHost);

/** Records what the host was asked to show on every update. */
class PreviewHost extends LitElement {
  readonly seen: { previewing: boolean; status: string; ids: string[] }[] = [];
  readonly data = new MentorDataController(this, { onError: () => undefined, preview: () => ({ count: 5, locale: 'en', ready: isCardReady }) });
  /** Called once, when a first page is shown. */
  onFirstPage: (() => void) | undefined;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    if (this.data) this.seen.push({ previewing: this.data.previewing, status: this.data.status, ids: this.data.mentors.map((m) => m.id) });
    const onFirstPage = this.data?.previewing ? this.onFirstPage : undefined;
    this.onFirstPage = onFirstPage ? undefined : this.onFirstPage;
    onFirstPage?.();
  }
}
customElements.define('data-preview-host', PreviewHost);

/** Records whether each of its updates saw the load quiet. */
class QuietHost extends LitElement {
  delay = 0;
  readonly seen: boolean[] = [];
  readonly data = new MentorDataController(this, { onError: () => undefined, noticeDelay: () => this.delay });
  protected override updated(): void {
    this.seen.push(this.data.quiet);
  }
}
customElements.define('data-quiet-host', QuietHost);

const jsonUrl = (data: unknown): string => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
const byName = (mentors: PublicMentor[]): string[] => {
  const collator = new Intl.Collator('en');
  return [...mentors].sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1)).map((m) => m.id);
};

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => undefined;
  return run().finally(() => (console.error = original));
}

describe('MentorDataController', () => {
  describe('quiet', () => {
    it('stays quiet while a load is younger than the notice delay, then asks the host to announce it', async () => {
      const host = document.body.appendChild(new QuietHost());
      host.delay = 150;
      void host.data.load('/__test__/contact/slow');
      expect(host.data.status).to.equal('pending');
      expect(host.data.quiet).to.equal(true);
      await host.updateComplete;
      expect(host.seen).to.deep.equal([true]);
      await waitUntil(() => !host.data.quiet, 'never announced', { timeout: 3000 });
      await host.updateComplete;
      expect(host.seen).to.deep.equal([true, false]);
      expect(host.data.status).to.equal('pending');
      host.remove();
    });

    it('loads again when a disconnect cut its request short', async () => {
      const host = document.body.appendChild(new QuietHost());
      const requested: string[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        requested.push(String(input));
        return original(input, init);
      };
      try {
        void host.data.load(MENTORS_URL);
        host.remove();
        document.body.append(host);
        await waitUntil(() => host.data.status === 'complete', 'never loaded after the reconnect', { timeout: 5000 });
        expect(requested).to.have.length(2);
        expect(host.data.mentors.length).to.equal((await sampleMentors()).length);
      } finally {
        window.fetch = original;
        host.remove();
      }
    });

    it('ends with the load, and is never quiet without a delay', async () => {
      const host = document.body.appendChild(new QuietHost());
      host.delay = 60_000;
      const loading = host.data.load(MENTORS_URL);
      expect(host.data.quiet).to.equal(true);
      await loading;
      expect(host.data.status).to.equal('complete');
      expect(host.data.quiet).to.equal(false);
      host.delay = 0;
      void host.data.load('/__test__/contact/slow');
      expect(host.data.status).to.equal('pending');
      expect(host.data.quiet).to.equal(false);
      host.remove();
    });
  });

  it('goes pending, then complete with the validated mentors', async () => {
    const host = document.body.appendChild(new DataHost());
    expect(host.data.status).to.equal('initial');
    const loading = host.data.load(MENTORS_URL);
    expect(host.data.status).to.equal('pending');
    await loading;
    expect(host.data.status).to.equal('complete');
    expect(host.data.mentors.map((m) => m.id)).to.deep.equal((await sampleMentors()).map((m) => m.id));
    expect(host.reports).to.deep.equal([]);
    host.remove();
  });

  it('reads the compact format from src like the plain one', async () => {
    const host = document.body.appendChild(new DataHost());
    const mentors = await sampleMentors();
    await host.data.load(jsonUrl(toCompactPublicMentors(mentors)));
    expect(host.data.status).to.equal('complete');
    expect(host.data.mentors).to.deep.equal(mentors);
    host.remove();
  });

  it('fails with the faulty part named for broken compact data', async () => {
    const host = document.body.appendChild(new DataHost());
    const compact = { ...toCompactPublicMentors(await sampleMentors()), count: 2 };
    await quietly(() => host.data.load(jsonUrl(compact)));
    expect(host.data.status).to.equal('error');
    expect(host.data.errorCode).to.equal('invalid-data');
    expect(host.reports[0]?.cause).to.contain('/columns/0/values');
    host.remove();
  });

  it('shows the first page in name order before validating a large list, then all valid mentors', async () => {
    const host = document.body.appendChild(new PreviewHost());
    const mentors = await sampleMentors();
    // An invalid record sorted first must not reach the preview.
    await host.data.load(jsonUrl([{ id: 'bad', displayName: 'AAA' }, ...mentors]));
    const preview = host.seen.find((entry) => entry.previewing);
    expect(preview?.status).to.equal('pending');
    expect(preview?.ids).to.deep.equal(byName(mentors).slice(0, 5));
    expect(host.data.previewing).to.equal(false);
    expect(host.data.status).to.equal('complete');
    expect(host.data.mentors.length).to.equal(38);
    host.remove();
  });

  it('stops showing a first page when another load starts', async () => {
    const host = document.body.appendChild(new PreviewHost());
    let slow: Promise<void> | undefined;
    let during: { previewing: boolean; status: string } | undefined;
    host.onFirstPage = () => {
      slow = host.data.load('/__test__/contact/slow');
      during = { previewing: host.data.previewing, status: host.data.status };
    };
    await host.data.load(jsonUrl(await sampleMentors()));
    expect(during).to.deep.equal({ previewing: false, status: 'pending' });
    expect(host.data.previewing, 'the older load shows nothing more').to.equal(false);
    host.remove();
    await slow;
  });

  it('takes compact mentors given directly at once when the reader and the validator are here', async () => {
    const host = document.body.appendChild(new DataHost());
    const mentors = await sampleMentors();
    await host.data.accept(toCompactPublicMentors(mentors));
    expect(host.data.status).to.equal('complete');
    const again = host.data.accept(toCompactPublicMentors(mentors.slice(0, 3)));
    // No pending state between the two lists: the finder would drop its tabs and search box for it.
    expect(host.data.status).to.equal('complete');
    expect(host.data.mentors.map((m) => m.id)).to.deep.equal(mentors.slice(0, 3).map((m) => m.id));
    await again;
    host.remove();
  });

  it('ends in error for a failed load or a body that is not JSON', async () => {
    const host = document.body.appendChild(new DataHost());
    await quietly(() => host.data.load('/packages/widget/test/fixtures/missing.json'));
    expect(host.data.status).to.equal('error');
    expect(host.data.errorCode).to.equal('load-failed');
    await quietly(() => host.data.load('/packages/widget/README.md'));
    expect(host.data.errorCode).to.equal('load-failed');
    expect(host.reports.map((r) => r.code)).to.deep.equal(['load-failed', 'load-failed']);
    host.remove();
  });

  it('keeps only the newest of overlapping loads', async () => {
    const host = document.body.appendChild(new DataHost());
    const slow = host.data.load('/__test__/contact/slow');
    const fast = host.data.load(MENTORS_URL);
    await Promise.all([slow, fast]);
    expect(host.data.status).to.equal('complete');
    expect(host.data.mentors.length).to.equal(38);
    expect(host.reports).to.deep.equal([]);
    host.remove();
  });

  it('skips invalid records and reports them, and fails only when none is valid', async () => {
    const host = document.body.appendChild(new DataHost());
    const mentors: unknown[] = await sampleMentors();
    await quietly(async () => host.data.accept([...mentors, { id: 'bad' }]));
    expect(host.data.status).to.equal('complete');
    expect(host.data.mentors.length).to.equal(38);
    expect(host.reports.map((r) => r.code)).to.deep.equal(['invalid-records']);
    await quietly(async () => host.data.accept({ not: 'a list' }));
    expect(host.data.status).to.equal('error');
    expect(host.data.errorCode).to.equal('invalid-data');
    expect(host.data.mentors).to.deep.equal([]);
    host.remove();
  });

});
