// @ts-check
import { pickLanguage } from '../mail/catalogues/index.js';

/**
 * The language tags of an Accept-Language header, most wanted first: q=0 means "not this one",
 * ties keep the header's order. At most 20 entries are read.
 * @param {unknown} header
 * @returns {string[]}
 */
export function acceptedLanguages(header) {
  if (typeof header !== 'string') return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      // An unreadable weight counts as "not wanted" rather than as the default 1.
      const weight = q === undefined ? 1 : /^q=[0-9.]+$/.test(q) ? Number(q.slice(2)) : 0;
      return { tag: tag.trim(), q: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The mail language a visitor's browser asks for (English when none of ours), for pages reached
 * before the record that holds a person's own language is known.
 * @param {import('fastify').FastifyRequest} request
 */
export function browserLanguage(request) {
  return pickLanguage(acceptedLanguages(request.headers['accept-language']));
}
