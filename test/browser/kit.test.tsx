import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { KitPage as Kit } from './kit-page';
import { axeViolations, contrast } from './measure';
import { eventually, render, resize, settled, user } from './render';

const firstLayerButtons = () =>
  ['accept-all', 'reject-all', 'customise'].map((part) => {
    const button = document.querySelector<HTMLElement>(`[data-part="banner"] [data-part="${part}"]`);
    if (!button) throw new Error(`no ${part} button in the banner`);
    return button;
  });

describe('axe-core itself', () => {
  describe('given a nameless button', () => {
    it('reports it, so that a clean report means something', async () => {
      const container = await render(<button type="button" />);
      expect(await axeViolations(container)).toEqual([expect.stringMatching(/^button-name: /)]);
    });
  });
});

const openDialog = async () => {
  await user(() => userEvent.click(page.getByRole('button', { name: 'Personnaliser' })));
  // The first opening loads the dialog's body.
  await eventually(() => expect.element(page.getByRole('dialog')).toBeVisible());
  return document.querySelector('[role="dialog"]') as Element;
};

describe('The first layer (rule 2)', () => {
  describe('given a first visit', () => {
    it('shows "Tout accepter", "Tout refuser" and "Personnaliser" with the same font, weight and box, within 1 px', async () => {
      await render(<Kit />);
      const measures = firstLayerButtons().map((button) => {
        const style = getComputedStyle(button);
        const box = button.getBoundingClientRect();
        return {
          text: button.textContent,
          fontSize: Number.parseFloat(style.fontSize),
          fontWeight: style.fontWeight,
          fontFamily: style.fontFamily,
          width: box.width,
          height: box.height,
        };
      });
      expect(measures.map((measure) => measure.text)).toEqual(['Tout accepter', 'Tout refuser', 'Personnaliser']);
      const [first, ...others] = measures;
      for (const other of others) {
        expect(Math.abs(other.fontSize - (first?.fontSize ?? 0))).toBeLessThanOrEqual(1);
        expect(other.fontWeight).toBe(first?.fontWeight);
        expect(other.fontFamily).toBe(first?.fontFamily);
        expect(Math.abs(other.width - (first?.width ?? 0))).toBeLessThanOrEqual(1);
        expect(Math.abs(other.height - (first?.height ?? 0))).toBeLessThanOrEqual(1);
      }
      expect(first?.height).toBeGreaterThanOrEqual(24);
    });
  });
});

describe('The kit under axe-core, WCAG 2.2 AA (rule 20)', () => {
  describe.each(['light', 'dark'] as const)('given the %s scheme', (scheme) => {
    it('finds no violation in the banner and the table', async () => {
      document.documentElement.dataset.charteScheme = scheme;
      await render(<Kit />);
      const banner = document.querySelector('[data-part="banner"]');
      const table = document.querySelector('[data-part="table"]');
      expect(banner).not.toBeNull();
      expect(table).not.toBeNull();
      expect(getComputedStyle(banner as Element).backgroundColor).toBe(
        scheme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)',
      );
      expect(await axeViolations(banner as Element)).toEqual([]);
      expect(await axeViolations(table as Element)).toEqual([]);
    });

    describe('when the preferences open and every cookie table is disclosed', () => {
      it('finds no violation in the dialog', async () => {
        document.documentElement.dataset.charteScheme = scheme;
        await render(<Kit />);
        const dialog = await openDialog();
        for (const details of dialog.querySelectorAll('details')) details.open = true;
        expect(dialog.querySelectorAll('[role="switch"]').length).toBeGreaterThan(3);
        expect(await axeViolations(dialog)).toEqual([]);
      });
    });
  });
});

