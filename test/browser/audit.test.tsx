import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { Banner, ConsentProvider, createConsentStore, memoryAdapter } from '../../src';
import { montreuilDemo } from '../fixtures/montreuil';
import { KitPage as Kit } from './kit-page';
import { axeViolations, contrast, visibleFraction } from './measure';
import { eventually, render, resize, settled, user } from './render';

const tab = () => user(() => userEvent.keyboard('{Tab}'));
const banner = () => document.querySelector('[data-part="banner"]') as HTMLElement;
const status = () => document.querySelector('[role="status"]') as HTMLElement;
const openDialog = async (name = 'Personnaliser') => {
  await user(() => userEvent.click(page.getByRole('button', { name })));
  await eventually(() => expect.element(page.getByRole('dialog')).toBeVisible());
  return document.querySelector('[role="dialog"]') as HTMLElement;
};

afterEach(async () => {
  await commands.emulateMedia({ colorScheme: null, forcedColors: null });
  await resize(1280, 800);
});

describe('Focus after a decision in the banner (16.1, RGAA 12.8)', () => {
  describe('given a first visit and "Gérer mes cookies" on the page', () => {
    describe('when a banner button is activated with Enter', () => {
      it.each([
        ['Tout accepter', 'Vous avez tout accepté. Vos choix ont été enregistrés.'],
        ['Tout refuser', 'Vous avez tout refusé. Vos choix ont été enregistrés.'],
      ])(
        '"%s" moves focus to "Gérer mes cookies" and says "%s", after the banner was said without taking focus',
        async (name, said) => {
          await render(<Kit />);
          // Said once when it appears, without taking focus.
          await eventually(() => expect.poll(() => status().textContent).toBe('Vos choix en matière de cookies'));
          expect(banner().contains(document.activeElement)).toBe(false);
          (page.getByRole('button', { name }).element() as HTMLElement).focus();
          await user(() => userEvent.keyboard('{Enter}'));
          expect(banner()).toBeNull();
          expect(document.activeElement?.textContent).toBe('Gérer mes cookies');
          expect(status().textContent).toBe(said);
        },
      );
    });
  });

  describe('given no trigger on the page', () => {
    describe('when "Tout refuser" is activated with Enter', () => {
      it('returns focus where it was before the banner', async () => {
        await render(<Kit trigger={false} />);
        const before = page.getByRole('button', { name: 'Action de la page' }).element() as HTMLElement;
        before.focus();
        (page.getByRole('button', { name: 'Tout refuser' }).element() as HTMLElement).focus();
        await user(() => userEvent.keyboard('{Enter}'));
        expect(document.activeElement).toBe(before);
      });
    });
  });
});

describe('The banner at 400 % zoom (16.2)', () => {
  describe('given a 320 × 256 CSS px viewport', () => {
    describe('when each page control, then each banner control, takes focus', () => {
      it("takes at most half the viewport's height, leaves every focused page control at least partly visible, and every banner control inside it", async () => {
        await resize(320, 256);
        await render(<Kit />);
        expect(banner().getBoundingClientRect().height).toBeLessThanOrEqual(128);
        const pageControls = [...document.querySelectorAll<HTMLElement>('main button')];
        for (const control of pageControls) {
          control.focus();
          await settled();
          expect(visibleFraction(control, banner())).toBeGreaterThan(0);
        }
        for (const control of banner().querySelectorAll<HTMLElement>('button')) {
          control.focus();
          await settled();
          const box = control.getBoundingClientRect();
          const frame = banner().getBoundingClientRect();
          expect(box.top).toBeGreaterThanOrEqual(frame.top - 1);
          expect(box.bottom).toBeLessThanOrEqual(frame.bottom + 1);
        }
      });
    });
  });
});

describe('The banner asked again over a focused control (16.2)', () => {
  describe('given a returning visitor, at 320 × 256, with focus on the page’s last control', () => {
    describe('when the choice is withdrawn (RESET) and the banner appears', () => {
      it('scrolls the focused control clear of it', async () => {
        await resize(320, 256);
        const store = createConsentStore({ catalogue: montreuilDemo, storage: memoryAdapter() });
        store.send({ type: 'ACCEPT_ALL' });
        await render(
          <ConsentProvider store={store}>
            <Banner />
            <main>
              <p style={{ blockSize: 600 }}>Contenu de la page.</p>
              <button type="button">Fin de page</button>
            </main>
          </ConsentProvider>,
        );
        const last = page.getByRole('button', { name: 'Fin de page' }).element() as HTMLElement;
        last.focus();
        last.scrollIntoView({ block: 'end' });
        expect(banner()).toBeNull();
        await act(async () => store.send({ type: 'RESET' }));
        await settled();
        expect(document.activeElement).toBe(last);
        expect(visibleFraction(last, banner())).toBe(1);
      });
    });
  });
});

