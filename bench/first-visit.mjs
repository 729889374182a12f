// First visit: navigation -> first painted mentor card, the finder's CDN file against a bare-DOM page
// that fetches the same public JSON and renders 24 cards with plain DOM calls, for 40 and 2,000
// mentors, in fresh browser contexts (empty cache) served by one local gzip server: once as one tag
// embeds it, once with the widget README's preload hints (the bare page then preloads its data too).
// Also prints the size of the 2,000-mentor public JSON, plain and compact, and for the short list a
// reference page's time: a bare Lit element that validates every record with the matcher and renders
// the same cards (bench/lib/lit-floor-page.js), what an element built like the finder would pay if
// it validated before its first card (the finder draws its first page before its validator
// arrives). Run for the short list only.
// Run: npm run build -w @mentor-finder/matcher -w @mentor-finder/widget && node bench/first-visit.mjs
// FIRST_VISIT_TRACE=<folder> also writes one Chrome trace per page and size there (open them in
// DevTools' Performance panel), taken after the counted runs.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../test/chromium.mjs';
import { median, random, ratioInterval } from './lib/stats.mjs';

// A single pair's ratio ranges from about 0.8 to 1.5 on a busy 2-core machine. With 15 pairs the
// medians' ratio of unchanged code moved from 1.07 to 1.31 between runs (90% intervals about ±0.07
// wide); 30 pairs halve the variance. Each ratio is printed with a 90% bootstrap interval over its
// pairs, which shows how far the machine's noise may move it.
const RUNS = Number(process.env.FIRST_VISIT_RUNS ?? 30);
const TRACE_DIR = process.env.FIRST_VISIT_TRACE;
const TARGET_RATIO = 1.25;
const root = new URL('../', import.meta.url);
const dist = new URL('packages/widget/dist/', root);
const matcherDist = new URL('packages/matcher/dist/index.js', root);

if (!existsSync(new URL('mentor-finder.js', dist)) || !existsSync(matcherDist)) {
  console.error('Build first: npm run build -w @mentor-finder/matcher -w @mentor-finder/widget');
  process.exit(1);
}
const matcher = await import(matcherDist.href);

/**
 * Both pages note the first painted card the same way: a requestAnimationFrame loop started by an
 * inline script in <head> looks for a card on every frame. rAF callbacks run just before their
 * frame's style, layout and paint, so the first callback that finds a card schedules a task, which
 * runs once that frame has been laid out and painted; its `performance.now()` (milliseconds since
 * navigation start) is the figure, and a page's layout and paint count. Element timing cannot see
 * into the finder's shadow root, and a MutationObserver cannot be attached to a shadow root that
 * does not exist yet, so polling per frame is what measures the same thing on both pages.
 */
const probe = (findCard) => `<script>
  (function () {
    const find = ${findCard};
    function frame() {
      if (find()) {
        setTimeout(function () { window.__firstCard = performance.now(); });
        return;
      }
      requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
  })();
</script>`;

const finderPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>finder</title>
${probe(`() => document.querySelector('mentor-finder')?.shadowRoot?.querySelector('[part~="card"]')`)}
<script type="module" src="/mentor-finder.js"></script>
</head><body><mentor-finder src="/mentors.public.json"></mentor-finder></body></html>`;

// The widget README's hints, which start the data and the entry with the page; the bare page gets the
// same hint for its data, so both start their request at the same point.
const DATA_HINT = '<link rel="preload" href="/mentors.public.json" as="fetch" crossorigin>';
const withHints = (page, hints) => page.replace('</title>', `</title>\n${hints}`);

// What a site would write by hand: fetch, sort by name, 24 cards with the fields the finder shows.
const barePage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bare</title>
${probe(`() => document.querySelector('.card')`)}
<script type="module" src="/bare.js"></script>
</head><body><ul id="list"></ul></body></html>`;

const finderHintPage = withHints(finderPage, `${DATA_HINT}\n<link rel="modulepreload" href="/mentor-finder.js">`);
const bareHintPage = withHints(barePage, DATA_HINT);

