import { defineCatalogue } from 'charte/core';
import { MONTREUIL_COOKIE, matomo, necessary, opendatasoftServices, statistics } from '../montreuil';

/** The Montreuil portal's necessary cookies, plus opt-in statistics to show a gated component. */
export const catalogue = defineCatalogue({
  revision: 1,
  categories: { necessary, statistics },
  services: { ...opendatasoftServices, matomo },
});

/** The portal keeps the choice in its existing cookie. */
export const COOKIE = MONTREUIL_COOKIE;
