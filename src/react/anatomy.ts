/**
 * Every part the kit renders, exposed as `data-part` beside `data-scope="charte"` for styling; states are exposed as
 * `data-state`. `charte/styles.css` targets nothing else, and never a `data-part` of the host's own.
 */
export const anatomy = [
  'banner',
  'banner-spacer',
  'banner-title',
  'banner-description',
  'banner-revision',
  'banner-providers',
  'banner-actions',
  'accept-all',
  'reject-all',
  'customise',
  'continue-without-accepting',
  'overlay',
  'dialog',
  'dialog-header',
  'dialog-title',
  'dialog-description',
  'gpc',
  'record-id',
  'dialog-close',
  'dialog-body',
  'section',
  'section-title',
  'section-description',
  'category',
  'category-header',
  'category-title',
  'category-description',
  'always-on',
  'switch',
  'services',
  'service',
  'service-title',
  'service-provider',
  'policy',
  'cookies',
  'cookies-toggle',
  'providers',
  'providers-list',
  'dialog-actions',
  'save',
  'status',
  'trigger',
  'embed',
  'embed-text',
  'allow-once',
  'allow-always',
  'table',
  'table-caption',
] as const;

/** A part name from the anatomy list. */
export type Part = (typeof anatomy)[number];

/** The scope every part carries, as zag's anatomy does, so a host's own `data-part` elements are left alone. */
export const SCOPE = 'charte';

/** The attributes that name a part. */
export const part = (name: Part) => ({ 'data-scope': SCOPE, 'data-part': name }) as const;
