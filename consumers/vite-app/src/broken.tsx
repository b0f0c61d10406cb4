import { defineCatalogue } from 'charte/core';

// A service whose category does not exist: in development the kit throws an error naming the path; a production
// build skips the check, so the page gets this far.
defineCatalogue({
  revision: 1,
  categories: { necessary: { required: true } },
  services: {
    // @ts-expect-error: the type refuses it too; the runtime check is what a JavaScript host relies on.
    youtube: { category: 'social', provider: 'Google', title: 'YouTube', cookies: [] },
  },
});
document.body.dataset.catalogue = 'accepted';
