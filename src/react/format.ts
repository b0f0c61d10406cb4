import type { CookieDefinition } from '../core';
import type { Translator } from '../i18n';

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

/** A cookie lifetime in words: "Session", "13 mois", "2 heures". */
export function formatDuration(duration: CookieDefinition['duration'], t: Translator['t']): string | undefined {
  if (duration === undefined) return undefined;
  if (duration === 'session') return t('duration.session');
  if (duration < 1) return t('duration.hours', { count: Math.max(1, Math.round(duration * 24)) });
  if (duration < 30) return t('duration.days', { count: Math.round(duration) });
  return t('duration.months', { count: Math.round(duration / 30.4375) });
}

/** A cookie name as people read it: `/^_ga_/` becomes `_ga_*`. */
export function cookieNameText(name: CookieDefinition['name']): string {
  if (typeof name === 'string') return name;
  const source = name.source.replace(/^\^/, '');
  return source.endsWith('$') ? source.slice(0, -1).replace(/\\(.)/g, '$1') : `${source.replace(/\\(.)/g, '$1')}*`;
}
