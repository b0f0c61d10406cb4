import { transformAsync } from '@babel/core';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The React Compiler over the app's files and charte's, as a host that turns it on for everything compiles them.
// @vitejs/plugin-react 6 hands Babel to @rolldown/plugin-babel, which needs Node 22: Babel is called here instead.
function reactCompiler(): Plugin {
  const compiled = new Set<string>();
  return {
    name: 'react-compiler',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0] as string;
      const kit = file.includes('/node_modules/charte/dist/');
      if (!(kit && file.endsWith('.js')) && !(file.includes('/src/') && /\.tsx?$/.test(file))) return null;
      const result = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: file.endsWith('.js') ? ['jsx'] : ['jsx', 'typescript'] },
        plugins: [
          [
            'babel-plugin-react-compiler',
            {
              // As in a host's build: a component the compiler cannot compile is left as written.
              panicThreshold: 'none',
              // The compiler skips node_modules by default; charte's files are what this app is here to compile.
              sources: () => true,
              logger: {
                logEvent: (_: string, event: { kind: string }) =>
                  kit && event.kind === 'CompileSuccess' && compiled.add(file),
              },
            },
          ],
        ],
      });
      return result?.code ? { code: result.code, map: result.map } : null;
    },
    buildEnd() {
      if (compiled.size === 0) this.error('the React Compiler compiled none of charte’s components');
    },
  };
}

// The same app built again, into dist/compiler, and its journey (src/App.test.tsx) run on what the compiler made.
export default defineConfig({
  plugins: [reactCompiler(), react()],
  build: { outDir: 'dist/compiler' },
  test: {
    environment: 'jsdom',
    include: ['src/App.test.tsx'],
    // charte goes through Vite (and so the compiler) in the tests too.
    server: { deps: { inline: ['charte'] } },
    // Babel compiles the dialog's module when it first opens, which takes seconds on a loaded machine.
    setupFiles: ['compiler-test-setup.ts'],
    testTimeout: 30_000,
  },
});
