// Preloaded into the CLI by the export benchmark: writes the process's peak resident memory (kB) to $MAX_RSS_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));