const bareScript = `
const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; };
const response = await fetch('/mentors.public.json', { headers: { accept: 'application/json' } });
const mentors = await response.json();
const collator = new Intl.Collator('en');
mentors.sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : 1));
const list = document.getElementById('list');
for (const mentor of mentors.slice(0, 24)) {
  const card = el('article', 'card');
  card.append(el('h3', 'name', mentor.displayName), el('p', 'place', [mentor.region, mentor.country].filter(Boolean).join(', ')));
  card.append(el('p', 'availability', mentor.capacity.acceptingRequests ? 'Taking requests' : 'Not taking requests'));
  card.append(el('p', 'languages', mentor.languages.map((l) => l.code + ' (' + l.level + ')').join(', ')));
  const tags = el('ul', 'tags');
  for (const topic of mentor.topics ?? []) tags.append(el('li', 'tag', topic));
  card.append(tags, el('p', 'bio', mentor.bio?.en ?? Object.values(mentor.bio ?? {})[0] ?? ''));
  const item = el('li');
  item.append(card);
  list.append(item);
}
`;

/** The sample mentors, multiplied into `count` distinct records (ids and names varied). */
function generateMentors(sample, count) {
  const rand = random(2026);
  const letters = 'ABCDEFGHIJKLMNOPRSTUVZ';
  const out = [];
  for (let i = 0; i < count; i++) {
    const base = sample[i % sample.length];
    const name = `${base.displayName.split(' ')[0]} ${letters[Math.floor(rand() * letters.length)]}${i}.`;
    out.push({ ...base, id: `${base.id}-${i}`, displayName: name });
  }
  return out;
}

const sampleFull = JSON.parse(readFileSync('/work/shared/data/mentors.json', 'utf8'));
const sample = matcher.toPublicMentors(sampleFull);
const datasets = [
  { label: `${sample.length} mentors`, mentors: sample },
  { label: '2,000 mentors', mentors: generateMentors(sample, 2000) },
];

const floorPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>
${probe(`() => document.querySelector('floor-finder')?.shadowRoot?.querySelector('[part~="card"]')`)}
<script type="module" src="/floor.js"></script>
</head><body><floor-finder src="/mentors.public.json"></floor-finder></body></html>`;

/** The reference page's script: Lit and the matcher's validation, minified into one file. */
async function floorScript() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('bench/lib/lit-floor-page.js', root))],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

async function staticFiles() {
  const files = new Map();
  for (const name of readdirSync(dist)) {
    if (name.startsWith('mentor-finder') && name.endsWith('.js')) files.set(`/${name}`, ['text/javascript', readFileSync(new URL(name, dist))]);
  }
  files.set('/finder.html', ['text/html; charset=utf-8', Buffer.from(finderPage)]);
  files.set('/finder-compact.html', ['text/html; charset=utf-8', Buffer.from(finderPage.replace('/mentors.public.json', '/mentors.compact.json'))]);
  files.set('/bare.html', ['text/html; charset=utf-8', Buffer.from(barePage)]);
  files.set('/finder-hints.html', ['text/html; charset=utf-8', Buffer.from(finderHintPage)]);
  files.set('/bare-hints.html', ['text/html; charset=utf-8', Buffer.from(bareHintPage)]);
  files.set('/bare.js', ['text/javascript', Buffer.from(bareScript)]);
  files.set('/floor.html', ['text/html; charset=utf-8', Buffer.from(floorPage)]);
  files.set('/floor.js', ['text/javascript', await floorScript()]);
  return files;
}

/** One server for both pages: every file gzip-compressed once, the same headers for every file. */
async function serve(files) {
  const gz = new Map([...files].map(([path, [type, body]]) => [path, [type, gzipSync(body, { level: 6 })]]));
  const dataRequests = { count: 0 };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path.startsWith('/mentors.')) dataRequests.count++;
    const file = gz.get(path);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file[0], 'content-encoding': 'gzip', 'cache-control': 'no-cache', vary: 'accept-encoding' });
    response.end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const setJson = (path, body) => gz.set(path, ['application/json', gzipSync(body, { level: 6 })]);
  return { server, origin: `http://127.0.0.1:${server.address().port}`, setJson, dataRequests };
}

