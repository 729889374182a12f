// Measures <mentor-finder> in Chromium with 2,000 mentors: first render and keystroke-to-updated-list.
// Prints figures (median and p90 over runs); targets: first render <= 150 ms, keystroke <= 16 ms median.
// The search index is built when the browser is idle after the first list, or on the first keystroke.
// Usage: node packages/widget/bench/render.mjs [--mentors 2000] [--runs 9]   (after building the widget)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { launchChromium, serveFiles } from './bench-browser.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const COUNT = option('mentors', 2000);
const RUNS = option('runs', 9);
const QUERY = 'partner quality label';

const bundle = new URL('../dist/mentor-finder.js', import.meta.url);
if (!existsSync(bundle)) {
  console.error('dist/mentor-finder.js is missing; build the widget first');
  process.exit(1);
}
const sample = JSON.parse(readFileSync(new URL('../test/fixtures/mentors.public.json', import.meta.url), 'utf8'));

/** `count` distinct public mentors made from the sample: new ids and names, rotated topics. */
function syntheticMentors(count) {
  const given = ['Kadri', 'Mari', 'Jüri', 'Aino', 'Mikko', 'Rūta', 'Jonas', 'Ilze', 'Andris', 'Laura', 'Tomas', 'Liis'];
  return Array.from({ length: count }, (_, i) => {
    const base = sample[i % sample.length];
    const topics = [...base.topics];
    for (let r = 0; r < i % topics.length; r++) topics.push(topics.shift());
    return {
      ...base,
      id: `bench-${String(i).padStart(5, '0')}`,
      displayName: `${given[i % given.length]} ${String.fromCharCode(65 + (i % 26))}${i}.`,
      topics,
    };
  });
}

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head>
<body><main id="host"></main><script type="module" src="/mentor-finder.js"></script></body></html>`;
const files = {
  '/': ['text/html', page],
  '/mentors.json': ['application/json', JSON.stringify(syntheticMentors(COUNT))],
};
// The entry and the chunks it loads on demand, all from beside it as on a CDN.
for (const name of readdirSync(new URL('../dist/', import.meta.url))) {
  if (/^mentor-finder(-[A-Za-z0-9_-]+)?\.js$/.test(name)) files[`/${name}`] = ['text/javascript', readFileSync(new URL(`../dist/${name}`, import.meta.url))];
}
const { origin, server } = await serveFiles(files);

const browser = await launchChromium();

try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  tab.on('console', (message) => message.type() === 'error' && console.error('page console:', message.text()));
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => customElements.get('mentor-finder'));
  const figures = await tab.evaluate(
    async ({ runs, query }) => {
      const mentors = await (await fetch('/mentors.json')).json();
      const host = document.getElementById('host');
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const settle = async (element) => {
        await element.updateComplete;
        element.shadowRoot.querySelector('.base').getBoundingClientRect();
      };
      const firstRender = [];
      const firstFrame = [];
      let element;
      for (let run = 0; run < runs; run++) {
        host.replaceChildren();
        await frame();
        const copy = structuredClone(mentors);
        const started = performance.now();
        element = document.createElement('mentor-finder');
        element.debounce = 0;
        element.mentors = copy;
        host.append(element);
        await settle(element);
        firstRender.push(performance.now() - started);
        await frame();
        firstFrame.push(performance.now() - started);
      }
      const cards = element.shadowRoot.querySelectorAll('[part~="card"]').length;
      const input = element.shadowRoot.querySelector('#search');
      const keystrokes = [];
      for (let run = 0; run < runs; run++) {
        for (let i = 1; i <= query.length; i++) {
          const started = performance.now();
          input.value = query.slice(0, i);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await settle(element);
          keystrokes.push(performance.now() - started);
          await frame();
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settle(element);
      }
      const count = element.shadowRoot.querySelector('[part~="results-count"]').textContent;
      return { firstRender, firstFrame, keystrokes, cards, count };
    },
    { runs: RUNS, query: QUERY },
  );
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `median ${at(0.5).toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms (n=${sorted.length})`;
  };
  const version = await browser.version();
  console.log(`<mentor-finder> in ${version}, ${COUNT} mentors, ${figures.cards} cards rendered (${figures.count})`);
  // Figures from a busy machine are not comparable; say how busy it was.
  console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')}`);
  console.log(`first render (validate + render + layout):         ${stats(figures.firstRender)}   target <= 150 ms`);
  console.log(`first render to next frame:                          ${stats(figures.firstFrame)}`);
  console.log(`keystroke to updated list ("${QUERY}", debounce 0): ${stats(figures.keystrokes)}   target <= 16 ms median`);
} finally {
  await browser.close();
  server.close();
}
