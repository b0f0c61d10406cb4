import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hostileCatalogue, hostilePage, hostileTranslations, inventory, isSafeUrl, PAYLOADS } from '../injection';

/** What the kit creates with harmless text: the only elements and attributes a hostile render may have. */
function baseline() {
  const view = render(hostilePage(hostileCatalogue('Texte ordinaire')));
  const allowed = inventory(document.body);
  view.unmount();
  return allowed;
}

describe('text from the catalogue and translations (rule 22)', () => {
  const allowed = baseline();

  describe('given the corpus of hostile payloads', () => {
    it(`has at least 30 of them (${PAYLOADS.length})`, () => {
      expect(new Set(PAYLOADS).size).toBeGreaterThanOrEqual(30);
    });
  });

  describe('when a payload is written in a text', () => {
    it.each(PAYLOADS.flatMap((payload) => [['catalogue', payload] as const, ['translations', payload] as const]))(
      'stays text in every %s text: %j',
      async (where, payload) => {
        const page =
          where === 'catalogue'
            ? hostilePage(hostileCatalogue(payload))
            : hostilePage(hostileCatalogue('Texte ordinaire'), hostileTranslations(payload));
        const view = render(page);
        await act(async () => {});
        const found = inventory(document.body);
        expect([...found.tags].filter((tag) => !allowed.tags.has(tag))).toEqual([]);
        expect([...found.attributes].filter((name) => !allowed.attributes.has(name))).toEqual([]);
        expect(found.hrefs.filter((url) => !isSafeUrl(url))).toEqual([]);
        expect((window as { __xss?: number }).__xss).toBeUndefined();
        if (where === 'catalogue') expect(document.body.textContent).toContain(payload.trim());
        view.unmount();
      },
    );
  });
});
