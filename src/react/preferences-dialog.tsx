import type { DialogContentProps } from '@radix-ui/react-dialog';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { part } from './anatomy';
import { useConsentContext } from './context';
import { useConsentSelector } from './use-consent';

/** Props of `PreferencesDialog`; its wording comes from the kit's strings (`translations`). */
export interface PreferencesDialogProps extends Omit<DialogContentProps, 'children'> {
  /** Where the dialog is portalled; `document.body` by default. */ container?: HTMLElement | null;
}

/** What the status region says after a decision, in the language of the dialog that made it. */
export interface Announcement {
  readonly text: string;
  readonly lng: string;
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

/**
 * The second layer: a modal dialog (Radix) bound to the store's `view`, one switch per category and service,
 * each category's cookies one click away. Escape closes it without saving and focus returns to the opener (rule 17).
 * Its body and Radix load when it first opens, or earlier when an opener is pointed at or focused: most visitors
 * never open it, and none pays for it on arrival.
 */
export const PreferencesDialog = forwardRef<HTMLDivElement, PreferencesDialogProps>(
  function PreferencesDialog(props, ref) {
    const { store, kit } = useConsentContext('PreferencesDialog');
    const open = useConsentSelector('PreferencesDialog', (state) => state.view === 'preferences');
    const [Body, setBody] = useState(() => loaded);
    const [announcement, setAnnouncement] = useState<Announcement | undefined>();
    const openingLoad = useRef(() => {});

    useEffect(() => {
      let mounted = true;
      const load = (opening: boolean) =>
        loadPreferences().then(
          (body) => mounted && setBody(() => body),
          (error: unknown) => {
            // A failed load on intent is retried on opening; one on opening must not leave a stuck page:
            // the banner, or the page, comes back and the next opening tries again.
            if (!opening || !mounted) return;
            if (store.getSnapshot().view === 'preferences') store.send({ type: 'CLOSE_PREFERENCES' });
            (globalThis.reportError ?? console.error)(error);
          },
        );
      const preload = () => void load(false);
      kit.preloadPreferences = preload;
      openingLoad.current = () => void load(true);
      return () => {
        mounted = false;
        if (kit.preloadPreferences === preload) delete kit.preloadPreferences;
      };
    }, [kit, store]);

    useEffect(() => {
      if (!open) return;
      setAnnouncement(undefined);
      if (!Body) openingLoad.current();
    }, [open, Body]);

    return (
      <>
        {Body && <Body open={open} {...props} announce={setAnnouncement} ref={ref} />}
        <div role="status" lang={announcement?.lng} {...part('status')}>
          {announcement?.text}
        </div>
      </>
    );
  },
);
