import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { Banner, type BannerPosition, ConsentProvider, CookieTable, memoryAdapter, PreferencesDialog } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { eventually, render, resize, user } from './render';

const codes = Object.keys(import.meta.glob('../../src/locales/*.ts')).map(
  (path) => /(\w+)\.ts$/.exec(path)?.[1] as string,
);

function Kit({ lng, position = 'bottom', table = false }: { lng: string; position?: BannerPosition; table?: boolean }) {
  return (
    <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()} lng={lng}>
      <main>
        <h1>Portail open data</h1>
        {table && <CookieTable category="statistics" />}
      </main>
      <Banner position={position} />
      <PreferencesDialog />
    </ConsentProvider>
  );
}

const banner = () => document.querySelector<HTMLElement>('[data-part="banner"]');
const dialog = () => document.querySelector<HTMLElement>('[data-part="dialog"]');

/**
 * Renders the kit in `lng`'s language and waits for its strings: the banner's `lang` says they are in. Vite's dev
 * server transforms a chunk on its first request, which can take seconds while other projects run beside.
 */
async function renderIn(lng: string, options: { position?: BannerPosition; table?: boolean } = {}) {
  await render(<Kit lng={lng} {...options} />);
  await eventually(() =>
    expect.poll(() => banner()?.getAttribute('lang'), { timeout: 10_000 }).toBe(lng.split('-')[0]),
  );
}

async function openPreferences() {
  await user(() => userEvent.click(document.querySelector('[data-part="customise"]') as HTMLElement));
  await eventually(() => expect.poll(() => dialog()).not.toBeNull());
  return dialog() as HTMLElement;
}

const box = (element: Element | null | undefined) => (element as Element).getBoundingClientRect();
const centre = (element: Element | null | undefined) => box(element).left + box(element).width / 2;
/** Whether the element's box lies within the viewport's width: overflow to the left scrolls nothing, so it is measured. */
const onScreen = (element: Element | null | undefined) => box(element).left >= 0 && box(element).right <= innerWidth;

describe('Languages, loaded on demand', () => {
  const paths = ['/src/i18n/load-locale.ts', '/src/locales/de.ts', '/src/locales/it.ts'];

  describe('given a French page', () => {
    it('requests no language', async () => {
      for (const path of paths) await commands.countRequests(path);
      await renderIn('fr');
      for (const path of paths) expect(await commands.requestsSent(path)).toBe(0);
    });
  });

  describe('given a page in Austrian German', () => {
    it('requests the table of languages and German alone, once', async () => {
      for (const path of paths) await commands.countRequests(path);
      await renderIn('de-AT');
      expect(banner()).toHaveAccessibleName('Ihre Cookie-Auswahl');
      expect(await commands.requestsSent('/src/i18n/load-locale.ts')).toBe(1);
      expect(await commands.requestsSent('/src/locales/de.ts')).toBe(1);
      expect(await commands.requestsSent('/src/locales/it.ts')).toBe(0);
    });
  });

  describe('given a page in Dutch, with nothing preloaded', () => {
    it('shows the banner first in Dutch, or in French only after a second’s wait', async () => {
      const shown: { lang: string; after: number }[] = [];
      let start = 0;
      const observer = new MutationObserver(() => {
        const lang = banner()?.getAttribute('lang');
        if (lang && shown.at(-1)?.lang !== lang) shown.push({ lang, after: performance.now() - start });
      });
      // Transformed once beforehand, as a built chunk is ready to serve: the wait is for the network, not for Vite.
      for (const path of ['/src/i18n/load-locale.ts', '/src/locales/nl.ts']) await fetch(path);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      start = performance.now();
      await renderIn('nl');
      observer.disconnect();
      expect(banner()).toHaveAccessibleName('Uw keuzes over cookies');
      expect(shown.at(-1)?.lang).toBe('nl');
      // On a machine slow enough to pass the wait, French may come first, but not before it.
      for (const { lang, after } of shown) if (lang !== 'nl') expect(after).toBeGreaterThanOrEqual(1000);
    });
  });
});

