/**
 * Looks for things that must never ship in the public pages: tokens, client secrets, keys.
 * Waypoint is a public client (no secret exists), so any hit is a mistake to stop on.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SecretPattern {
  readonly name: string;
  readonly pattern: RegExp;
}

export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { name: 'JSON Web Token (an access or ID token)', pattern: /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
  { name: 'Entra ID client secret', pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/ },
  { name: 'client_secret with a value', pattern: /client_?secret["']?\s*[:=]\s*["'][^"'\s]{8,}["']/i },
  { name: 'private key', pattern: /-----BEGIN (?:RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/ },
  { name: 'Azure storage account key', pattern: /AccountKey=[A-Za-z0-9+/]{40,}={0,2}/ },
  { name: 'shared access signature', pattern: /[?&]sig=[A-Za-z0-9%+/]{30,}/ },
  { name: 'bearer token literal', pattern: /Bearer\s+[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}/ },
];

export interface SecretFinding {
  readonly file: string;
  readonly kind: string;
  /** A short, masked excerpt: enough to find it, not enough to use it. */
  readonly excerpt: string;
}

export function scanText(text: string, file = '(text)'): SecretFinding[] {
  const findings: SecretFinding[] = [];
  for (const { name, pattern } of SECRET_PATTERNS) {
    const match = pattern.exec(text);
    if (match) findings.push({ file, kind: name, excerpt: `${match[0].slice(0, 6)}…(${match[0].length} chars)` });
  }
  return findings;
}

/** The built files worth scanning in `dir` (top level): scripts, pages and JSON. */
export function bundleFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(js|html|json)$/.test(name))
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

export function scanBundles(dir: string): SecretFinding[] {
  return bundleFiles(dir).flatMap((file) => scanText(readFileSync(file, 'utf8'), file));
}
