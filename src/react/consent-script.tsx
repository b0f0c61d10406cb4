import { useEffect } from 'react';
import type { ConsentTarget, RegisteredCatalogue } from '../core';
import { isGranted, useStoreSelector } from './use-consent';

/** Props of `ConsentScript`: a `category` or a `service`, and the script's attributes. */
export type ConsentScriptProps = ConsentTarget<RegisteredCatalogue> & {
  /** URL of the script. */
  src: string;
  /** Called once the script has loaded. */
  onLoad?: () => void;
} & Partial<Pick<HTMLScriptElement, 'nonce' | 'async' | 'defer' | 'integrity' | 'crossOrigin' | 'referrerPolicy'>>;

/**
 * Loads a script once its category or service is granted, exactly once per page however often it is rendered
 * (rule 16). Renders nothing; a script already running is not unloaded on withdrawal (see `reloadOnWithdraw`).
 */
export function ConsentScript({ src, onLoad, category, service, ...attributes }: ConsentScriptProps) {
  const target = (category === undefined ? { service } : { category }) as ConsentTarget<RegisteredCatalogue>;
  // Not before the stored choice is read: an exempt category is on by default but may have been opted out of.
  const runs = useStoreSelector('ConsentScript', (state) => state.status !== 'unknown' && isGranted(state, target));
  // biome-ignore lint/correctness/useExhaustiveDependencies: a script runs once per page; later attribute or callback changes do not load it again.
  useEffect(() => {
    if (!runs || [...document.scripts].some((script) => script.dataset.consentSrc === src)) return;
    const script = Object.assign(document.createElement('script'), attributes, { src });
    script.dataset.consentSrc = src;
    if (onLoad) script.addEventListener('load', onLoad, { once: true });
    document.head.append(script);
  }, [runs, src]);
  return null;
}
