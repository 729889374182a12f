// Records the body of every response a page receives, as the browser received it. Chromium's Fetch
// domain pauses each response before the page sees it; reading it there also works for answers the
// page never reads itself (puppeteer's response.text() waits forever for those).
import type { Page } from 'puppeteer-core';

export interface CapturedResponse {
  url: string;
  status: number;
  body: string;
}

export interface ResponseCapture {
  /** Waits for responses still being read, then lists them all. */
  responses(): Promise<CapturedResponse[]>;
  /** Responses whose body could not be read (a redirect, or a request cut off). */
  unread: string[];
}

export async function captureResponseBodies(page: Page): Promise<ResponseCapture> {
  const cdp = await page.createCDPSession();
  const captured: CapturedResponse[] = [];
  const unread: string[] = [];
  const pending = new Set<Promise<void>>();
  cdp.on('Fetch.requestPaused', (event) => {
    const job = (async () => {
      const status = event.responseStatusCode ?? 0;
      try {
        const { body, base64Encoded } = await cdp.send('Fetch.getResponseBody', { requestId: event.requestId });
        captured.push({ url: event.request.url, status, body: base64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body });
      } catch {
        unread.push(`${status} ${event.request.url}`);
      } finally {
        await cdp.send('Fetch.continueRequest', { requestId: event.requestId }).catch(() => undefined);
      }
    })();
    pending.add(job);
    void job.finally(() => pending.delete(job));
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Response' }] });
  return {
    unread,
    async responses() {
      while (pending.size > 0) await Promise.all([...pending]);
      return [...captured];
    },
  };
}
