// The server side of the server-rendered charte page: reads the request's Cookie header (readRequestConsent: null
// when it read no valid choice) and renders the same tree as the client, banner included on a first visit.
import { renderToString } from 'react-dom/server';
import { readRequestConsent } from '../../dist/production/index.js';
import Consent from './charte.jsx';
import { catalogue } from './charte-catalogue.js';
import { Page } from './host.jsx';

/** The HTML inside the page's root element, for a request with `headers` (Node's IncomingHttpHeaders). */
export function render(headers) {
  return renderToString(
    <Consent serverConsent={readRequestConsent(headers, catalogue)}>
      <Page />
    </Consent>,
  );
}
