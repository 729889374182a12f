// Language switcher for the sample site: ?lang=xx sets the page language and the widgets' lang.
// No inline script is needed, so the page runs under a strict Content-Security-Policy.
import { DEFAULT_LANG, SITE_TEXT } from './site-text.js';

/** The requested language, if the site has it. */
function requestedLang() {
  const lang = new URLSearchParams(window.location.search).get('lang');
  return lang && Object.hasOwn(SITE_TEXT, lang) ? lang : DEFAULT_LANG;
}

/** Keeps ?lang on links inside the site so the choice survives navigation. */
function withLang(href, lang) {
  const url = new URL(href, window.location.href);
  if (url.origin !== window.location.origin || url.protocol === 'mailto:') return href;
  if (lang === DEFAULT_LANG) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}${url.hash}`;
}

function applyLang(lang) {
  const text = SITE_TEXT[lang];
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const value = text[el.dataset.i18n];
    if (value) el.textContent = value;
  }
  for (const el of document.querySelectorAll('[data-i18n-label]')) {
    const value = text[el.dataset.i18nLabel];
    if (value) el.setAttribute('aria-label', value);
  }
  for (const el of document.querySelectorAll('[data-i18n-content]')) {
    const value = text[el.dataset.i18nContent];
    if (value) el.setAttribute('content', value);
  }
  for (const link of document.querySelectorAll('.lang-switch a')) {
    if (link.hreflang === lang) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
  for (const link of document.querySelectorAll('.main-nav a, .breadcrumbs a, .logo, .button[href^="/"], .site-footer a[href^="/"]')) {
    link.setAttribute('href', withLang(link.getAttribute('href'), lang));
  }
  // The widgets speak the page's language, and their consent boxes link the notice in it.
  for (const widget of document.querySelectorAll('mentor-finder, mentor-registration')) {
    widget.setAttribute('lang', lang);
    widget.setAttribute('privacy-url', withLang('/privacy.html', lang));
  }
}

applyLang(requestedLang());