describe('Layout (rule 19)', () => {
  const noHorizontalScroll = () => document.documentElement.scrollWidth <= document.documentElement.clientWidth;

  describe('given 320 px wide, then 200 % text', () => {
    it('scrolls nothing sideways and keeps the buttons reachable, in the banner and in the dialog', async () => {
      await resize(320, 640);
      await render(<Kit />);
      expect(noHorizontalScroll()).toBe(true);
      document.documentElement.style.fontSize = '200%';
      await settled();
      expect(noHorizontalScroll()).toBe(true);
      const banner = document.querySelector('[data-part="banner"]') as HTMLElement;
      for (const button of firstLayerButtons()) {
        button.scrollIntoView();
        const box = button.getBoundingClientRect();
        const bannerBox = banner.getBoundingClientRect();
        expect(box.top).toBeGreaterThanOrEqual(bannerBox.top - 1);
        expect(box.bottom).toBeLessThanOrEqual(bannerBox.bottom + 1);
        expect(box.right).toBeLessThanOrEqual(320);
      }
      const dialog = await openDialog();
      expect(noHorizontalScroll()).toBe(true);
      expect(dialog.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      await resize(1280, 800);
    });
  });

  describe('given the preferences open', () => {
    it('gives every control a target of at least 24 × 24 CSS px', async () => {
      await render(<Kit />);
      const dialog = await openDialog();
      const controls = [...document.querySelectorAll<HTMLElement>('button, [role="switch"], summary, a[href]')].filter(
        (control) => control.getClientRects().length > 0,
      );
      expect(controls.length).toBeGreaterThan(10);
      expect(controls.filter((control) => dialog.contains(control)).length).toBeGreaterThan(5);
      const small = controls
        .map((control) => ({ control, box: control.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 24 || box.height < 24)
        .map(({ control }) => control.outerHTML.slice(0, 80));
      expect(small).toEqual([]);
    });
  });

  describe('when a banner button takes keyboard focus', () => {
    it.each(['light', 'dark'] as const)(
      'shows a focus ring of at least 3:1 against the banner, %s scheme',
      async (scheme) => {
        document.documentElement.dataset.charteScheme = scheme;
        await render(<Kit />);
        // Keyboard focus, so that :focus-visible applies: the banner comes first in the tab order.
        await user(() => userEvent.keyboard('{Tab}'));
        const focused = document.activeElement as HTMLElement;
        expect(focused.closest('[data-part="banner"]')).not.toBeNull();
        const style = getComputedStyle(focused);
        expect(style.outlineStyle).toBe('solid');
        expect(Number.parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
        const banner = focused.closest('[data-part="banner"]') as HTMLElement;
        expect(contrast(style.outlineColor, getComputedStyle(banner).backgroundColor)).toBeGreaterThanOrEqual(3);
      },
    );
  });
});

describe('Positions', () => {
  describe('given each position of the banner', () => {
    it.each([
      [
        'bottom',
        (box: DOMRect) => box.left === 0 && Math.round(box.bottom) === innerHeight && box.width === innerWidth,
      ],
      [
        'bottom-left',
        (box: DOMRect) => box.left === 16 && Math.round(box.bottom) === innerHeight - 16 && box.width < 500,
      ],
      [
        'center',
        (box: DOMRect) =>
          Math.abs(box.left + box.width / 2 - innerWidth / 2) <= 1 &&
          Math.abs(box.top + box.height / 2 - innerHeight / 2) <= 1,
      ],
    ] as const)('%s places the banner over the page, taking no room in it', async (position, placed) => {
      await resize(1280, 800);
      const container = await render(<Kit position={position} />);
      const banner = document.querySelector('[data-part="banner"]') as HTMLElement;
      expect(banner.dataset.position).toBe(position);
      expect(getComputedStyle(banner).position).toBe('fixed');
      expect(placed(banner.getBoundingClientRect())).toBe(true);
      // No layout shift: the page's own content starts where it would without the banner.
      expect(container.querySelector('main')?.getBoundingClientRect().top).toBe(container.getBoundingClientRect().top);
    });
  });
});

describe('The cookie table', () => {
  describe('given a width under 40 rem (400 px)', () => {
    it('turns each row into a card that repeats its headers, in the same reading order', async () => {
      await resize(400, 800);
      await render(<Kit />);
      const table = document.querySelector('main [data-part="table"]') as HTMLTableElement;
      const row = table.tBodies[0]?.rows[0] as HTMLTableRowElement;
      expect(getComputedStyle(row).display).toBe('block');
      // An empty cell (no declared duration) is hidden, with its header.
      const cells = [...row.cells].filter((cell) => cell.getClientRects().length > 0);
      expect(cells.map((cell) => getComputedStyle(cell, '::before').content)).toEqual(
        cells.map((cell) => expect.stringContaining(cell.dataset.label ?? '-')),
      );
      const tops = cells.map((cell) => cell.getBoundingClientRect().top);
      expect([...tops].sort((a, b) => a - b)).toEqual(tops);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(400);
      await resize(1280, 800);
    });
  });
});

describe('Motion', () => {
  describe("given the kit's style sheets", () => {
    it('animate only under prefers-reduced-motion: no-preference', () => {
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
      const animated = rules.filter(
        (rule) => rule instanceof CSSStyleRule && /animation|transition/.test(rule.style.cssText),
      );
      expect(animated).toEqual([]);
      const motion = rules.filter(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion'),
      );
      expect(motion.map((rule) => rule.conditionText)).toEqual(['(prefers-reduced-motion: no-preference)']);
      expect(motion[0]?.cssText).toMatch(/animation/);
    });
  });
});
