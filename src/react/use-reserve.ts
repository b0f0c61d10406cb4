import { type RefObject, useEffect, useState } from 'react';

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
    const reveal = (event: FocusEvent) => {
      const target = event.target as Element;
      if (banner.contains(target)) return;
      const covered = target.getBoundingClientRect().bottom - banner.getBoundingClientRect().top;
      if (covered > 0) scrollBy(0, covered);
    };
    // Focus inside the modal dialog is the dialog's business: the page behind it must not move.
    if (revealing) document.addEventListener('focusin', reveal);
    return () => {
      observer?.disconnect();
      removeEventListener('resize', measure);
      document.removeEventListener('focusin', reveal);
    };
  }, [ownRef, revealing]);
  return reserve;
}
