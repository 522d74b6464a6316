// One entry per surface: the Teams tab, the tab's configuration page and the Excel task pane.
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

const surfaces = [
  { name: 'tab', title: 'Waypoint' },
  { name: 'config', title: 'Waypoint — tab settings' },
  { name: 'taskpane', title: 'Waypoint — provision map' },
];

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(surfaces.map((s) => [s.name, resolve(root, `src/app/${s.name}/index.tsx`)])),
    output: {
      path: resolve(root, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2022' }, exclude: /node_modules/ }],
    },
    plugins: surfaces.map(
      (s) =>
        new HtmlWebpackPlugin({
          filename: `${s.name}.html`,
          chunks: [s.name],
          template: resolve(root, 'src/app/page.html'),
          title: s.title,
        }),
    ),
    optimization: { splitChunks: { chunks: 'all' } },
    performance: { hints: false },
  };
};
