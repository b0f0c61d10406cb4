import type { AnyCatalogue, CookieDefinition } from '../core';
import type { Localised, Translator } from '../i18n';

/**
 * The URL when it is safe to link to: `https:`, `http:`, `mailto:` or relative (rule 22).
 * Browsers ignore ASCII whitespace and control characters inside a scheme, so they are ignored here too.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is stripped.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'https' || scheme === 'http' || scheme === 'mailto' ? url : undefined;
}

/** A cookie lifetime in words, in the reader's language: "Session", "13\u00a0mois", "2 hours". */
export function formatDuration(
  duration: CookieDefinition['duration'],
  { t, lng, duration: inOwnWords }: Translator,
): string | Localised | undefined {
  if (duration === undefined) return undefined;
  if (duration === 'session') return t('table.session');
  const [unit, count] =
    duration < 1
      ? (['hour', Math.max(1, Math.round(duration * 24))] as const)
      : duration < 30
        ? (['day', Math.round(duration)] as const)
        : (['month', Math.round(duration / 30.4375)] as const);
  return (
    inOwnWords?.(count, unit) ?? new Intl.NumberFormat(lng, { style: 'unit', unit, unitDisplay: 'long' }).format(count)
  );
}

/** A cookie name as people read it: `/^_ga_/` becomes `_ga_*`. */
export function cookieNameText(name: CookieDefinition['name']): string {
  if (typeof name === 'string') return name;
  const { source } = name;
  return source.replace(/^\^|\$$/g, '').replace(/\\(.)/g, '$1') + (source.endsWith('$') ? '' : '*');
}

/**
 * A category's title or description: the catalogue's, else the kit's wording of a required or exempt category in
 * the reader's language (rule 7), else, for a title in a production build that skipped validation, its id.
 */
export function categoryText(
  catalogue: AnyCatalogue,
  translator: Translator,
  id: string,
  field: 'title' | 'description',
): Localised {
  const own = translator.text('categories', id, field);
  if (own.value) return own;
  const category = catalogue.categories[id];
  const kind = category?.required ? 'required' : category?.exempt ? 'exempt' : undefined;
  if (kind) return { value: translator.t(`defaults.${kind}.${field}`), lng: translator.lng };
  return { value: field === 'title' ? id : '', lng: translator.lng };
}
