import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type RefObject, useId, useLayoutEffect, useRef } from 'react';
import { part } from './anatomy';
import { CategorySection, type Draft } from './category-section';
import { useConsentContext } from './context';
import type { PreferencesDialogProps } from './preferences-dialog';
import { ProvidersSection } from './providers-section';
import { useConsent } from './use-consent';
import { useKit } from './use-kit';

interface ContentProps extends PreferencesDialogProps {
  /** What had focus when the dialog was opened, recorded before its body loaded. */
  opener: RefObject<Element | null>;
}

/**
 * Radix's scroll lock moves the body's top margin into its padding, which stops a child's margin from collapsing
 * through it and shifts the page; the body keeps its own top margin and padding while the dialog is open.
 */
function useStillPage() {
  useLayoutEffect(() => {
    const { style } = document.body;
    const before = [style.marginTop, style.paddingTop] as const;
    const computed = getComputedStyle(document.body);
    style.marginTop = computed.marginTop;
    style.paddingTop = computed.paddingTop;
    return () => {
      [style.marginTop, style.paddingTop] = before;
    };
  }, []);
}

/**
 * The dialog itself, loaded on first opening or on intent: a modal (Radix) bound to the store's `view`.
 * Radix mounts `DialogContent` only while open, so a closed dialog reads no string and renders no switch.
 */
export const PreferencesContent = forwardRef<HTMLDivElement, ContentProps & { open: boolean }>(
  function PreferencesContent({ open, container, ...props }, ref) {
    const { store } = useConsentContext('PreferencesDialog').scope;
    return (
      <Dialog.Root open={open} onOpenChange={(next) => next || store.send({ type: 'CLOSE_PREFERENCES' })}>
        <Dialog.Portal {...(container === undefined ? {} : { container })}>
          <Dialog.Overlay {...part('overlay')} />
          <DialogContent {...props} ref={ref} />
        </Dialog.Portal>
      </Dialog.Root>
    );
  },
);

const DialogContent = forwardRef<HTMLDivElement, Omit<ContentProps, 'container'>>(function DialogContent(
  { opener, onOpenAutoFocus, onCloseAutoFocus, ...props },
  ref,
) {
  const kit = useKit('PreferencesDialog');
  const { t, lng, consent, store } = kit;
  const state = useConsent();
  const draft = state.draft as Draft;
  const { catalogue } = store;
  const consentIds = catalogue.categoryIds.filter((id) => !catalogue.categories[id]?.exempt);
  const exemptIds = catalogue.categoryIds.filter((id) => catalogue.categories[id]?.exempt);
  const exemptTitleId = useId();
  const providers = useRef<HTMLHeadingElement>(null);
  // Said once the dialog is gone and the page exposed again, so the message is never inserted while hidden (rule 18).
  const said = useRef<string | undefined>(undefined);
  const decide = (action: () => void) => () => {
    said.current = t('status.saved');
    action();
  };
  useStillPage();
  return (
    <Dialog.Content
      id={kit.dialog.id}
      lang={lng}
      dir={kit.dir}
      {...part('dialog')}
      {...props}
      onOpenAutoFocus={(event) => {
        onOpenAutoFocus?.(event);
        if (!kit.dialog.takeProvidersRequest() || event.defaultPrevented) return;
        // "Voir la liste des prestataires" leads to the list it names (WCAG 2.4.4, RGAA 6.1).
        event.preventDefault();
        providers.current?.focus();
      }}
      onCloseAutoFocus={(event) => {
        if (said.current) kit.dialog.announce({ text: said.current, lng });
        onCloseAutoFocus?.(event);
        if (event.defaultPrevented) return;
        // Radix returns focus to a Dialog.Trigger; the kit's openers live elsewhere (rule 17).
        event.preventDefault();
        const target = opener.current?.isConnected ? opener.current : kit.dialog.fallbackOpener();
        if (target instanceof HTMLElement) target.focus();
      }}
      ref={ref}
    >
      <div {...part('dialog-header')}>
        <Dialog.Title {...part('dialog-title')}>{t('preferences.title')}</Dialog.Title>
        <Dialog.Close {...part('dialog-close')} aria-label={t('preferences.close')}>
          <span aria-hidden="true">×</span>
        </Dialog.Close>
      </div>
      <div {...part('dialog-body')}>
        <Dialog.Description {...part('dialog-description')}>{t('preferences.description')}</Dialog.Description>
        {state.record?.method === 'gpc' && <p {...part('gpc')}>{t('gpc')}</p>}
        {consentIds.map((id) => (
          <CategorySection key={id} kit={kit} id={id} draft={draft} />
        ))}
        {exemptIds.length > 0 && (
          <section aria-labelledby={exemptTitleId} {...part('section')} data-kind="exempt">
            <h3 id={exemptTitleId} {...part('section-title')}>
              {t('preferences.exemptTitle')}
            </h3>
            <p {...part('section-description')}>{t('preferences.exemptReason')}</p>
            {exemptIds.map((id) => (
              <CategorySection key={id} kit={kit} id={id} draft={draft} />
            ))}
          </section>
        )}
        <ProvidersSection kit={kit} ref={providers} />
        {state.record && (
          // Rule 27: the visitor can quote the id of the choice in force, and the site find its record.
          <p {...part('record-id')}>{t('preferences.recordId', { id: state.record.id })}</p>
        )}
      </div>
      <div {...part('dialog-actions')}>
        {/* The banner's order, with the same weight (rule 2). */}
        <button type="button" {...part('accept-all')} onClick={decide(consent.acceptAll)}>
          {t('banner.acceptAll')}
        </button>
        <button type="button" {...part('reject-all')} onClick={decide(consent.rejectAll)}>
          {t('banner.rejectAll')}
        </button>
        <button type="button" {...part('save')} onClick={decide(() => consent.save())}>
          {t('preferences.save')}
        </button>
      </div>
    </Dialog.Content>
  );
});
