import type { ConsentScope } from './context';

/**
 * The preferences dialogs of one provider and the persistent openers that stand in for a lost one; made on first
 * use by a visible component, so the headless path never loads it.
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
  };
}
