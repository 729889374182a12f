// First visit: navigation to the first painted mentor card, <mentor-finder> (the CDN file) against a
// bare-DOM page that fetches the same JSON and renders 24 cards. One local server (node:http, gzip,
// the same headers for both), a fresh browser context for every visit, pages taken in turn.
// Usage: node bench/first-visit.mjs [--runs 7]   (after `npm run build`)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { toCompactPublicMentors } from '@mentor-finder/matcher';
import { launchChromium } from '../packages/widget/bench/bench-browser.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const SIZES = [40, 2000];
const dist = new URL('../packages/widget/dist/', import.meta.url);
if (!existsSync(new URL('mentor-finder.js', dist))) {
  console.error('packages/widget/dist/mentor-finder.js is missing; run `npm run build` first');
  process.exit(1);
}
const sample = JSON.parse(readFileSync(new URL('../packages/widget/test/fixtures/mentors.public.json', import.meta.url), 'utf8'));

/** `count` distinct public mentors made from the sample. */
function mentors(count) {
  return Array.from({ length: count }, (_, i) => ({ ...sample[i % sample.length], id: `visit-${String(i).padStart(5, '0')}`, displayName: `${sample[i % sample.length].displayName} ${i}` }));
}

const html = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Find a mentor</title></head><body>${body}</body></html>`;
// Renders the first 24 cards with the DOM API: what any page showing the same list must at least do.
const BARE_JS = `
const list = document.getElementById('list');
const mentors = await (await fetch('/mentors.json')).json();
for (const mentor of mentors.slice(0, 24)) {
  const card = document.createElement('article');
  card.className = 'card';
  const name = document.createElement('h3');
  name.textContent = mentor.displayName;
  const place = document.createElement('p');
  place.textContent = [mentor.region, mentor.country].filter(Boolean).join(', ');
  const bio = document.createElement('p');
  bio.textContent = typeof mentor.bio === 'string' ? mentor.bio : Object.values(mentor.bio ?? {})[0] ?? '';
  const tags = document.createElement('ul');
  for (const topic of mentor.topics ?? []) tags.append(Object.assign(document.createElement('li'), { textContent: topic }));
  card.append(name, place, bio, tags);
  list.append(card);
}
`;

function filesFor(count) {
  const files = new Map([
    ['/finder.html', ['text/html; charset=utf-8', html('<mentor-finder src="/mentors.json"></mentor-finder><script type="module" src="/mentor-finder.js"></script>')]],
    ['/bare.html', ['text/html; charset=utf-8', html('<main id="list"></main><script type="module" src="/bare.js"></script>')]],
    ['/bare.js', ['text/javascript; charset=utf-8', BARE_JS]],
    ['/mentors.json', ['application/json; charset=utf-8', JSON.stringify(mentors(count))]],
  ]);
  for (const name of readdirSync(dist)) if (/^mentor-finder(-.+)?\.js$/.test(name)) files.set(`/${name}`, ['text/javascript; charset=utf-8', readFileSync(new URL(name, dist))]);
  return new Map([...files].map(([path, [type, body]]) => [path, { type, gzip: gzipSync(body, { level: 6 }) }]));
}

let files = new Map();
const server = createServer((request, response) => {
  const file = files.get(new URL(request.url, 'http://x').pathname);
  if (!file) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'cache-control': 'no-cache', vary: 'accept-encoding' }).end(file.gzip);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// In both pages: the time of the animation frame in which the first card is in the DOM, i.e. the
// frame that paints it, measured from navigation start.
function watchFirstCard() {
  const find = () => document.querySelector('.card') ?? document.querySelector('mentor-finder')?.shadowRoot?.querySelector('[part~="card"]');
  const frame = (time) => (find() ? (window.__firstCard = time) : requestAnimationFrame(frame));
  requestAnimationFrame(frame);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const browser = await launchChromium();
try {
  console.log(`navigation → first painted card, median of ${RUNS} fresh visits each (ms)`);
  console.log(`${'mentors'.padEnd(9)}${'JSON gzip'.padStart(11)}${'compact'.padStart(10)}${'finder'.padStart(9)}${'bare DOM'.padStart(10)}${'ratio'.padStart(8)}`);
  for (const count of SIZES) {
    files = filesFor(count);
    const times = { finder: [], bare: [] };
    for (let run = 0; run < RUNS + 1; run++) {
      for (const name of run % 2 ? ['bare', 'finder'] : ['finder', 'bare']) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        await page.evaluateOnNewDocument(watchFirstCard);
        await page.goto(`${origin}/${name}.html`);
        const time = await (await page.waitForFunction(() => window.__firstCard, { timeout: 30_000, polling: 50 })).jsonValue();
        if (run > 0) times[name].push(time); // the first round warms the server and the disk cache
        await context.close();
      }
    }
    const finder = median(times.finder);
    const bare = median(times.bare);
    const json = files.get('/mentors.json').gzip.length;
    const compact = gzipSync(JSON.stringify(toCompactPublicMentors(mentors(count))), { level: 6 }).length;
    console.log(`${String(count).padEnd(9)}${`${(json / 1024).toFixed(1)} KB`.padStart(11)}${`${(compact / 1024).toFixed(1)} KB`.padStart(10)}${finder.toFixed(0).padStart(9)}${bare.toFixed(0).padStart(10)}${`${(finder / bare).toFixed(2)}×`.padStart(8)}`);
  }
  console.log('target: finder ≤ 1.25× bare DOM');
} finally {
  await browser.close();
  server.close();
}
