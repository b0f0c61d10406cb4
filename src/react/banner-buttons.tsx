import { composeEventHandlers } from '@radix-ui/primitive';
import { forwardRef } from 'react';
import type { KitKey } from '../i18n';
import { type Part, part } from './anatomy';
import { formActions, useBannerIds } from './banner-context';
import { type ButtonPartProps, KitButton, useOpener } from './primitives';
import { useKit } from './use-kit';

type BannerAction = 'acceptAll' | 'rejectAll' | 'continueWithoutAccepting';

/**
 * The behaviour shared by the first-layer decisions: a label from the kit, then the store's action, then the
 * decision said in the status region and focus on "Gérer mes cookies", where the visitor can change their mind
 * (rule 12), else back where it was before the banner (RGAA 12.8, WCAG 2.4.3). A `<button>` submits the banner's
 * form, so a click made while the page hydrates is not lost; the host's `onClick` can still `preventDefault()` it.
 */
const BannerActionButton = forwardRef<
  HTMLButtonElement,
  ButtonPartProps & { caller: string; partName: Part; label: KitKey; action: BannerAction }
>(function BannerActionButton({ caller, partName, label, action, children, ...props }, ref) {
  const { t, lng, consent, dialog } = useKit(caller);
  const { formId, root, returnTo } = useBannerIds(caller);
  const decide = () => {
    // Focus moves on only from inside the banner: a click that focuses nothing (Safari) leaves it where it was.
    const hadFocus = root.current?.contains(document.activeElement);
    consent[action]();
    dialog.announce({ text: t(action === 'acceptAll' ? 'status.acceptedAll' : 'status.rejectedAll'), lng });
    const next = dialog.fallbackOpener() ?? (returnTo.current?.isConnected ? returnTo.current : undefined);
    if (hadFocus && next instanceof HTMLElement) next.focus();
  };
  const submits = formActions && !props.asChild;
  return (
    <KitButton
      {...part(partName)}
      {...props}
      {...(submits
        ? { type: 'submit', form: formId, formAction: decide }
        : { onClick: composeEventHandlers(props.onClick, decide) })}
      ref={ref}
    >
      {children ?? t(label)}
    </KitButton>
  );
});

/** "Tout accepter": grants every purpose. */
export const BannerAcceptButton = forwardRef<HTMLButtonElement, ButtonPartProps>(
  function BannerAcceptButton(props, ref) {
    return (
      <BannerActionButton
        caller="BannerAcceptButton"
        partName="accept-all"
        label="banner.acceptAll"
        action="acceptAll"
        {...props}
        ref={ref}
      />
    );
  },
);

/** "Tout refuser": refuses every consent purpose in one activation (rule 3). */
export const BannerRejectButton = forwardRef<HTMLButtonElement, ButtonPartProps>(
  function BannerRejectButton(props, ref) {
    return (
      <BannerActionButton
        caller="BannerRejectButton"
        partName="reject-all"
        label="banner.rejectAll"
        action="rejectAll"
        {...props}
        ref={ref}
      />
    );
  },
);

/** "Personnaliser": opens the preferences dialog. */
export const BannerCustomiseButton = forwardRef<HTMLButtonElement, ButtonPartProps>(function BannerCustomiseButton(
  { children, ...props },
  ref,
) {
  const kit = useKit('BannerCustomiseButton');
  return (
    <KitButton {...part('customise')} {...props} {...useOpener(kit, 'BannerCustomiseButton', props)} ref={ref}>
      {children ?? kit.t('banner.customise')}
    </KitButton>
  );
});

/** "Continuer sans accepter": closing the banner this way is a refusal (CNIL 2020-092 § 31). */
export const BannerContinueWithoutAcceptingButton = forwardRef<HTMLButtonElement, ButtonPartProps>(
  function BannerContinueWithoutAcceptingButton(props, ref) {
    return (
      <BannerActionButton
        caller="BannerContinueWithoutAcceptingButton"
        partName="continue-without-accepting"
        label="banner.continueWithoutAccepting"
        action="continueWithoutAccepting"
        {...props}
        ref={ref}
      />
    );
  },
);
