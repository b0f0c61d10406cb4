import { Shown } from './shown.jsx';

/** The control page has no consent: its components render once and nothing changes on the click. */
export default function Gated() {
  return <Shown granted={false} />;
}
