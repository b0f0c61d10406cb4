import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { servicesOf } from '../core';
import { part } from './anatomy';
import { CookieTable } from './cookie-table';
import { safeHref } from './format';
import { PreferencesTrigger } from './preferences-trigger';
import type { CategoryId } from './register';
import { useKit } from './use-kit';

/** Props of `CookieCharter`. */
export interface CookieCharterProps extends ComponentPropsWithoutRef<'article'> {
  /** The site the charter is about, such as `https://data.montreuil.fr`; shown as a link when it is a URL. */
  site: string;
}

/**
 * A whole cookie charter page from the catalogue: what a cookie is, the kinds of cookies,
 * one declaration table per category that declares cookies, and a button to change one's choice.
 */
export const CookieCharter = forwardRef<HTMLElement, CookieCharterProps>(function CookieCharter(
  { site, ...props },
  ref,
) {
  const kit = useKit('CookieCharter');
  const { t, text, lng, store } = kit;
  const { catalogue } = store;
  const href = safeHref(site);
  const [before, after] = t('charter.usesTitle', { site: '\u0000' }).split('\u0000');
  const categories = catalogue.categoryIds.filter(
    (id) => catalogue.categories[id]?.required || servicesOf(catalogue, id).length > 0,
  );
  return (
    <article lang={lng} {...part('charter')} {...props} ref={ref}>
      <h1>{t('charter.title')}</h1>
      <p>{t('charter.intro')}</p>
      <h2>{t('charter.whatTitle')}</h2>
      <p>{t('charter.what')}</p>
      <p>{t('charter.kindsTitle')}</p>
      <ul>
        <li>{t('charter.kindNecessary')}</li>
        <li>{t('charter.kindStatistics')}</li>
        <li>{t('charter.kindFirstParty')}</li>
        <li>{t('charter.kindThirdParty')}</li>
      </ul>
      <h2>
        {before}
        {href === undefined ? site : <a href={href}>{site}</a>}
        {after}
      </h2>
      {categories.map((id) => {
        const title = text('categories', id, 'title') || t(`category.${id}`, { defaultValue: id });
        return (
          <section key={id} aria-label={title}>
            <h3>{title}</h3>
            <CookieTable category={id as CategoryId} caption={title} />
          </section>
        );
      })}
      <p>{t('charter.change')}</p>
      <PreferencesTrigger />
    </article>
  );
});
