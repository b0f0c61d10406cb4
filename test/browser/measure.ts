import axe from 'axe-core';

/** WCAG contrast ratio of two `rgb(…)` colours. */
export function contrast(first: string, second: string) {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = channels(color).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const channels = (color: string) => (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
const alphaOf = (color: string) => (color.startsWith('rgba') ? (channels(color)[3] ?? 1) : 1);

/** The colour painted behind `element`: the first opaque background among it and its ancestors, else the canvas's. */
export function paintedBackground(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (alphaOf(background) > 0.5) return background;
  }
  return 'rgb(255, 255, 255)';
}

/** Every visible element under `root` holding text of its own, with its contrast against what is painted behind. */
export function textContrasts(root: Element) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && node.textContent?.trim()) seen.add(parent);
  }
  return [...seen]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(element).visibility !== 'hidden';
    })
    .map((element) => ({
      text: element.textContent?.trim().slice(0, 40),
      ratio: contrast(getComputedStyle(element).color, paintedBackground(element)),
    }));
}

/**
 * Words broken across two lines although one line of their block could hold them whole: each word's
 * `Range.getClientRects()` spans more than one line while the word is narrower than its block's content box.
 */
export function brokenWords(root: Element) {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    const block = node.parentElement?.closest('td, th, caption, p, li, span, h2, h3, button, summary, a, code');
    if (!block || block.getClientRects().length === 0) continue;
    const style = getComputedStyle(block);
    const room = block.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const lines = new Set(rects.map((rect) => Math.round(rect.top)));
      const width = rects.reduce((sum, rect) => sum + rect.width, 0);
      if (lines.size > 1 && width <= room) broken.push(match[0]);
    }
  }
  return broken;
}

/** axe-core's WCAG 2.2 AA violations under `context`, as `rule: targets`. */
export async function axeViolations(context: Element) {
  const { violations } = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
  });
  return violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The fraction of `element`'s box inside the viewport and not under `cover`. */
export function visibleFraction(element: Element, cover: Element | null) {
  const box = element.getBoundingClientRect();
  const bottom = Math.min(box.bottom, cover ? cover.getBoundingClientRect().top : innerHeight, innerHeight);
  const top = Math.max(box.top, 0);
  return box.height > 0 ? Math.max(0, bottom - top) / box.height : 0;
}
