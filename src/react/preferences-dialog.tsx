import type { DialogContentProps } from '@radix-ui/react-dialog';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { part } from './anatomy';
import { useConsentContext } from './context';
import { type Announcement, dialogOf } from './dialog-registry';
import { useStoreSelector } from './use-consent';

/** Props of `PreferencesDialog`; its wording comes from the kit's strings (`translations`). */
export interface PreferencesDialogProps extends Omit<DialogContentProps, 'children'> {
  /** Where the dialog is portalled; `document.body` by default. */ container?: HTMLElement | null;
}

type Content = typeof import('./preferences-content').PreferencesContent;
let loaded: Content | undefined;
let loading: Promise<Content> | undefined;

/** Loads the dialog's body (with Radix) once; a failed load is tried again on the next call. */
export function loadPreferences(): Promise<Content> {
  loading ??= import('./preferences-content').then(
    (module) => {
      loaded = module.PreferencesContent;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** What an opener calls when pointed at or focused; a failed load is left to the opening, which reports it. */
const preloadOnIntent = () => {
  loadPreferences().catch(() => {});
};

/**
 * The second layer: a modal dialog (Radix) bound to the store's `view`, one switch per category and service,
 * each category's cookies one click away. Escape closes it without saving and focus returns to the opener (rule 17).
 * Its body and Radix load when it first opens, or earlier when an opener is pointed at or focused: most visitors
 * never open it, and none pays for it on arrival.
 */
export const PreferencesDialog = forwardRef<HTMLDivElement, PreferencesDialogProps>(
  function PreferencesDialog(props, ref) {
    const { scope } = useConsentContext('PreferencesDialog');
    const { store } = scope;
    const dialog = dialogOf(scope);
    const open = useStoreSelector('PreferencesDialog', (state) => state.view === 'preferences');
    const [body, setBody] = useState(() => loaded);
    // Mounted from the first opening on, so that closing runs Radix's exit and focus return; never on the server.
    const [opened, setOpened] = useState(open);
    if (open && !opened) setOpened(true);
    // `loaded`: loaded on intent since this rendered, so the opening does not wait.
    const Body = open || opened ? (body ?? loaded) : undefined;
    const [announcement, setAnnouncement] = useState<Announcement | undefined>();
    // Rule 17: focus goes back to the control the visitor activated, whatever has focus once the body has loaded.
    const opener = useRef<Element | null>(null);

    // One registration per mounted dialog, so openers preload while any of them is mounted.
    useEffect(() => dialog.register(() => preloadOnIntent()), [dialog]);
    // The region is in the document, exposed and empty before any text is put in it (WCAG 4.1.3).
    useEffect(() => dialog.listen(setAnnouncement), [dialog]);

    useEffect(() => {
      if (!open) return;
      opener.current = document.activeElement;
      setAnnouncement(undefined);
      if (loaded) return;
      let current = true;
      loadPreferences().then(
        (loadedBody) => {
          if (current) setBody(() => loadedBody);
        },
        (error: unknown) => {
          // Never a stuck page: the banner, or the page, comes back; the instance that closes the dialog reports it.
          if (!current || store.getSnapshot().view !== 'preferences') return;
          store.send({ type: 'CLOSE_PREFERENCES' });
          (globalThis.reportError ?? console.error)(error);
        },
      );
      return () => {
        current = false;
      };
    }, [open, store]);

    return (
      <>
        {Body && <Body open={open} opener={opener} {...props} ref={ref} />}
        <div role="status" lang={announcement?.lng} {...part('status')}>
          {announcement?.text}
        </div>
      </>
    );
  },
);
