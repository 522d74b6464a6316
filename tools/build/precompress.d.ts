import type { Compiler } from 'webpack';

/** Writes a Brotli (.br) and a gzip (.gz) copy beside every text asset of a build (tools/build/precompress.js). */
export declare class PrecompressPlugin {
  apply(compiler: Compiler): void;
}
