// Stands in for the portal's measurement script: it runs only once statistics are granted (app/statistics.tsx).
window.portalMeasurement = 'active';
