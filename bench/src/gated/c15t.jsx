// As c15t's docs gate a component: `const { has } = useConsentManager(); has('measurement')`.
import { useConsentManager } from '@c15t/react';
import { Shown } from './shown.jsx';

export default function Gated() {
  const { has } = useConsentManager();
  return <Shown granted={has('measurement')} />;
}
