import { type RefObject, useEffect, useState } from 'react';

/** Scrolls `target`, a page element, clear of the banner when the banner covers it. */
function reveal(banner: HTMLElement, target: Element | null) {
  if (!target || target === document.body || banner.contains(target)) return;
  const covered = target.getBoundingClientRect().bottom - banner.getBoundingClientRect().top;
  if (covered > 0) scrollBy(0, covered);
}

/**
 * WCAG 2.4.11: the height the page keeps free below its end for the banner, and, while `revealing`, a focused page
 * element under the banner scrolls clear of it.
 */
export function useReserve(ownRef: RefObject<HTMLElement | null>, revealing: boolean) {
  const [reserve, setReserve] = useState(0);
  useEffect(() => {
    const banner = ownRef.current;
    if (!banner) return;
    const measure = () => setReserve(banner.offsetHeight);
    measure();
    // Feature-detected: a host's jsdom tests have no ResizeObserver; the window's size is what changes most.
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : undefined;
    observer?.observe(banner);
    if (!observer) addEventListener('resize', measure);
    // focusin always targets an element.
    const onFocus = (event: FocusEvent) => reveal(banner, event.target as Element);
    // Focus inside the modal dialog is the dialog's business: the page behind it must not move.
    if (revealing) document.addEventListener('focusin', onFocus);
    return () => {
      observer?.disconnect();
      removeEventListener('resize', measure);
      document.removeEventListener('focusin', onFocus);
    };
  }, [ownRef, revealing]);
  // A control focused before the banner appeared (asked again after `RESET`, or once its language is in) is not left
  // under it either, once the page has room below its end to scroll.
  const reserved = reserve > 0;
  useEffect(() => {
    if (reserved && revealing && ownRef.current) reveal(ownRef.current, document.activeElement);
  }, [ownRef, reserved, revealing]);
  return reserve;
}