async function firstCard(browser, url, tracePath) {
  const requestsBefore = dataRequests.count;
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    if (tracePath) {
      await page.tracing.start({ path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
    }
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => typeof window.__firstCard === 'number', { timeout: 30_000, polling: 50 });
    const time = await page.evaluate(() => window.__firstCard);
    if (tracePath) await page.tracing.stop();
    // A preload hint that its request does not match would fetch the data twice and time another page.
    if (dataRequests.count - requestsBefore !== 1) throw new Error(`${url} asked for the data ${dataRequests.count - requestsBefore} times`);
    return time;
  } finally {
    await context.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function printSizes(mentors) {
  const plain = Buffer.from(JSON.stringify(mentors));
  console.log(`public JSON, ${mentors.length} mentors: plain raw ${kb(plain.length)}, gzip ${kb(gzipSync(plain, { level: 6 }).length)}`);
  if (typeof matcher.toCompactPublicMentors === 'function') {
    const compact = Buffer.from(JSON.stringify(matcher.toCompactPublicMentors(mentors)));
    console.log(`public JSON, ${mentors.length} mentors: compact raw ${kb(compact.length)}, gzip ${kb(gzipSync(compact, { level: 6 }).length)}`);
  }
}

const { server, origin, setJson, dataRequests } = await serve(await staticFiles());
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS],
});
const worst = {};
const worstHigh = {};
try {
  printSizes(datasets[1].mentors);
  console.log(`navigation -> first painted card, median of ${RUNS} runs each (alternating, fresh context each)`);
  for (const { label, mentors } of datasets) {
    setJson('/mentors.public.json', Buffer.from(JSON.stringify(mentors)));
    const compact = typeof matcher.toCompactPublicMentors === 'function';
    if (compact) setJson('/mentors.compact.json', Buffer.from(JSON.stringify(matcher.toCompactPublicMentors(mentors))));
    // One tag (the plain embed), and the same two pages with the README's preload hints.
    const pairs = [
      { name: 'one tag', pages: { finder: 'finder', bare: 'bare' }, finder: [], bare: [] },
      { name: 'with hints', pages: { finder: 'finder-hints', bare: 'bare-hints' }, finder: [], bare: [] },
    ];
    const finderCompact = [];
    const floor = [];
    // The reference page is run for the short list only (validating 2,000 records first says little).
    const short = mentors.length <= 2 * 24;
    // One warm-up pair, not counted: the first navigation pays for starting the renderer.
    await firstCard(browser, `${origin}/bare.html`);
    await firstCard(browser, `${origin}/finder.html`);
    for (let run = 0; run < RUNS; run++) {
      // Alternate which page goes first, so drift on a noisy machine hits both alike.
      const order = run % 2 === 0 ? ['finder', 'bare'] : ['bare', 'finder'];
      for (const pair of pairs) {
        for (const side of order) pair[side].push(await firstCard(browser, `${origin}/${pair.pages[side]}.html`));
      }
      // Not part of the ratio: the bare page reads the plain array.
      if (compact) finderCompact.push(await firstCard(browser, `${origin}/finder-compact.html`));
      // Not part of the ratio either: the reference page, for what an element of this kind costs at least.
      if (short) floor.push(await firstCard(browser, `${origin}/floor.html`));
    }
    if (TRACE_DIR) {
      mkdirSync(TRACE_DIR, { recursive: true });
      const name = label.replace(/\W+/g, '-');
      for (const page of short ? ['finder', 'bare', 'floor'] : ['finder', 'bare']) await firstCard(browser, `${origin}/${page}.html`, `${TRACE_DIR}/${page}-${name}.json`);
    }
    const ms = (list) => list.map((value) => value.toFixed(0)).join(' ');
    for (const [index, { name, finder, bare }] of pairs.entries()) {
      const ratio = median(finder) / median(bare);
      const [low, high] = ratioInterval(finder, bare);
      worst[name] = Math.max(worst[name] ?? 0, ratio);
      worstHigh[name] = Math.max(worstHigh[name] ?? 0, high);
      const compactNote = index === 0 && compact ? `   (finder with compact src ${median(finderCompact).toFixed(0)} ms)` : '';
      const title = index === 0 ? label : '';
      console.log(`${title.padEnd(14)} ${name.padEnd(10)} finder ${median(finder).toFixed(0).padStart(5)} ms   bare DOM ${median(bare).toFixed(0).padStart(5)} ms   ratio ${ratio.toFixed(2)} (90% interval ${low.toFixed(2)}-${high.toFixed(2)})${compactNote}`);
      // Each run's pair, so a noisy machine shows as spread rather than hiding in the medians.
      console.log(`${''.padEnd(25)} runs: finder ${ms(finder)} | bare ${ms(bare)} | ratios ${finder.map((value, i) => (value / bare[i]).toFixed(2)).join(' ')}`);
    }
    if (short) console.log(`${''.padEnd(25)} reference, Lit element validating every record, then the same cards: ${median(floor).toFixed(0)} ms, ratio ${(median(floor) / median(pairs[0].bare)).toFixed(2)}`);
  }
  for (const name of Object.keys(worst)) {
    console.log(`worst ratio, ${name}: ${worst[name].toFixed(2)} (target <= ${TARGET_RATIO}); highest end of its 90% intervals ${worstHigh[name].toFixed(2)}`);
  }
} finally {
  await browser.close();
  server.close();
}
