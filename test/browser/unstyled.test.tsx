import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { Banner, ConsentProvider, CookieTable, memoryAdapter, PreferencesDialog, PreferencesTrigger } from '../../src';
import hostCss from '../../stories/unstyled.css?raw';
import { montreuilDemo } from '../fixtures/montreuil';
import { axeViolations } from './measure';
import { eventually, render, user } from './render';

const kitSheets = () =>
  [...document.styleSheets].filter((sheet) =>
    [...sheet.cssRules].some((rule) => rule.cssText.includes('--charte-font-family')),
  );

afterEach(() => {
  for (const sheet of kitSheets()) sheet.disabled = false;
  document.querySelector('style[data-host]')?.remove();
});

describe('The kit without styles.css', () => {
  describe('given only the CSS the README asks the host for', () => {
    it('shows the dialog over the page, keeps 24 px targets, and axe finds nothing', async () => {
      for (const sheet of kitSheets()) sheet.disabled = true;
      const host = document.createElement('style');
      host.dataset.host = '';
      host.textContent = hostCss;
      document.head.append(host);
      await render(
        <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()}>
          <Banner />
          <main>
            <h1>Portail open data</h1>
            <PreferencesTrigger />
            <CookieTable />
          </main>
          <PreferencesDialog />
        </ConsentProvider>,
      );
      expect(kitSheets().every((sheet) => sheet.disabled)).toBe(true);
      const banner = document.querySelector('[data-part="banner"]') as HTMLElement;
      expect(getComputedStyle(banner).position).toBe('fixed');
      expect(await axeViolations(banner)).toEqual([]);
      expect(await axeViolations(document.querySelector('main') as Element)).toEqual([]);
      await user(() => userEvent.click(page.getByRole('button', { name: 'Personnaliser' })));
      await eventually(() => expect.element(page.getByRole('dialog')).toBeVisible());
      const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
      const box = dialog.getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(innerHeight);
      const small = [...dialog.querySelectorAll<HTMLElement>('button, a[href]')]
        .map((control) => control.getBoundingClientRect())
        .filter((rect) => rect.width < 24 || rect.height < 24);
      expect(small).toEqual([]);
      expect(await axeViolations(dialog)).toEqual([]);
    });
  });
});
