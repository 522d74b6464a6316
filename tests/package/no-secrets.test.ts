import { describe, expect, it } from 'vitest';

import { scanText } from '../../tools/package/secret-scan';

// Built from parts so that this file itself holds nothing that looks like a secret.
const jwt = ['eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20ifQ', 'c2lnbmF0dXJlc2lnbmF0dXJlc2ln'].join('.');
const clientSecret = ['abc', '8Q~', 'xYz0123456789abcdefghijklmnopqrstu'].join('');

describe('secret scanner', () => {
  it('finds tokens, client secrets, keys and signatures', () => {
    const kinds = (text: string): string[] => scanText(text).map((f) => f.kind);
    expect(kinds(`const t = "${jwt}";`)).toContain('JSON Web Token (an access or ID token)');
    expect(kinds(`secret: "${clientSecret}"`)).toContain('Entra ID client secret');
    expect(kinds(`{"client_secret": "${'s3cr3t-value-'.repeat(2)}"}`)).toContain('client_secret with a value');
    expect(kinds(['-----BEGIN', 'PRIVATE KEY-----'].join(' '))).toContain('private key');
    expect(kinds(`AccountKey=${'A'.repeat(86)}==`)).toContain('Azure storage account key');
    expect(kinds(`https://x.blob.core.windows.net/c?sv=2022&sig=${'a'.repeat(44)}`)).toContain('shared access signature');
  });

  it('masks what it reports', () => {
    const [finding] = scanText(jwt);
    expect(finding?.excerpt).not.toContain(jwt.slice(10));
  });

  it('does not flag MSAL’s own parameter names or our redaction code', () => {
    expect(scanText('e.set("client_secret",t);const r=/(access_token|client_secret)=([^&]+)/gi;')).toEqual([]);
  });
});
