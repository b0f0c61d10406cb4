/** Each entry with declarations: its report's name and its `.d.ts`. */
export function entries(dist?: string): { name: string; types: string }[];
/** Compares (or rewrites) the API report of each entry; names the entries whose API differs from its report. */
export function checkApi(options?: { dist?: string; reports?: string; update?: boolean; only?: string[] }): {
  entries: string[];
  changed: string[];
};
