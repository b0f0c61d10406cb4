export { ConsentGate, ConsentProvider, useConsent } from '../../dist/headless.js';
