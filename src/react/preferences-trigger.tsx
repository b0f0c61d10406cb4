import { forwardRef } from 'react';
import { part } from './anatomy';
import { type ButtonPartProps, KitButton, onIntent, thenAction } from './primitives';
import { useKit } from './use-kit';

/** "Gérer mes cookies": reopens the preferences in one activation, at any time (rule 12). */
export const PreferencesTrigger = forwardRef<HTMLButtonElement, ButtonPartProps>(function PreferencesTrigger(
  { children, onClick, ...props },
  ref,
) {
  const { t, consent, lng, preloadPreferences } = useKit('PreferencesTrigger');
  return (
    <KitButton
      lang={lng}
      aria-haspopup="dialog"
      {...part('trigger')}
      {...props}
      {...onIntent(props, preloadPreferences)}
      onClick={thenAction(onClick, consent.openPreferences)}
      ref={ref}
    >
      {children ?? t('trigger')}
    </KitButton>
  );
});
