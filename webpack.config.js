// One entry per surface: the Teams tab, the tab's configuration page, the Excel task pane, and
// the two sign-in pages (the Office dialog fallback and MSAL's redirect bridge).
// `--env target=tenant` (npm run package does this) adds Office.js from Microsoft's CDN to the
// pages that need it and the tenant Content-Security-Policy; without it the local policy applies.
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { BUILD_STAMP, hashBuildInputs } from './tools/build/inputs.js';
import { PrecompressPlugin } from './tools/build/precompress.js';
import { contentSecurityPolicy, OFFICE_JS_URL } from './tools/package/csp.js';

const root = dirname(fileURLToPath(import.meta.url));
// The browser tab's icon, written into each page: without one every page load asks for a /favicon.ico that is not there.
const iconHref = `data:image/svg+xml,${encodeURIComponent(readFileSync(resolve(root, 'assets/waypoint-tile-16.svg'), 'utf8').replace(/<!--.*?-->\s*/gs, ''))}`;

const surfaces = [
  { name: 'tab', title: 'Waypoint', entry: 'src/app/tab/index.tsx' },
  { name: 'config', title: 'Waypoint — tab settings', entry: 'src/app/config/index.tsx' },
  { name: 'taskpane', title: 'Waypoint — provision map', entry: 'src/app/taskpane/index.tsx', officeJs: true },
  { name: 'auth-dialog', title: 'Waypoint — sign in', entry: 'src/app/auth-dialog/index.ts', officeJs: true },
  { name: 'auth-redirect', title: 'Waypoint — sign in', entry: 'src/app/auth-dialog/redirect.ts' },
];

export default (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const tenant = env.target === 'tenant';
  // Development builds use eval source maps, which a CSP would block; a local production build gets
  // source maps for debugging; a tenant build ships none (nothing on the school's host needs them).
  const csp = production ? contentSecurityPolicy({ target: tenant ? 'tenant' : 'local', meta: true, graphBaseUrl: env.graphBaseUrl }) : '';
  return {
    mode: production ? 'production' : 'development',
    devtool: tenant ? false : production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(surfaces.map((s) => [s.name, resolve(root, s.entry)])),
    output: {
      path: resolve(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2022' }, exclude: /node_modules/ },
        // The domain is pure (docs/decisions.md), so a module whose exports nobody uses is left out of a chunk: the
        // catalogue's index then brings only what a view uses (a school's review does not carry the colleges model).
        { test: /[\\/]src[\\/]domain[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      ...surfaces.map(
        (s) =>
          new HtmlWebpackPlugin({
            filename: `${s.name}.html`,
            chunks: [s.name],
            template: resolve(root, 'src/app/page.html'),
            title: s.title,
            csp,
            iconHref,
            officeJs: tenant && s.officeJs ? OFFICE_JS_URL : '',
          }),
      ),
      // Precompressed .br and .gz beside each page and script (docs/deployment.md: the headers a host needs).
      ...(production ? [new PrecompressPlugin()] : []),
      // Which inputs a local production build was made from, so `npm start` rebuilds only after a change.
      ...(production && !tenant ? [new BuildStampPlugin(hashBuildInputs(root))] : []),
    ],
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false },
  };
};

/** Writes the inputs' hash, taken before webpack reads a source, into dist/. */
class BuildStampPlugin {
  /** @param {string} hash */
  constructor(hash) {
    this.hash = hash;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('BuildStampPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'BuildStampPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset(BUILD_STAMP, new sources.RawSource(`${this.hash}\n`));
      });
    });
  }
}
