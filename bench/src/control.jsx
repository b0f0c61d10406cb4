/** The control page: the host app alone, with no consent code. */
export default function Consent({ children }) {
  return children;
}
