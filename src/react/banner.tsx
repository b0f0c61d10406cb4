import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { Slot } from '@radix-ui/react-slot';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { createPortal } from 'react-dom';
import { part } from './anatomy';
import {
  BannerAcceptButton,
  BannerContinueWithoutAcceptingButton,
  BannerCustomiseButton,
  BannerRejectButton,
} from './banner-buttons';
import { BannerContext, formActions, useBannerIds } from './banner-context';
import { useConsentContext } from './context';
import { type ButtonPartProps, InLanguage, KitButton, useOpener } from './primitives';
import { useStoreSelector } from './use-consent';
import { useKit } from './use-kit';
import { useReserve } from './use-reserve';

/** Where the ready-made banner sits. */
export type BannerPosition = 'bottom' | 'bottom-left' | 'center';

/** Props of `BannerRoot`. */
export interface BannerRootProps extends ComponentPropsWithoutRef<'section'> {
  /** `bottom` bar (default), `bottom-left` box, or `center`; exposed as `data-position`. */
  position?: BannerPosition;
}

/**
 * The first layer: a non-modal region labelled by its title, with no focus trap (rule 17),
 * rendered only while the visitor has not chosen. Until then it reads one boolean of the state and no string.
 */
export const BannerRoot = forwardRef<HTMLElement, BannerRootProps>(function BannerRoot(props, ref) {
  const open = useStoreSelector('BannerRoot', (state) => state.status === 'pending');
  return open ? <OpenBanner {...props} ref={ref} /> : null;
});

const unchanging = () => () => {};
const notHydrating = () => false;
const hydrating = () => true;

/** How long a banner waits for its language's strings before it shows the French ones (a slow or failed load). */
const LANGUAGE_WAIT_MS = 1000;

/**
 * In a browser app asking for a language still on its way, the banner appears once its strings are in, or after
 * `LANGUAGE_WAIT_MS` in French, so that it is not shown, and announced, in French first; once shown, it stays.
 * A banner in the server's HTML is hydrated as it is.
 */
const OpenBanner = forwardRef<HTMLElement, BannerRootProps>(function OpenBanner(props, ref) {
  const { waiting } = useKit('BannerRoot');
  const [ready, setReady] = useState(useSyncExternalStore(unchanging, notHydrating, hydrating));
  // Set while rendering, so a French page's banner renders once, not again after an effect.
  if (!ready && !waiting) setReady(true);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(setReady, LANGUAGE_WAIT_MS, true);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready ? <ShownBanner {...props} ref={ref} /> : null;
});

const ShownBanner = forwardRef<HTMLElement, BannerRootProps>(function ShownBanner(
  { position = 'bottom', children, ...props },
  forwardedRef,
) {
  const { lng, dir, t, dialog } = useKit('BannerRoot');
  const view = useStoreSelector('BannerRoot', (state) => state.view);
  const titleId = useId();
  const formId = useId();
  const ownRef = useRef<HTMLElement | null>(null);
  const ref = useComposedRefs(ownRef, forwardedRef);
  const returnTo = useRef<Element | null>(null);

  // Said once, politely, where it appears: no focus moves to it (rule 17).
  const title = t('banner.title');
  useEffect(() => dialog.announce({ text: title, lng }), [dialog, title, lng]);

  // Where focus came from when it entered the banner, to go back there after a decision.
  useEffect(() => {
    const banner = ownRef.current;
    const note = ({ relatedTarget }: FocusEvent) => {
      if (relatedTarget instanceof Element && !banner?.contains(relatedTarget)) returnTo.current = relatedTarget;
    };
    banner?.addEventListener('focusin', note);
    return () => banner?.removeEventListener('focusin', note);
  }, []);

  const reserve = useReserve(ownRef, view === 'banner');

  return (
    <BannerContext.Provider value={{ titleId, formId, root: ownRef, returnTo }}>
      <section
        aria-labelledby={titleId}
        lang={lng}
        dir={dir}
        {...part('banner')}
        data-state="open"
        data-position={position}
        {...props}
        ref={ref}
      >
        {formActions && <form id={formId} hidden />}
        {children}
      </section>
      {/* At the end of the body, wherever the banner is rendered: it moves nothing, no layout shift. */}
      {reserve > 0 &&
        createPortal(
          <div aria-hidden="true" {...part('banner-spacer')} style={{ blockSize: reserve }} />,
          document.body,
        )}
    </BannerContext.Provider>
  );
});

