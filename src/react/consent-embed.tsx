import { type ComponentPropsWithoutRef, type ReactNode, useId, useState } from 'react';
import { part } from './anatomy';
import { ConsentGate } from './gate';
import type { ServiceId } from './register';
import { useConsentSelector } from './use-consent';
import { useKit } from './use-kit';

/** Props of `ConsentEmbed`. */
export interface ConsentEmbedProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The service whose consent the embed needs. */
  service: ServiceId;
  /** The iframe or embed, mounted only once allowed. */
  children?: ReactNode;
}

/**
 * A `ConsentGate` for an iframe or embed, whose fallback is a placeholder naming the provider, with
 * "Autoriser une fois" (this page only, nothing recorded) and "Toujours autoriser" (records the service as granted).
 */
export function ConsentEmbed({ service, children, ...props }: ConsentEmbedProps) {
  const { t, text, consent, store } = useKit('ConsentEmbed');
  // "Once" holds until the next decision or reset: a refusal made later, here or in another tab, unmounts the embed.
  const decision = useConsentSelector('ConsentEmbed', (state) => state.record);
  const [allowedOnce, setAllowedOnce] = useState(false);
  const [allowedUnder, setAllowedUnder] = useState(decision);
  if (allowedUnder !== decision) {
    setAllowedUnder(decision);
    setAllowedOnce(false);
  }
  const textId = useId();
  const placeholder = (
    <div {...part('embed')} {...props}>
      <p id={textId} {...part('embed-text')}>
        {t('embed.text', {
          provider: store.catalogue.services[service]?.provider,
          service: text('services', service, 'title'),
        })}
      </p>
      <button type="button" aria-describedby={textId} {...part('allow-once')} onClick={() => setAllowedOnce(true)}>
        {t('embed.allowOnce')}
      </button>
      <button
        type="button"
        aria-describedby={textId}
        {...part('allow-always')}
        onClick={() => {
          // Over the choice in force: a dialog still loading, opened after a revision, holds a pre-filled draft.
          consent.closePreferences();
          consent.save({ services: { [service]: true } });
        }}
      >
        {t('embed.allowAlways')}
      </button>
    </div>
  );
  return (
    <ConsentGate service={service} fallback={allowedOnce ? children : placeholder}>
      {children}
    </ConsentGate>
  );
}
