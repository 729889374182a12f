// Measures <mentor-pair-preview> in Chromium with 2,000 mentees × 1,000 mentors (made from the sample
// cohort): the time from "run" to a rendered pairs table, solved in the module worker, and the
// longest main-thread task while it solves (the page must stay responsive).
// Prints figures: median, min and max over runs. No targets are asserted here.
// Usage: node packages/widget/bench/pair-preview.mjs [--mentees 2000] [--mentors 1000] [--runs 3]
//        (after `npx rollup -c rollup.config.mjs --environment PKG:pairPreview`)
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { launchChromium, serveFiles } from './bench-browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const MENTEES = option('mentees', 2000);
const MENTORS = option('mentors', 1000);
const RUNS = option('runs', 3);
const PROGRAMME_ID = 'etwinning-mentors-2026';

const dist = new URL('../dist/', import.meta.url);
for (const file of ['mentor-pair-preview.js', 'mentor-pair-worker.js']) {
  if (!existsSync(new URL(file, dist))) {
    console.error(`dist/${file} is missing; run \`npx rollup -c rollup.config.mjs --environment PKG:pairPreview\` first`);
    process.exit(1);
  }
}
const dataDir = new URL('../../../../shared/data/', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, dataDir), 'utf8'));
const sample = { mentors: read('mentors.json'), mentees: read('mentees.json'), programmes: read('programmes.json') };

const PLACES = [
  ['EE', 'Europe/Tallinn', 'et'],
  ['LT', 'Europe/Vilnius', 'lt'],
  ['LV', 'Europe/Riga', 'lv'],
  ['FI', 'Europe/Helsinki', 'fi'],
];

/** `count` records of one programme made from the sample: new ids, rotated countries and languages. */
function synthetic(list, count, prefix) {
  const base = list.filter((record) => record.programmeId === PROGRAMME_ID);
  return Array.from({ length: count }, (_, i) => {
    const record = structuredClone(base[i % base.length]);
    const [country, timezone, language] = PLACES[i % PLACES.length];
    record.id = `${prefix}-${String(i).padStart(5, '0')}`;
    record.country = country;
    record.timezone = timezone;
    if (!record.languages.some((l) => l.code === language)) record.languages = [{ code: language, level: 'native' }, ...record.languages.slice(0, 2)];
    if (record.preferences) record.preferences = { ...record.preferences, preferredMentorIds: [], excludedMentorIds: [] };
    if (record.private?.conflictsWith) record.private.conflictsWith = [];
    return record;
  });
}

const cohort = {
  mentors: synthetic(sample.mentors, MENTORS, 'm-bench'),
  mentees: synthetic(sample.mentees, MENTEES, 'e-bench'),
  programmes: sample.programmes,
};

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"></head>
<body><main id="host"></main><script type="module" src="/mentor-pair-preview.js"></script></body></html>`;
const files = {
  '/': ['text/html', page],
  '/mentor-pair-preview.js': ['text/javascript', readFileSync(new URL('mentor-pair-preview.js', dist))],
  '/mentor-pair-worker.js': ['text/javascript', readFileSync(new URL('mentor-pair-worker.js', dist))],
  '/cohort.json': ['application/json', JSON.stringify(cohort)],
};
const { origin, server } = await serveFiles(files);

const browser = await launchChromium({ protocolTimeout: 600_000 });

try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  tab.on('console', (message) => ['error', 'warn'].includes(message.type()) && console.error(`page console.${message.type()}:`, message.text()));
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => customElements.get('mentor-pair-preview'));
  const figures = await tab.evaluate(
    async ({ runs }) => {
      const cohort = await (await fetch('/cohort.json')).json();
      const host = document.getElementById('host');
      const longTasks = [];
      new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: false });
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      /** Runs `start`, waits for the result event, then for the table to be rendered and laid out. */
      const timeRun = async (element, start) => {
        const result = new Promise((resolve) => element.addEventListener('mentor-pair-preview-result', resolve, { once: true }));
        // Frame gaps show whether the page kept painting while the worker solved.
        let gaps = 0;
        let last = performance.now();
        let ticking = true;
        const tick = () => {
          const now = performance.now();
          gaps = Math.max(gaps, now - last);
          last = now;
          if (ticking) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        const firstLongTask = longTasks.length;
        const started = performance.now();
        start();
        await result;
        await element.updateComplete;
        element.shadowRoot.querySelector('table.pairs').getBoundingClientRect();
        const rendered = performance.now() - started;
        ticking = false;
        const during = longTasks.slice(firstLongTask).map((t) => t.duration);
        return { rendered, maxFrameGap: gaps, longestTask: Math.max(0, ...during) };
      };
      const first = [];
      const again = [];
      let element;
      for (let run = 0; run < runs; run++) {
        host.replaceChildren();
        await frame();
        element = document.createElement('mentor-pair-preview');
        element.setAttribute('programme-id', 'etwinning-mentors-2026');
        host.append(element);
        await element.updateComplete;
        const mentors = structuredClone(cohort.mentors);
        const mentees = structuredClone(cohort.mentees);
        // First run: validation of the records on the page, solving in the worker, rendering.
        first.push(await timeRun(element, () => {
          element.programme = cohort.programmes;
          element.mentors = mentors;
          element.mentees = mentees;
        }));
        await frame();
        // "Run again" with a changed weight: solving and rendering only.
        const slider = element.shadowRoot.querySelector('#weight-topics');
        slider.value = '0.5';
        slider.dispatchEvent(new Event('input'));
        await element.updateComplete;
        again.push(await timeRun(element, () => element.shadowRoot.querySelector('#run').click()));
      }
      const stats = element.suggestion.stats;
      const rows = element.shadowRoot.querySelectorAll('tbody tr[data-mentee]').length;
      return { first, again, matched: stats.matched, total: stats.total, rows };
    },
    { runs: RUNS },
  );
  const summary = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return `median ${median.toFixed(0)} ms (min ${sorted[0].toFixed(0)}, max ${sorted.at(-1).toFixed(0)}, n=${sorted.length})`;
  };
  const version = await browser.version();
  console.log(`<mentor-pair-preview> in ${version}: ${MENTEES} mentees × ${MENTORS} mentors, ${figures.matched}/${figures.total} matched, ${figures.rows} rows on the first page`);
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')}`);
  for (const [label, list] of [['first run (validate + solve in worker + render)', figures.first], ['run again (solve in worker + render)', figures.again]]) {
    console.log(`${label}:`);
    console.log(`  run → rendered table:         ${summary(list.map((r) => r.rendered))}`);
    console.log(`  longest main-thread task:     ${summary(list.map((r) => r.longestTask))}`);
    console.log(`  longest gap between frames:   ${summary(list.map((r) => r.maxFrameGap))}`);
  }
} finally {
  await browser.close();
  server.close();
}
