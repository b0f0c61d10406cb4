import { hydrateRoot } from 'react-dom/client';
import { readConsent } from '../../dist/core.js';
import { COOKIE, catalogue } from '../portal-catalogue';
import { App } from './app';

// The browser sends the same cookie to the server, so both render the same choice: no mismatch.
hydrateRoot(document, <App initialConsent={readConsent(document.cookie, catalogue, { name: COOKIE })} />);
