import { forwardRef, useId } from 'react';
import { part } from './anatomy';
import { safeHref } from './format';
import { InLanguage } from './primitives';
import type { Kit } from './use-kit';

/**
 * "Liste des prestataires": every provider of the catalogue once, with the services it provides and its policy; the
 * banner's "Voir la liste des prestataires" opens the dialog with focus on this heading.
 */
export const ProvidersSection = forwardRef<HTMLHeadingElement, { kit: Kit }>(function ProvidersSection({ kit }, ref) {
  const titleId = useId();
  const { services, serviceIds } = kit.store.catalogue;
  const providers = [...new Set(serviceIds.map((id) => services[id]?.provider ?? ''))].filter(Boolean);
  return (
    <section aria-labelledby={titleId} {...part('providers')}>
      <h3 id={titleId} tabIndex={-1} {...part('section-title')} ref={ref}>
        {kit.t('preferences.providers')}
      </h3>
      <ul {...part('providers-list')}>
        {providers.map((provider) => {
          const own = serviceIds.filter((id) => services[id]?.provider === provider);
          const policy = own.map((id) => safeHref(services[id]?.policyUrl)).find(Boolean);
          return (
            <li key={provider}>
              <strong>{provider}</strong>
              {own.map((id) => (
                <span key={id}>
                  {' · '}
                  <InLanguage text={kit.text('services', id, 'title')} within={kit.lng} />
                </span>
              ))}
              {policy !== undefined && (
                <>
                  {' · '}
                  <a href={policy} {...part('policy')} target="_blank" rel="noopener noreferrer">
                    {kit.t('preferences.policy', { provider })}
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
