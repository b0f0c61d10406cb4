import type { ReactNode } from 'react';
import type { ConsentTarget, RegisteredCatalogue } from '../core';
import { isGranted, useStoreSelector } from './use-consent';

/** Props of `ConsentGate`: a `category` or a `service`. */
export type ConsentGateProps = ConsentTarget<RegisteredCatalogue> & {
  /** Rendered instead while consent is missing, e.g. a placeholder with a button to open the preferences. */
  fallback?: ReactNode;
  /** Mounted only once consent is granted. */
  children?: ReactNode;
};

/** Mounts its children only when their category or service is granted. */
export function ConsentGate({ fallback = null, children, ...target }: ConsentGateProps) {
  const granted = useStoreSelector('ConsentGate', (state) =>
    isGranted(state, target as ConsentTarget<RegisteredCatalogue>),
  );
  return <>{granted ? children : fallback}</>;
}
