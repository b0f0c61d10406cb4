import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { type AnyCatalogue, type CategoryId, type ConsentStore, type ServiceId, servicesOf } from '../core';
import type { Localised, Translator } from '../i18n';
import { part } from './anatomy';
import { cookieNameText, formatDuration } from './format';
import { InLanguage } from './primitives';
import { useKit } from './use-kit';

/** Props of `CookieTable`. */
export interface CookieTableProps extends Omit<ComponentPropsWithoutRef<'table'>, 'children'> {
  /** Only the cookies of these categories. */
  category?: CategoryId | readonly CategoryId[];
  /** Only the cookies of these services. */
  service?: ServiceId | readonly ServiceId[];
  /** Replaces "Cookies utilisés sur ce site". */
  caption?: ReactNode;
}

interface Row {
  key: string;
  provider: string;
  service: Localised;
  name: string;
  purpose: Localised;
  duration: string | Localised | undefined;
}

const asList = (value: string | readonly string[] | undefined) => (value === undefined ? value : [value].flat());

function rowsOf(
  store: ConsentStore<AnyCatalogue>,
  translator: Translator,
  categories: readonly string[] | undefined,
  services: readonly string[] | undefined,
): Row[] {
  const { catalogue } = store;
  const { t, text, lng } = translator;
  const rows: Row[] = [];
  for (const category of catalogue.categoryIds) {
    if (categories && !categories.includes(category)) continue;
    for (const id of servicesOf(catalogue, category)) {
      if (services && !services.includes(id)) continue;
      const service = catalogue.services[id];
      service?.cookies.forEach((cookie, index) => {
        rows.push({
          key: `${id}/${index}`,
          provider: service.provider,
          service: text('services', id, 'title'),
          name: cookieNameText(cookie.name),
          purpose: text('services', id, 'cookies', index, 'purpose'),
          duration: formatDuration(cookie.duration, translator),
        });
      });
    }
  }
  // The kit's own cookie is necessary and listed unless the catalogue already declares it (rule 7).
  const own = store.storage.name;
  const necessary = catalogue.categoryIds.find((id) => catalogue.categories[id]?.required);
  const declared = catalogue.serviceIds.some((id) =>
    catalogue.services[id]?.cookies.some((cookie) => cookie.name === own),
  );
  if (own && !declared && !services && (!categories || (necessary && categories.includes(necessary)))) {
    rows.push({
      key: 'charte',
      provider: t('table.ownProvider'),
      service: { value: t('table.ownService'), lng },
      name: own,
      purpose: { value: t('table.ownPurpose'), lng },
      duration: formatDuration(store.maxAgeDays, translator),
    });
  }
  return rows;
}

const COLUMNS = ['provider', 'service', 'name', 'purpose', 'duration'] as const;

/**
 * The cookie declaration table: a real `<table>` with a caption and column headers,
 * the French headers of a CNIL-style charter, plus "Durée" when any lifetime is declared.
 */
export const CookieTable = forwardRef<HTMLTableElement, CookieTableProps>(function CookieTable(
  { category, service, caption, ...props },
  ref,
) {
  const kit = useKit('CookieTable');
  const { t, lng } = kit;
  const rows = rowsOf(kit.store, kit, asList(category), asList(service));
  const columns = COLUMNS.filter((column) => column !== 'duration' || rows.some((row) => row.duration !== undefined));
  const cell = (row: Row, column: (typeof COLUMNS)[number]) => {
    const value = row[column];
    if (column === 'name') return <code>{row.name}</code>;
    return typeof value === 'object' ? <InLanguage text={value} within={lng} /> : value;
  };
  return (
    <table lang={lng} dir={kit.dir} {...part('table')} {...props} ref={ref}>
      <caption {...part('table-caption')}>{caption ?? t('table.caption')}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {t(`table.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {columns.map((column) => (
              // data-label lets the stacked layout under 480 px repeat each header before its cell.
              <td key={column} data-label={t(`table.${column}`)}>
                {cell(row, column)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
