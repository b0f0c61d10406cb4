import type { ReactNode } from 'react';
import type { ConsentTarget } from '../core';
import { useConsentContext } from './context';
import type { RegisteredCatalogue } from './register';
import { useConsent } from './use-consent';

/** Props of `ConsentGate`: a `category` or a `service`. */
export type ConsentGateProps = ConsentTarget<RegisteredCatalogue> & {
  /** Rendered instead while consent is missing, e.g. a placeholder with a button to open the preferences. */
  fallback?: ReactNode;
  /** Mounted only once consent is granted. */
  children?: ReactNode;
};

/** Mounts its children only when their category or service is granted. */
export function ConsentGate({ fallback = null, children, ...target }: ConsentGateProps) {
  useConsentContext('ConsentGate');
  const granted = useConsent(target as ConsentTarget<RegisteredCatalogue>);
  return <>{granted ? children : fallback}</>;
}
