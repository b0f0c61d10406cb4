/**
 * The README's code blocks that name their file on their first line (`// src/App.tsx`), grouped by fixture:
 * the quick start is the Vite app's `src/`, the Next.js section the Next app's `app/`.
 */
export function readmeFiles(readme) {
  return [...readme.matchAll(/```tsx?\n\/\/ ((?:src|app)\/[\w./[\]-]+)\n([\s\S]*?)```/g)].map(([, path, code]) => ({
    path,
    code,
  }));
}

/** Every ts/tsx code block of the README, in order. */
export function readmeSnippets(readme) {
  return [...readme.matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map(([, language, code]) => ({ language, code }));
}
