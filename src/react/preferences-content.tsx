import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type RefObject, useId } from 'react';
import { part } from './anatomy';
import { CategorySection, type Draft } from './category-section';
import { useConsentContext } from './context';
import type { Announcement, PreferencesDialogProps } from './preferences-dialog';
import { useConsent } from './use-consent';
import { useKit } from './use-kit';

interface ContentProps extends PreferencesDialogProps {
  /** Confirms a decision in the status region, which outlives the dialog (rule 18). */
  announce: (announcement: Announcement) => void;
  /** What had focus when the dialog was opened, recorded before its body loaded. */
  opener: RefObject<Element | null>;
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
  { announce, opener, onCloseAutoFocus, ...props },
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
  const decide = (action: () => void) => () => {
    action();
    announce({ text: t('status.saved'), lng });
  };
  return (
    <Dialog.Content
      id={kit.dialog.id}
      lang={lng}
      dir={kit.dir}
      {...part('dialog')}
      {...props}
      onCloseAutoFocus={(event) => {
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
        {state.record && (
          // Rule 27: the visitor can quote the id of the choice in force, and the site find its record.
          <p {...part('record-id')}>{t('preferences.recordId', { id: state.record.id })}</p>
        )}
      </div>
      <div {...part('dialog-actions')}>
        <button type="button" {...part('reject-all')} onClick={decide(consent.rejectAll)}>
          {t('banner.rejectAll')}
        </button>
        <button type="button" {...part('accept-all')} onClick={decide(consent.acceptAll)}>
          {t('banner.acceptAll')}
        </button>
        <button type="button" {...part('save')} onClick={decide(() => consent.save())}>
          {t('preferences.save')}
        </button>
      </div>
    </Dialog.Content>
  );
});