describe('The focus ring of page content (16.3)', () => {
  describe('given a light page and a dark system', () => {
    describe('when "Gérer mes cookies" takes keyboard focus', () => {
      it('follows the page: a solid ring of 3:1 or more against white', async () => {
        await commands.emulateMedia({ colorScheme: 'dark' });
        await render(<Kit />);
        const trigger = page.getByRole('button', { name: 'Gérer mes cookies' }).element() as HTMLElement;
        // Keyboard focus, so that :focus-visible applies.
        (page.getByRole('button', { name: 'Action de la page' }).element() as HTMLElement).focus();
        while (document.activeElement !== trigger) await tab();
        expect(getComputedStyle(trigger).outlineStyle).toBe('solid');
        expect(contrast(getComputedStyle(trigger).outlineColor, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(3);
      });
    });
  });
});

describe('Forced colours (16.4)', () => {
  describe('given forced colours', () => {
    describe('when the preferences open and a switch is turned on', () => {
      it('draws switches in system colours, thumb against track at 3:1 or more, and the dialog with a border, with no axe violation', async () => {
        await commands.emulateMedia({ forcedColors: 'active' });
        await render(<Kit />);
        expect(await axeViolations(banner())).toEqual([]);
        const dialog = await openDialog();
        const switches = [...dialog.querySelectorAll<HTMLElement>('[role="switch"]')];
        await user(() => userEvent.click(switches.find((element) => !element.hasAttribute('disabled')) as HTMLElement));
        expect(
          switches.some((element) => element.dataset.state === 'checked' && !element.hasAttribute('disabled')),
        ).toBe(true);
        for (const element of switches) {
          const thumb = getComputedStyle(element, '::before').backgroundColor;
          expect(contrast(thumb, getComputedStyle(element).backgroundColor)).toBeGreaterThanOrEqual(3);
        }
        const outline = getComputedStyle(dialog).outlineColor;
        expect(outline).not.toBe('rgba(0, 0, 0, 0)');
        expect(await axeViolations(dialog)).toEqual([]);
        expect(await axeViolations(document.querySelector('main') as Element)).toEqual([]);
      });
    });
  });

  describe("given forced colours and the host's dark scheme", () => {
    it("computes the system's colours in that scheme, so that the text measured is the text painted", async () => {
      await commands.emulateMedia({ forcedColors: 'active' });
      document.documentElement.dataset.charteScheme = 'dark';
      try {
        await render(<Kit />);
        const table = document.querySelector('[data-part="table"]') as HTMLElement;
        for (const [text, surface] of [
          [banner().querySelector('[data-part="banner-description"]'), banner()],
          [table.querySelector('th'), table],
        ] as [HTMLElement, HTMLElement][]) {
          const style = getComputedStyle(text);
          expect(style.webkitTextFillColor).toBe(style.color);
          expect(contrast(style.color, getComputedStyle(surface).backgroundColor)).toBeGreaterThanOrEqual(4.5);
        }
        expect(await axeViolations(banner())).toEqual([]);
        expect(await axeViolations(document.querySelector('main') as Element)).toEqual([]);
      } finally {
        delete document.documentElement.dataset.charteScheme;
      }
    });
  });
});

describe('The preferences dialog at 320 px with 200 % text (16.5)', () => {
  describe('given a 320 px viewport and 200 % text', () => {
    describe('when the preferences open', () => {
      it('keeps the close button and the title inside the dialog, and the page from scrolling sideways', async () => {
        await resize(320, 640);
        document.documentElement.style.fontSize = '200%';
        await render(<Kit />);
        const dialog = await openDialog();
        const frame = dialog.getBoundingClientRect();
        const close = (dialog.querySelector('[data-part="dialog-close"]') as HTMLElement).getBoundingClientRect();
        const title = dialog.querySelector('[data-part="dialog-title"]') as HTMLElement;
        expect(close.right).toBeLessThanOrEqual(frame.right);
        expect(close.left).toBeGreaterThanOrEqual(frame.left);
        expect(title.scrollWidth).toBeLessThanOrEqual(title.clientWidth);
        expect(document.documentElement.scrollWidth - document.documentElement.clientWidth).toBe(0);
      });
    });
  });
});

describe('Names and link purpose (16.6, RGAA 11.9)', () => {
  describe('given a first visit', () => {
    describe('when "Voir la liste des prestataires" is activated', () => {
      it('opens the dialog on the providers list, which names every provider', async () => {
        await render(<Kit />);
        await openDialog('Voir la liste des prestataires');
        const focused = document.activeElement as HTMLElement;
        expect(focused.textContent).toBe('Liste des prestataires');
        const list = focused.closest('section')?.querySelectorAll('li strong') ?? [];
        const providers = new Set(Object.values(montreuilDemo.services).map((service) => service.provider));
        expect([...list].map((item) => item.textContent).sort()).toEqual([...providers].sort());
      });
    });
  });

  describe('given the preferences open', () => {
    it('names each "Voir les cookies" with its category, and each switch differently', async () => {
      await render(<Kit />);
      const dialog = await openDialog();
      const names = [...dialog.querySelectorAll('summary')].map((summary) => summary.getAttribute('aria-label'));
      expect(names.length).toBeGreaterThan(2);
      expect(new Set(names).size).toBe(names.length);
      const labels = [...dialog.querySelectorAll('[role="switch"]')].map((element) =>
        (element.getAttribute('aria-labelledby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
      expect(new Set(labels).size).toBe(labels.length);
    });
  });
});

describe('The status message after saving (16.7)', () => {
  describe('given the preferences open', () => {
    describe('when "Enregistrer mes choix" is activated', () => {
      it('is put in a region already in the document, and said after the page is exposed again', async () => {
        await render(<Kit />);
        const dialog = await openDialog();
        const region = status();
        expect(region.isConnected).toBe(true);
        const order: string[] = [];
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            if (record.type === 'attributes' && (record.target as Element).contains(region)) order.push('exposed');
            if (record.type === 'childList' && record.target === region && region.textContent) order.push('said');
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributeFilter: ['aria-hidden'] });
        await user(() => userEvent.click(page.getByRole('button', { name: 'Enregistrer mes choix' })));
        await eventually(() => expect.poll(() => region.textContent).toBe('Vos choix ont été enregistrés.'));
        observer.disconnect();
        expect(dialog.isConnected).toBe(false);
        expect(region.closest('[aria-hidden="true"]')).toBeNull();
        expect(order.at(-1)).toBe('said');
        expect(order.indexOf('exposed')).toBeLessThan(order.indexOf('said'));
      });
    });
  });
});
