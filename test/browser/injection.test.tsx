import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPreferences } from '../../src/react/preferences-dialog';
import { hostileCatalogue, hostilePage, hostileTranslations, inventory, isSafeUrl, PAYLOADS } from '../injection';
// Sets React's act() environment, as every browser test does.
import './render';

/** Renders `page` in a fresh root, lets injected handlers fire, and takes the inventory of the whole document. */
async function inventoryOf(page: Parameters<ReturnType<typeof createRoot>['render']>[0]) {
  const container = document.body.appendChild(document.createElement('div'));
  const root = createRoot(container);
  await act(async () => root.render(page));
  // An injected onerror, onload or ontoggle would fire within a few tasks.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const found = inventory(document.body);
  await act(async () => root.unmount());
  container.remove();
  return found;
}

describe('The kit in Chromium, against injection (rule 22)', () => {
  describe(`given each of the ${PAYLOADS.length} payloads in every catalogue text and translation`, () => {
    // Loaded before the baseline, the dialog's body is in every inventory and its fetch is not counted as a request.
    beforeAll(() => loadPreferences());

    it('renders it as text: nothing it carries runs or loads', {
      timeout: 60_000,
    }, async () => {
      const baseline = await inventoryOf(hostilePage(hostileCatalogue('Texte ordinaire')));
      const requestsBefore = performance.getEntriesByType('resource').length;
      for (const payload of PAYLOADS) {
        const found = await inventoryOf(hostilePage(hostileCatalogue(payload), hostileTranslations(payload)));
        expect(
          [...found.tags].filter((tag) => !baseline.tags.has(tag)),
          payload,
        ).toEqual([]);
        expect(
          [...found.attributes].filter((name) => !baseline.attributes.has(name)),
          payload,
        ).toEqual([]);
        expect(
          found.hrefs.filter((url) => !isSafeUrl(url)),
          payload,
        ).toEqual([]);
      }
      expect((window as { __xss?: number }).__xss).toBeUndefined();
      const requested = performance.getEntriesByType('resource').slice(requestsBefore);
      expect(requested.map((entry) => entry.name).filter((url) => /evil|\/x$|javascript/.test(url))).toEqual([]);
    });
  });
});
