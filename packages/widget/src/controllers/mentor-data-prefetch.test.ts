import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { sampleMentors } from '../../test/helpers.js';
import { MentorDataController } from './mentor-data-controller.js';
import { prefetchMentorData, takePrefetchedMentorData } from './mentor-data-prefetch.js';

class PrefetchHost extends LitElement {
  readonly data = new MentorDataController(this, { onError: () => undefined });
}

/** Counts the requests made through `fetch` while `run` runs, answering each with `body`. */
async function countingFetch(body: string, run: (requests: string[]) => Promise<void>): Promise<void> {
  const original = window.fetch;
  const requests: string[] = [];
  window.fetch = (input: RequestInfo | URL) => {
    requests.push(String(input));
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
  try {
    await run(requests);
  } finally {
    window.fetch = original;
  }
}

describe('prefetchMentorData', () => {
  it('starts the request of an element not yet defined, and its first load uses it', async () => {
    const body = JSON.stringify(await sampleMentors());
    const element = document.body.appendChild(document.createElement('prefetch-host'));
    element.setAttribute('src', '/prefetched-mentors.json');
    await countingFetch(body, async (requests) => {
      prefetchMentorData('prefetch-host');
      expect(requests).to.deep.equal([new URL('/prefetched-mentors.json', document.baseURI).href]);
      customElements.define('prefetch-host', PrefetchHost);
      const host = element as PrefetchHost;
      await host.data.load('/prefetched-mentors.json');
      expect(requests, 'the first load made no request of its own').to.have.length(1);
      expect(host.data.status).to.equal('complete');
      expect(host.data.mentors.map((m) => m.id)).to.deep.equal(JSON.parse(body).map((m: { id: string }) => m.id));
      await host.data.reload();
      expect(requests, 'a reload asks again').to.have.length(2);
    });
    element.remove();
  });

  it('skips elements given mentors directly and hands each request out once', async () => {
    await countingFetch('[]', async (requests) => {
      const given = document.body.appendChild(document.createElement('prefetch-given'));
      given.setAttribute('src', '/given.json');
      Object.assign(given, { mentors: [] });
      const plain = document.body.appendChild(document.createElement('prefetch-given'));
      plain.setAttribute('src', '/plain.json');
      prefetchMentorData('prefetch-given');
      expect(requests).to.deep.equal([new URL('/plain.json', document.baseURI).href]);
      expect(takePrefetchedMentorData('/given.json')).to.equal(undefined);
      expect(takePrefetchedMentorData('/plain.json')).to.be.instanceOf(Promise);
      expect(takePrefetchedMentorData('/plain.json')).to.equal(undefined);
      given.remove();
      plain.remove();
    });
  });
});
