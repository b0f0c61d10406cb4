import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { forwardRef, useEffect, useRef } from 'react';
import { part } from './anatomy';
import { type ButtonPartProps, KitButton, useOpener } from './primitives';
import { useKit } from './use-kit';

/** "Gérer mes cookies": reopens the preferences in one activation, at any time (rule 12). */
export const PreferencesTrigger = forwardRef<HTMLButtonElement, ButtonPartProps>(function PreferencesTrigger(
  { children, ...props },
  forwardedRef,
) {
  const kit = useKit('PreferencesTrigger');
  const own = useRef<HTMLButtonElement | null>(null);
  const ref = useComposedRefs(own, forwardedRef);
  // Focus returns here when the control that opened the dialog is gone, such as the closed banner's buttons.
  useEffect(() => (own.current ? kit.dialog.addOpener(own.current) : undefined), [kit.dialog]);
  return (
    <KitButton
      lang={kit.lng}
      dir={kit.dir}
      {...part('trigger')}
      {...props}
      {...useOpener(kit, 'PreferencesTrigger', props)}
      ref={ref}
    >
      {children ?? kit.t('trigger')}
    </KitButton>
  );
});
