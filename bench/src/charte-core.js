export * from '../../dist/production/core.js';
