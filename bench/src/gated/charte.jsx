import { useConsent } from '../../../dist/production/index.js';
import { Shown } from './shown.jsx';

export default function Gated() {
  return <Shown granted={useConsent('statistics')} />;
}
