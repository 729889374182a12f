import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { toCompactPublicMentors } from '@mentor-finder/matcher';
import type { MentorFinderErrorDetail } from '../events/mentor-finder-error.js';
import { MENTORS_URL, sampleMentors } from '../../test/helpers.js';
import { MentorDataController } from './mentor-data-controller.js';

class DataHost extends LitElement {
  readonly reports: MentorFinderErrorDetail[] = [];
  readonly data = new MentorDataController(this, { onError: (detail) => this.reports.push(detail) });
}
customElements.define('data-host', DataHost);

function quietly<T>(run: () => Promise<T>): Promise<T> {
  const original = console.error;
  console.error = () => undefined;
  return run().finally(() => (console.error = original));
}

describe('MentorDataController', () => {
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

  it('reads the compact form of the public list as the plain one', async () => {
    const host = document.body.appendChild(new DataHost());
    const mentors = await sampleMentors();
    await host.data.accept(toCompactPublicMentors(mentors));
    expect(host.data.status).to.equal('complete');
    expect(host.data.mentors).to.deep.equal(mentors);
    expect(host.reports).to.deep.equal([]);
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