describe('Right to left, measured', () => {
  describe('given a banner in French, Arabic, Hebrew or Persian', () => {
    describe('when the preferences open', () => {
      it.each([
        ['fr', 'ltr'],
        ['ar', 'rtl'],
        ['he', 'rtl'],
        ['fa', 'rtl'],
      ] as const)(
        '%s: the banner’s buttons, then the switches and the close button, are laid out %s',
        async (lng, dir) => {
          await resize(1280, 800);
          await renderIn(lng);
          expect(banner()).toHaveAttribute('dir', dir);
          // Reading order: each button of the first layer after the previous one, to its right in French, its left in Arabic.
          const buttons = [...(banner()?.querySelectorAll('[data-part="banner-actions"] button') ?? [])].map(centre);
          expect(buttons.length).toBeGreaterThanOrEqual(3);
          const steps = buttons.slice(1).map((x, index) => x - (buttons[index] as number));
          expect(steps.every((step) => (dir === 'rtl' ? step < 0 : step > 0))).toBe(true);

          const preferences = await openPreferences();
          expect(preferences).toHaveAttribute('dir', dir);
          const header = preferences.querySelector(
            '[data-part="category"][data-state="off"] [data-part="category-header"]',
          );
          const toggle = header?.querySelector('[role="switch"]');
          const title = header?.querySelector('[data-part="category-title"]');
          if (dir === 'rtl') expect(box(toggle).right).toBeLessThanOrEqual(box(title).left);
          else expect(box(toggle).left).toBeGreaterThanOrEqual(box(title).right);
          const close = centre(preferences.querySelector('[data-part="dialog-close"]'));
          if (dir === 'rtl') expect(close).toBeLessThan(centre(preferences));
          else expect(close).toBeGreaterThan(centre(preferences));
          expect(box(preferences.querySelector('[data-part="dialog-close"]')).top - box(preferences).top).toBeLessThan(
            80,
          );
        },
      );
    });
  });

  describe('given a centred banner in French, Arabic, Hebrew or Persian', () => {
    describe('when the preferences open', () => {
      it.each(['fr', 'ar', 'he', 'fa'])(
        '%s: the banner and the dialog sit in the middle of the viewport',
        async (lng) => {
          await resize(1280, 800);
          await renderIn(lng, { position: 'center' });
          expect(Math.abs(centre(banner()) - innerWidth / 2)).toBeLessThanOrEqual(1);
          const preferences = await openPreferences();
          expect(Math.abs(centre(preferences) - innerWidth / 2)).toBeLessThanOrEqual(1);
          expect(onScreen(preferences)).toBe(true);
        },
      );
    });
  });

  describe('given a cookie table in French or Arabic', () => {
    it.each([
      ['fr', 'ltr'],
      ['ar', 'rtl'],
    ] as const)('%s: the cookie table’s columns run %s', async (lng, dir) => {
      await resize(1280, 800);
      await renderIn(lng, { table: true });
      const headers = [...document.querySelectorAll('[data-part="table"] th')].map(centre);
      expect(headers.length).toBeGreaterThanOrEqual(4);
      const steps = headers.slice(1).map((x, index) => x - (headers[index] as number));
      expect(steps.every((step) => (dir === 'rtl' ? step < 0 : step > 0))).toBe(true);
    });
  });
});

describe('Durations in Chromium', () => {
  describe('given every language but English, and a cookie of 13 months', () => {
    it.each(codes.filter((code) => code !== 'en'))(
      '%s: a cookie’s 13 months are in the page’s language, or in French marked lang="fr", never in English',
      async (lng) => {
        await renderIn(lng, { table: true });
        const cell = document.querySelector('[data-part="table"] tbody tr td:last-child') as HTMLElement;
        expect(cell.textContent).toContain(new Intl.NumberFormat(lng).format(13));
        expect(cell.textContent).not.toMatch(/month/i);
        if (cell.querySelector('[lang]')) {
          expect(cell.querySelector('[lang]')).toHaveAttribute('lang', 'fr');
          expect(cell.textContent).toBe('13\u00a0mois');
        }
      },
    );
  });
});

describe('The banner and the dialog at 320 px wide', () => {
  /** The element and each of its visible buttons that would need to scroll sideways to show all it holds. */
  const overflowing = (root: HTMLElement) =>
    [root, ...root.querySelectorAll<HTMLElement>('button')]
      .filter((element) => element.getClientRects().length > 0 && element.scrollWidth > element.clientWidth)
      .map((element) => `${element.dataset.part ?? element.tagName}: ${element.textContent?.slice(0, 40)}`);

  describe('given every language', () => {
    it.each(codes)('%s: neither the banner nor the dialog overflows, no button text is clipped', async (lng) => {
      await resize(320, 640);
      await renderIn(lng);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      expect(onScreen(banner())).toBe(true);
      expect(overflowing(banner() as HTMLElement)).toEqual([]);
      const preferences = await openPreferences();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
      expect(onScreen(preferences)).toBe(true);
      expect(overflowing(preferences)).toEqual([]);
    });
  });
});
