import type { AnyCatalogue, Text } from '../core';

/**
 * A part of the kit, by its `data-part`: with `data-scope="charte"` or without a scope, never another library's
 * part of the same name (Ark UI and Zag scope theirs). Never by wording: the page may be in any language.
 */
const part = (name: string) => `[data-part="${name}"]:is(:not([data-scope]), [data-scope="charte"])`;

/** The kit's elements the audit clicks or reads. */
export const kitSelectors = {
  banner: part('banner'),
  acceptAll: `${part('banner')} ${part('accept-all')}`,
  rejectAll: `${part('banner')} ${part('reject-all')}`,
  trigger: part('trigger'),
  dialog: `${part('dialog')}[role="dialog"]`,
  category: part('category'),
  categoryTitle: part('category-title'),
  switch: '[role="switch"]',
  save: part('save'),
} as const;

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const textsOf = (text: Text | undefined) =>
  text === undefined ? [] : typeof text === 'string' ? [text] : Object.values(text);

/**
 * Which of the dialog's category sections, given their titles as shown, is `category`: by its title in any of the
 * catalogue's languages or its id (shown without a title), else by the dialog's order (consent categories, then
 * exempt ones). -1 when neither tells.
 */
export function sectionOf(titles: readonly string[], category: string, catalogue: AnyCatalogue): number {
  const names = new Set([category, ...textsOf(catalogue.categories[category]?.title)].map(normalise));
  const byTitle = titles.findIndex((title) => names.has(normalise(title)));
  if (byTitle >= 0) return byTitle;
  const exempt = (id: string) => catalogue.categories[id]?.exempt === true;
  const order = [
    ...catalogue.categoryIds.filter((id) => !exempt(id)),
    ...catalogue.categoryIds.filter((id) => exempt(id)),
  ];
  return titles.length === order.length ? order.indexOf(category) : -1;
}
