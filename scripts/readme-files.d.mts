/** The README's code blocks that name their file on their first line, with that path. */
export function readmeFiles(readme: string): { path: string; code: string }[];
/** Every ts/tsx code block of the README, in order. */
export function readmeSnippets(readme: string): { language: string; code: string }[];
