export { ConsentGate, ConsentProvider, useConsent } from '../../dist/index.js';
