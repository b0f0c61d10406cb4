import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId, useState } from 'react';
import type { ServiceId } from '../core';
import { part } from './anatomy';
import { InLanguage, interpolate } from './primitives';
import { isGranted, useStoreSelector } from './use-consent';
import { useKit } from './use-kit';

/** Props of `ConsentEmbed`. */
export interface ConsentEmbedProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The service whose consent the embed needs. */
  service: ServiceId;
  /** The iframe or embed, mounted only once allowed. */
  children?: ReactNode;
}

/**
 * A gate for an iframe or embed: a `<div>` that holds the embed once its service is granted (`data-state="granted"`),
 * and until then a placeholder naming the provider, with "Autoriser une fois" (this page only, nothing recorded) and
 * "Toujours autoriser" (records the service as granted). The `<div>` keeps its props in both states.
 */
export const ConsentEmbed = forwardRef<HTMLDivElement, ConsentEmbedProps>(function ConsentEmbed(
  { service, children, ...props },
  ref,
) {
  const { t, template, text, consent, store, lng, dir } = useKit('ConsentEmbed');
  const granted = useStoreSelector('ConsentEmbed', (state) => isGranted(state, { service }));
  // "Once" holds until the next decision or reset: a refusal made later, here or in another tab, unmounts the embed.
  const decision = useStoreSelector('ConsentEmbed', (state) => state.record);
  const [allowedOnce, setAllowedOnce] = useState(false);
  const [allowedUnder, setAllowedUnder] = useState(decision);
  if (allowedUnder !== decision) {
    setAllowedUnder(decision);
    setAllowedOnce(false);
  }
  const textId = useId();
  const shown = granted || allowedOnce;
  return (
    <div
      // The placeholder is in the kit's language; the embed, once shown, is in its own.
      {...(shown ? {} : { lang: lng, dir })}
      {...part('embed')}
      data-state={shown ? 'granted' : 'blocked'}
      {...props}
      ref={ref}
    >
      {shown ? (
        children
      ) : (
        <>
          <p id={textId} {...part('embed-text')}>
            {interpolate(template('embed.text'), {
              provider: store.catalogue.services[service]?.provider,
              service: <InLanguage text={text('services', service, 'title')} within={lng} />,
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
        </>
      )}
    </div>
  );
});
