// The coordinator page's own behaviour: its words in the chosen language, the language switch and a
// line about each run. No inline script, so the page works under the server's strict Content-Security-Policy.
import { COORDINATOR_TEXT } from './coordinator-text.js';

const preview = document.querySelector('mentor-pair-preview');
const langSelect = document.getElementById('lang');
const log = document.getElementById('run-log');
let lastRun;

function text() {
  return COORDINATOR_TEXT[document.documentElement.lang] ?? COORDINATOR_TEXT.en;
}

function applyText() {
  const strings = text();
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const value = strings[el.dataset.i18n];
    if (typeof value === 'string') el.textContent = value;
  }
  if (lastRun) log.textContent = strings.runLog(lastRun.time.toLocaleTimeString(document.documentElement.lang), lastRun.matched, lastRun.total);
}

const params = new URLSearchParams(location.search);
const initial = params.get('lang');
if (initial && [...langSelect.options].some((option) => option.value === initial)) {
  document.documentElement.lang = initial;
}
langSelect.value = document.documentElement.lang;
applyText();

langSelect.addEventListener('change', () => {
  // The element follows <html lang>; the URL keeps the choice on reload.
  document.documentElement.lang = langSelect.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  history.replaceState(null, '', url);
  applyText();
});

preview?.addEventListener('mentor-pair-preview-result', (event) => {
  const { stats } = event.detail.suggestion;
  lastRun = { time: new Date(), matched: stats.matched, total: stats.total };
  applyText();
});
