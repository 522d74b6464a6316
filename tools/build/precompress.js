// @ts-check
/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text asset of a production build, so a
 * static host (or the local pages server) can send the smaller file without compressing on each request.
 * A copy is kept only when it saves at least a fifth; source maps are left alone (only developer tools read them).
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const TEXT = /\.(js|html|css|json|svg|txt)$/;
const MIN_BYTES = 1024;
const MIN_RATIO = 0.8;

export class PrecompressPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        // After minifying and after html-webpack-plugin has written the pages.
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        async (assets) => {
          const work = Object.keys(assets)
            .filter((name) => TEXT.test(name))
            .map(async (name) => {
              const source = compilation.getAsset(name)?.source.buffer();
              if (!source || source.length < MIN_BYTES) return;
              const [br, gzipped] = await Promise.all([
                brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }),
                gz(source, { level: 9 }),
              ]);
              if (br.length <= source.length * MIN_RATIO) compilation.emitAsset(`${name}.br`, new sources.RawSource(br), { compressed: true });
              if (gzipped.length <= source.length * MIN_RATIO) compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzipped), { compressed: true });
            });
          await Promise.all(work);
        },
      );
    });
  }
}
