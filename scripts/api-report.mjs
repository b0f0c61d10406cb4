// The API report of every entry in package.json "exports" (api/<entry>.api.md), made by API Extractor from the
// built declarations. `node scripts/api-report.mjs` fails, naming the entry, when an export changed without its
// report; `--update` rewrites the reports (npm run api:update). One TypeScript program serves every entry.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each entry with declarations: its report's name (`charte`, `core`, `locales-en`) and its `.d.ts`. */
export function entries(dist = join(root, 'dist')) {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.entries(exports)
    .filter(([, target]) => typeof target === 'object' && target.import?.types)
    .map(([path, target]) => ({
      name: path === '.' ? 'charte' : path.slice(2).replaceAll('/', '-'),
      types: join(dist, target.import.types.replace(/^\.\/dist\//, '')),
    }));
}

/**
 * Compares (or, with `update`, rewrites) the report of each entry of `dist` (or of those named in `only`) with
 * `reports`; returns the names of the entries whose API differs from its report, and of those with errors.
 */
export function checkApi({ dist = join(root, 'dist'), reports = join(root, 'api'), update = false, only } = {}) {
  const base = ExtractorConfig.loadFile(join(root, 'etc/api-extractor.json'));
  const list = entries(dist).filter(({ name }) => !only || only.includes(name));
  mkdirSync(join(root, 'node_modules/.cache/api-extractor'), { recursive: true });
  const configOf = ({ name, types }) =>
    ExtractorConfig.prepare({
      configObject: {
        ...base,
        mainEntryPointFilePath: types,
        apiReport: { ...base.apiReport, reportFolder: reports, reportFileName: `${name}.api.md` },
      },
      configObjectFullPath: join(root, 'etc/api-extractor.json'),
      packageJsonFullPath: join(root, 'package.json'),
    });
  const first = configOf(list[0]);
  const compilerState = CompilerState.create(first, { additionalEntryPoints: list.map(({ types }) => types) });
  const changed = [];
  for (const entry of list) {
    const result = Extractor.invoke(configOf(entry), {
      localBuild: update,
      compilerState,
      messageCallback: (message) => {
        // Only what would make the report wrong is worth a line; API Extractor's progress is not.
        if (message.logLevel !== 'error') message.handled = true;
      },
    });
    if (result.apiReportChanged || !result.succeeded) changed.push(entry.name);
  }
  return { entries: list.map(({ name }) => name), changed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const update = process.argv.includes('--update');
  const { entries: names, changed } = checkApi({ update });
  if (update) console.log(`api/: ${names.length} reports written (${changed.length} changed: ${changed.join(', ')})`);
  else if (changed.length === 0) console.log(`✓ the API of ${names.length} entries matches api/*.api.md`);
  else {
    console.log(`✗ the API changed without its report: ${changed.join(', ')}. Run npm run api:update and commit api/.`);
    process.exit(1);
  }
}
