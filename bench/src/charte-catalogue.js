// The timing pages' catalogue: two categories, one service each, the texts every entry shows.
import { defineCatalogue } from '../../dist/production/index.js';
import { text } from './catalogue.js';

export const catalogue = defineCatalogue({
  revision: 1,
  categories: {
    necessary: { required: true, title: text.necessary, description: text.necessaryDescription },
    statistics: { title: text.statistics, description: text.statisticsDescription },
  },
  services: {
    session: {
      category: 'necessary',
      provider: 'Le site',
      title: 'Session',
      cookies: [{ name: 'sessionid', purpose: 'Se souvenir de vous d’une page à l’autre.' }],
    },
    matomo: {
      category: 'statistics',
      provider: 'Matomo',
      title: 'Mesure d’audience',
      cookies: [{ name: /^_pk_id/, purpose: 'Distinguer les visiteurs.' }],
    },
  },
});
