import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { Banner, ConsentProvider, memoryAdapter } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { KitPage as Kit } from './kit-page';
import { brokenWords, textContrasts } from './measure';
import { eventually, render, resize, user } from './render';

const pages = {
  light: { background: 'rgb(255, 255, 255)', color: 'rgb(22, 22, 22)' },
  dark: { background: 'rgb(18, 18, 18)', color: 'rgb(240, 240, 240)' },
};

/** A host page in its own colours, with the system asking for `system`. */
async function renderIn(system: 'light' | 'dark', host: keyof typeof pages) {
  await commands.emulateMedia({ colorScheme: system });
  Object.assign(document.body.style, pages[host]);
  return render(<Kit />);
}

const openDialog = async () => {
  await user(() => userEvent.click(page.getByRole('button', { name: 'Personnaliser' })));
  await eventually(() => expect.element(page.getByRole('dialog')).toBeVisible());
  const dialog = document.querySelector('[role="dialog"]') as HTMLElement;
  for (const details of dialog.querySelectorAll('details')) details.open = true;
  return dialog;
};

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null });
  document.body.removeAttribute('style');
  await resize(1280, 800);
});

const cases = [320, 768, 1280].flatMap((width) =>
  (['light', 'dark'] as const).flatMap((system) =>
    (['light', 'dark'] as const).map((host) => ({ width, system, host })),
  ),
);

describe('The kit on a host page', () => {
  describe.each(cases)('given $width px, a $system system and a $host host page', ({ width, system, host }) => {
    it('breaks no word that had room on a line, and every text reaches 4.5:1 on what is painted behind it', async () => {
      await resize(width, 800);
      await renderIn(system, host);
      const table = document.querySelector('main [data-part="table"]') as Element;
      const banner = document.querySelector('[data-part="banner"]') as Element;
      expect(brokenWords(table)).toEqual([]);
      expect(brokenWords(banner)).toEqual([]);
      const low = (root: Element) => textContrasts(root).filter(({ ratio }) => ratio < 4.5);
      expect(textContrasts(table).length).toBeGreaterThan(10);
      expect(low(table)).toEqual([]);
      expect(low(banner)).toEqual([]);
      expect(low(document.querySelector('main') as Element)).toEqual([]);
      const dialog = await openDialog();
      expect(brokenWords(dialog)).toEqual([]);
      expect(low(dialog)).toEqual([]);
    });

    describe('when the preferences open', () => {
      it('lines every switch up at one x position', async () => {
        await resize(width, 800);
        await renderIn(system, host);
        const dialog = await openDialog();
        const switches = [...dialog.querySelectorAll('[role="switch"]')];
        expect(switches.length).toBeGreaterThan(3);
        expect(new Set(switches.map((element) => Math.round(element.getBoundingClientRect().left))).size).toBe(1);
      });
    });
  });
});

describe('The preferences dialog', () => {
  describe('given a width of 768 px or more', () => {
    it.each([768, 1280])('at %i px, puts its three buttons on one row, each label on one line', async (width) => {
      await resize(width, 800);
      await render(<Kit />);
      const dialog = await openDialog();
      const buttons = [...dialog.querySelectorAll<HTMLElement>('[data-part="dialog-actions"] button')];
      expect(buttons.map((button) => button.textContent)).toEqual([
        'Tout accepter',
        'Tout refuser',
        'Enregistrer mes choix',
      ]);
      expect(new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size).toBe(1);
      for (const button of buttons) {
        const range = document.createRange();
        range.selectNodeContents(button);
        expect(new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size).toBe(1);
      }
    });
  });

  describe('when it opens', () => {
    it('leaves the page where it was (the scroll lock moves nothing)', async () => {
      await render(<Kit />);
      const heading = document.querySelector('main h1') as HTMLElement;
      const before = heading.getBoundingClientRect();
      await openDialog();
      const after = heading.getBoundingClientRect();
      expect([after.top, after.left]).toEqual([before.top, before.left]);
    });
  });

  describe('given a catalogue with a required category', () => {
    it('shows a service provider as its own line, and the always-on switch without a track', async () => {
      await render(<Kit />);
      const dialog = await openDialog();
      const providers = [...dialog.querySelectorAll('[data-part="service-provider"]')].map((line) => line.textContent);
      expect(providers).toContain('Prestataire\u00a0: Opendatasoft');
      expect(
        [...dialog.querySelectorAll('[data-part="service-title"]')].map((title) => title.textContent),
      ).not.toContain(expect.stringContaining('('));
      const [locked] = [...dialog.querySelectorAll<HTMLElement>('[role="switch"]:disabled')];
      const [free] = [...dialog.querySelectorAll<HTMLElement>('[role="switch"]:not(:disabled)')];
      expect(getComputedStyle(locked as HTMLElement).backgroundColor).toBe('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(locked as HTMLElement).borderStyle).toBe('dashed');
      expect(getComputedStyle(free as HTMLElement).borderStyle).toBe('solid');
    });
  });
});

describe('The banner', () => {
  describe('given a 320 × 640 screen', () => {
    it('takes at most half of it, and shows its title, text, providers link and three buttons', async () => {
      await resize(320, 640);
      await render(<Kit />);
      const banner = document.querySelector('[data-part="banner"]') as HTMLElement;
      for (const name of ['banner-title', 'banner-description', 'banner-providers', 'accept-all', 'reject-all'])
        expect(banner.querySelector(`[data-part="${name}"]`)?.getClientRects().length).toBeGreaterThan(0);
      expect(banner.querySelector('[data-part="customise"]')?.getClientRects().length).toBeGreaterThan(0);
      // The whole content fits: the half-screen cap is not what hides the rest.
      expect(banner.scrollHeight).toBeLessThanOrEqual(320);
      expect(banner.getBoundingClientRect().height).toBeLessThanOrEqual(320);
    });
  });

  describe('given the bottom-left or the centre position', () => {
    it.each(['bottom-left', 'center'] as const)('%s stacks its three buttons in one column', async (position) => {
      await render(
        <ConsentProvider catalogue={montreuilDemo} storage={memoryAdapter()}>
          <Banner position={position} />
        </ConsentProvider>,
      );
      const buttons = [...document.querySelectorAll('[data-part="banner-actions"] button')];
      expect(new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().left))).size).toBe(1);
      expect(new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().width))).size).toBe(1);
    });
  });
});

describe('The cookie table', () => {
  describe('given a width under 40 rem (320 px)', () => {
    it('keeps its caption as wide as the cards, and shows no empty "Durée"', async () => {
      await resize(320, 800);
      await render(<Kit />);
      const table = document.querySelector('main [data-part="table"]') as HTMLTableElement;
      const caption = table.caption as HTMLElement;
      expect(caption.getBoundingClientRect().width).toBeGreaterThan(table.getBoundingClientRect().width * 0.9);
      const empty = [...table.querySelectorAll('td')].filter((cell) => cell.textContent === '');
      expect(empty.length).toBeGreaterThan(0);
      expect(empty.filter((cell) => cell.getClientRects().length > 0)).toEqual([]);
    });
  });
});
