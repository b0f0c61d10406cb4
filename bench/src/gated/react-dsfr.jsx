// As react-dsfr's docs read consent: `const { finalityConsent } = useConsent()`.
import { useConsent } from '../react-dsfr.jsx';
import { Shown } from './shown.jsx';

export default function Gated() {
  const { finalityConsent } = useConsent();
  return <Shown granted={finalityConsent?.statistics === true} />;
}
