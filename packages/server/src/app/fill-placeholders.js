// @ts-check

/**
 * `template` with each `{name}` replaced by its param. A value that ends a sentence itself (a
 * Lithuanian date, "2026 m. gruodžio 5 d.") takes the place of the full stop after it, so no
 * sentence ends "d..". A placeholder without a param (or with null or undefined) stays as it is, or is
 * dropped with `dropMissing`.
 * @param {string} template
 * @param {Record<string, string | number>} params
 * @param {{ dropMissing?: boolean }} [options]
 */
export function fillPlaceholders(template, params, options = {}) {
  return template.replace(/\{(\w+)\}(\.?)/g, (whole, name, stop) => {
    if (!(name in params) || params[name] == null) return options.dropMissing ? stop : whole;
    const value = String(params[name]);
    return value + (stop && value.endsWith('.') ? '' : stop);
  });
}
