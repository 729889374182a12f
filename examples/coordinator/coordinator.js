// The coordinator page's own behaviour: the language switch and a line about each run.
// No inline script, so the page works under the server's strict Content-Security-Policy.
const preview = document.querySelector('mentor-pair-preview');
const langSelect = document.getElementById('lang');
const log = document.getElementById('run-log');

const params = new URLSearchParams(location.search);
const initial = params.get('lang');
if (initial && [...langSelect.options].some((option) => option.value === initial)) {
  document.documentElement.lang = initial;
}
langSelect.value = document.documentElement.lang;

langSelect.addEventListener('change', () => {
  // The element follows <html lang>; the URL keeps the choice on reload.
  document.documentElement.lang = langSelect.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', langSelect.value);
  history.replaceState(null, '', url);
});

preview?.addEventListener('mentor-pair-preview-result', (event) => {
  const { stats } = event.detail.suggestion;
  log.textContent = `${new Date().toLocaleTimeString(document.documentElement.lang)} · ${stats.matched} / ${stats.total}`;
});
