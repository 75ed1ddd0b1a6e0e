/**
 * Countries for a select, named by the browser in the user's language (`Intl.DisplayNames`):
 * every two-letter code the browser knows a region name for, minus groupings and placeholders
 * that are not countries. No hand-written list to keep up to date.
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB']);
const cache = new Map<string, { code: string; name: string }[]>();

export function countries(locale: string): { code: string; name: string }[] {
  let list = cache.get(locale);
  if (list) return list;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  list = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) list.push({ code, name });
    }
  }
  list.sort((x, y) => x.name.localeCompare(y.name, locale));
  cache.set(locale, list);
  return list;
}

/** A country's name in the user's language, or its code when the browser has none. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