/** Props of `BannerTitle`. */
export interface BannerTitleProps extends ComponentPropsWithoutRef<'h2'> {
  /** Render the host's own heading element (for another level) with the title's id. */
  asChild?: boolean;
}

/** The banner's title, which names the region; an `<h2>` unless `asChild`. */
export const BannerTitle = forwardRef<HTMLHeadingElement, BannerTitleProps>(function BannerTitle(
  { asChild, children, ...props },
  ref,
) {
  const { titleId } = useBannerIds('BannerTitle');
  const { t } = useKit('BannerTitle');
  const Heading = asChild ? Slot : 'h2';
  return (
    <Heading id={titleId} {...part('banner-title')} {...props} ref={ref}>
      {children ?? t('banner.title')}
    </Heading>
  );
});

/** The banner's short text. */
export const BannerDescription = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function BannerDescription({ children, ...props }, ref) {
    const { t } = useKit('BannerDescription');
    return (
      <p {...part('banner-description')} {...props} ref={ref}>
        {children ?? t('banner.description')}
      </p>
    );
  },
);

/** What changed since the visitor's last decision: the catalogue's `revisionMessage`, shown only when asked again (rule 9). */
export const BannerRevisionMessage = forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(
  function BannerRevisionMessage({ children, ...props }, ref) {
    const { text, lng } = useKit('BannerRevisionMessage');
    const message = text('revisionMessage');
    const content = children ?? (message.value && <InLanguage text={message} within={lng} />);
    const askedAgain = useStoreSelector('BannerRevisionMessage', (state) => state.previous !== null);
    return askedAgain && content ? (
      <p {...part('banner-revision')} {...props} ref={ref}>
        {content}
      </p>
    ) : null;
  },
);

/**
 * "Voir la liste des prestataires": opens the preferences, which list every provider, in one activation (rule 7).
 * With `asChild`, render your own element instead, such as a link to the site's cookie charter.
 */
export const BannerProvidersLink = forwardRef<HTMLButtonElement, ButtonPartProps>(function BannerProvidersLink(
  { children, ...props },
  ref,
) {
  const kit = useKit('BannerProvidersLink');
  return (
    <KitButton
      {...part('banner-providers')}
      {...props}
      {...useOpener(kit, 'BannerProvidersLink', props, 'providers')}
      ref={ref}
    >
      {children ?? kit.t('banner.providers')}
    </KitButton>
  );
});

/** The group of first-layer buttons, equal in size, font and weight (rule 2). */
export const BannerActions = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function BannerActions(props, ref) {
    const { titleId } = useBannerIds('BannerActions');
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not of form fields; a fieldset would need a legend.
    return <div role="group" aria-labelledby={titleId} {...part('banner-actions')} {...props} ref={ref} />;
  },
);

/** Props of the ready-made `Banner`; its wording comes from the kit's strings (`translations`). */
export interface BannerProps extends BannerRootProps {
  /** Show "Continuer sans accepter" at the top; it refuses, as "Tout refuser" does. Off by default. */
  continueWithoutAccepting?: boolean;
}

/** The ready-made first layer: title, text, providers link and three equal buttons. */
export const Banner = forwardRef<HTMLElement, BannerProps>(function Banner(
  { continueWithoutAccepting = false, ...props },
  ref,
) {
  useConsentContext('Banner');
  return (
    <BannerRoot {...props} ref={ref}>
      {continueWithoutAccepting && <BannerContinueWithoutAcceptingButton />}
      <BannerTitle />
      <BannerDescription />
      <BannerRevisionMessage />
      <BannerProvidersLink />
      <BannerActions>
        <BannerAcceptButton />
        <BannerRejectButton />
        <BannerCustomiseButton />
      </BannerActions>
    </BannerRoot>
  );
});
