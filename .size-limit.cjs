// Brotli sizes of what a visitor downloads in a production build; the app brings react and react-dom.
const peers = ['react', 'react-dom', 'react/jsx-runtime'];
const production = (config) => ({ ...config, define: { 'process.env.NODE_ENV': '"production"' } });

module.exports = [
  {
    name: 'headless path: ConsentProvider, useConsent, ConsentGate',
    path: 'dist/index.js',
    import: '{ ConsentProvider, useConsent, ConsentGate }',
    ignore: peers,
    limit: '3 kB',
    modifyEsbuildConfig: production,
  },
  {
    name: 'charte/core',
    path: 'dist/core.js',
    import: '*',
    limit: '2.5 kB',
    modifyEsbuildConfig: production,
  },
];
