/** The file in dist/ that records which inputs a local production build was made from. */
export declare const BUILD_STAMP: string;
/** Hex SHA-256 over each build input's path and contents (src, the build configuration, the lock file). */
export declare function hashBuildInputs(root: string): string;
