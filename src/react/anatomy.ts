/**
 * Every part the kit renders, exposed as `data-part` for styling; states are exposed as `data-state`.
 * `charte/styles.css` targets nothing else.
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
  'policy',
  'cookies',
  'cookies-toggle',
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

/** The attributes that name a part. */
export const part = (name: Part) => ({ 'data-part': name });
