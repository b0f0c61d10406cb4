import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type RefObject, useId } from 'react';
import { servicesOf } from '../core';
import { part } from './anatomy';
import { useConsentContext } from './context';
import { CookieTable } from './cookie-table';
import { safeHref } from './format';
import type { Announcement, PreferencesDialogProps } from './preferences-dialog';
import { Switch } from './primitives';
import type { CategoryId, ServiceId } from './register';
import { useConsent } from './use-consent';
import { useKit } from './use-kit';

type Kit = ReturnType<typeof useKit>;
type Draft = { categories: Record<string, boolean>; services: Record<string, boolean> };

/** The catalogue's title (production builds skip the check that it exists), else the id. */
const categoryTitle = (kit: Kit, id: string) => kit.text('categories', id, 'title') || id;

function ServiceItem({ kit, id, draft, locked }: { kit: Kit; id: string; draft: Draft; locked: boolean }) {
  const titleId = useId();
  const service = kit.store.catalogue.services[id];
  if (!service) return null;
  const policy = safeHref(service.policyUrl);
  return (
    <li {...part('service')} data-state={draft.services[id] ? 'on' : 'off'}>
      <span id={titleId} {...part('service-title')}>
        {kit.text('services', id, 'title')} ({service.provider})
      </span>
      {!locked && (
        <Switch
          checked={draft.services[id] === true}
          aria-labelledby={titleId}
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

function CategorySection({ kit, id, draft }: { kit: Kit; id: string; draft: Draft }) {
  const titleId = useId();
  const descriptionId = useId();
  const { catalogue } = kit.store;
  const category = catalogue.categories[id];
  const required = category?.required === true;
  const services = servicesOf(catalogue, id);
  const description = kit.text('categories', id, 'description');
  const on = draft.categories[id] === true;
  return (
    <section aria-labelledby={titleId} {...part('category')} data-state={on ? 'on' : 'off'}>
      <div {...part('category-header')}>
        <h3 id={titleId} {...part('category-title')}>
          {categoryTitle(kit, id)}
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
        {[description, required ? kit.t('preferences.requiredReason') : ''].filter(Boolean).join(' ')}
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
          <summary {...part('cookies-toggle')}>{kit.t('preferences.showCookies')}</summary>
          <CookieTable category={id as CategoryId} caption={categoryTitle(kit, id)} />
        </details>
      )}
    </section>
  );
}

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
    const { store } = useConsentContext('PreferencesDialog');
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
    announce({ text: t('preferences.saved'), lng });
  };
  return (
    <Dialog.Content
      lang={lng}
      {...part('dialog')}
      {...props}
      onCloseAutoFocus={(event) => {
        onCloseAutoFocus?.(event);
        if (event.defaultPrevented) return;
        // Radix returns focus to a Dialog.Trigger; the kit's openers live elsewhere (rule 17).
        event.preventDefault();
        const target = opener.current?.isConnected ? opener.current : document.querySelector('[data-part="trigger"]');
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
