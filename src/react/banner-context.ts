import { createContext, useContext, version } from 'react';

/** What the banner's parts share: its title's and form's ids, its element, and where focus was before it. */
export interface BannerIds {
  titleId: string;
  /** The banner's hidden form, which its decisions submit. */
  formId: string;
  /** The banner's element. */
  root: { current: HTMLElement | null };
  /** The page element that had focus before the banner took it. */
  returnTo: { current: Element | null };
}

export const BannerContext = createContext<BannerIds | null>(null);

/** The banner's ids; `caller` names the part in the error thrown outside `BannerRoot`. */
export function useBannerIds(caller: string) {
  const ids = useContext(BannerContext);
  if (ids === null) throw new Error(`\`${caller}\` must be used within \`BannerRoot\``);
  return ids;
}

// React 19 replays a form submitted before hydration: its server HTML carries a script that queues the submission
// until the button's `formAction` has hydrated (ReactDOMFizz's form replaying). React 18 has no function actions.
export const formActions = Number.parseInt(version, 10) >= 19;
