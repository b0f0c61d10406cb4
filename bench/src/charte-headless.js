export { ConsentGate, ConsentProvider, useConsent } from '../../dist/production/headless.js';
