import { useId } from 'react';
import { type CategoryId, type ServiceId, servicesOf } from '../core';
import { part } from './anatomy';
import { CookieTable } from './cookie-table';
import { categoryText, safeHref } from './format';
import { InLanguage, Switch } from './primitives';
import type { Kit } from './use-kit';

/** The dialog's unsaved switches, with plain string ids. */
export type Draft = { categories: Record<string, boolean>; services: Record<string, boolean> };

function ServiceItem({ kit, id, draft, locked }: { kit: Kit; id: string; draft: Draft; locked: boolean }) {
  const titleId = useId();
  const providerId = useId();
  const service = kit.store.catalogue.services[id];
  if (!service) return null;
  const policy = safeHref(service.policyUrl);
  return (
    <li {...part('service')} data-state={draft.services[id] ? 'on' : 'off'}>
      <span id={titleId} {...part('service-title')}>
        <InLanguage text={kit.text('services', id, 'title')} within={kit.lng} />
      </span>
      <span id={providerId} {...part('service-provider')}>
        {kit.t('preferences.providedBy', { provider: service.provider })}
      </span>
      {!locked && (
        <Switch
          checked={draft.services[id] === true}
          // The provider is part of the name: a service may share its category's title.
          aria-labelledby={`${titleId} ${providerId}`}
          onCheckedChange={(on) => kit.consent.toggle({ service: id as ServiceId }, on)}
        />
      )}
      {policy !== undefined && (
        <a href={policy} {...part('policy')} target="_blank" rel="noopener noreferrer">
          {kit.t('preferences.policy', { provider: service.provider })}
        </a>
      )}
    </li>
  );
}

/** One purpose in the dialog: its title, switch, description, services, and its cookies one click away. */
export function CategorySection({ kit, id, draft }: { kit: Kit; id: string; draft: Draft }) {
  const titleId = useId();
  const descriptionId = useId();
  const { catalogue } = kit.store;
  const required = catalogue.categories[id]?.required === true;
  const services = servicesOf(catalogue, id);
  const title = categoryText(catalogue, kit, id, 'title');
  const description = categoryText(catalogue, kit, id, 'description');
  const on = draft.categories[id] === true;
  return (
    <section aria-labelledby={titleId} {...part('category')} data-state={on ? 'on' : 'off'}>
      <div {...part('category-header')}>
        <h3 id={titleId} {...part('category-title')}>
          <InLanguage text={title} within={kit.lng} />
        </h3>
        {required && <span {...part('always-on')}>{kit.t('preferences.alwaysOn')}</span>}
        <Switch
          checked={on}
          disabled={required}
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          onCheckedChange={(value) => kit.consent.toggle({ category: id as CategoryId }, value)}
        />
      </div>
      <p id={descriptionId} {...part('category-description')}>
        <InLanguage text={description} within={kit.lng} />
        {required && ` ${kit.t('preferences.requiredReason')}`}
      </p>
      {services.length > 0 && (
        <ul {...part('services')}>
          {services.map((service) => (
            <ServiceItem key={service} kit={kit} id={service} draft={draft} locked={required} />
          ))}
        </ul>
      )}
      {(services.length > 0 || required) && (
        <details {...part('cookies')}>
          {/* WCAG 2.4.6: one "Voir les cookies" per category, each named with its category. */}
          <summary {...part('cookies-toggle')} aria-label={`${kit.t('preferences.showCookies')} ${title.value}`}>
            {kit.t('preferences.showCookies')}
          </summary>
          <CookieTable category={id as CategoryId} caption={<InLanguage text={title} within={kit.lng} />} />
        </details>
      )}
    </section>
  );
}
