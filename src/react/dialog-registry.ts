import type { ConsentScope } from './context';

/** What a status region says, in the language of the component that said it. */
export interface Announcement {
  readonly text: string;
  readonly lng: string;
}

/**
 * The preferences dialogs of one provider, the persistent openers that stand in for a lost one, and the status region
 * they all speak through; made on first use by a visible component, so the headless path never loads it.
 */
export interface DialogRegistry {
  /** The id of the dialog's content, for the openers' `aria-controls`. */
  readonly id: string;
  /** A mounted `PreferencesDialog` registers how to load its body; the returned function unregisters it. */
  register(preload: () => void): () => void;
  /** Starts loading the dialog's body, if a dialog is mounted: openers call it when pointed at or focused. */
  preload(): void;
  /** "Gérer mes cookies" registers its element, where focus returns when the dialog's opener is gone (rule 17). */
  addOpener(element: HTMLElement): () => void;
  /** The first registered opener still in the document. */
  fallbackOpener(): HTMLElement | undefined;
  /** `PreferencesDialog`'s status region listens; it hears what was said before it mounted (effects run in order). */
  listen(listener: (announcement: Announcement) => void): () => void;
  /** Says `announcement` in the status region, without moving focus (rule 17). */
  announce(announcement: Announcement): void;
  /** The next opening was asked for the providers list (`true`) or the dialog's first control (`false`). */
  requestProviders(wanted: boolean): void;
  /** Whether the opening in progress was asked for the providers list; asking once answers once. */
  takeProvidersRequest(): boolean;
}

const registries = new WeakMap<ConsentScope, DialogRegistry>();

/** The dialog registry of one provider. */
export function dialogOf(scope: ConsentScope): DialogRegistry {
  const registry = registries.get(scope) ?? createDialogRegistry(scope.dialogId);
  registries.set(scope, registry);
  return registry;
}

function createDialogRegistry(id: string): DialogRegistry {
  const preloads = new Set<() => void>();
  const openers = new Set<HTMLElement>();
  const listeners = new Set<(announcement: Announcement) => void>();
  let unheard: Announcement | undefined;
  let providersWanted = false;
  return {
    id,
    register(preload) {
      preloads.add(preload);
      return () => preloads.delete(preload);
    },
    preload() {
      for (const preload of preloads) return preload();
    },
    addOpener(element) {
      openers.add(element);
      return () => openers.delete(element);
    },
    fallbackOpener: () => [...openers].find((element) => element.isConnected),
    listen(listener) {
      listeners.add(listener);
      if (unheard) listener(unheard);
      unheard = undefined;
      return () => listeners.delete(listener);
    },
    announce(announcement) {
      if (listeners.size === 0) unheard = announcement;
      for (const listener of listeners) listener(announcement);
    },
    requestProviders(wanted) {
      providersWanted = wanted;
    },
    takeProvidersRequest() {
      const wanted = providersWanted;
      providersWanted = false;
      return wanted;
    },
  };
}
