import { BrowserAuthError, type RedirectRequest } from '@azure/msal-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { runAuthDialog } from '../../../../src/app/auth-dialog/dialog-flow';
import { decodeAuthDialogMessage } from '../../../../src/auth/auth-dialog-protocol';
import { authDialogUrl } from '../../../../src/auth/token-request';
import { createOfficeAuthHost, openOfficeAuthDialog } from '../../../../src/host/office/auth-dialog';
import { sendToOfficeParent } from '../../../../src/host/office/auth-dialog-page';
import { result, TOKEN_DIALOG } from '../../auth/fake-msal';

const SCOPES = ['https://graph.microsoft.com/Sites.Selected'];
const REDIRECT = 'https://w.example/auth-redirect.html';

function dialogClient(redirectResult: ReturnType<typeof result> | null | Error) {
  return {
    handleRedirectPromise: vi.fn(async () => {
      if (redirectResult instanceof Error) throw redirectResult;
      return redirectResult;
    }),
    acquireTokenRedirect: vi.fn(async (_request: RedirectRequest) => undefined),
  };
}

describe('auth-dialog page flow', () => {
  const hash = new URL(authDialogUrl('https://w.example/auth-dialog.html', { scopes: SCOPES, loginHint: 'a@b.c' })).hash;

  it('first load: redirects to Entra ID with the scopes, login hint and the redirect bridge', async () => {
    const client = dialogClient(null);
    const send = vi.fn(async () => undefined);
    await expect(runAuthDialog({ client, hash, redirectUri: REDIRECT, send })).resolves.toBe('redirecting');
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: SCOPES, loginHint: 'a@b.c', redirectUri: REDIRECT });
    expect(send).not.toHaveBeenCalled();
  });

  it('return trip: sends the token with its expiry to the task pane', async () => {
    const send = vi.fn(async (_m: string) => undefined);
    await expect(runAuthDialog({ client: dialogClient(result(TOKEN_DIALOG)), hash, redirectUri: REDIRECT, send })).resolves.toBe('sent-token');
    const message = decodeAuthDialogMessage(send.mock.calls[0]![0]);
    expect(message).toMatchObject({ kind: 'token', accessToken: TOKEN_DIALOG, scopes: SCOPES });
    expect(message.kind === 'token' && message.expiresOn > Date.now()).toBe(true);
  });

  it('sends an error code when Entra ID or MSAL fails', async () => {
    const send = vi.fn(async (_m: string) => undefined);
    await runAuthDialog({ client: dialogClient(new BrowserAuthError('user_cancelled', 'c')), hash, redirectUri: REDIRECT, send });
    expect(decodeAuthDialogMessage(send.mock.calls[0]![0])).toEqual({ v: 1, kind: 'error', code: 'user_cancelled' });
  });

  it('refuses to start without a valid request in the fragment', async () => {
    const client = dialogClient(null);
    const send = vi.fn(async (_m: string) => undefined);
    await expect(runAuthDialog({ client, hash: '', redirectUri: REDIRECT, send })).resolves.toBe('sent-error');
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
    expect(decodeAuthDialogMessage(send.mock.calls[0]![0])).toMatchObject({ code: 'bad_dialog_request' });
  });
});

/** Just enough of Office.js for the dialog API, recording what the code asked for. */
function fakeOffice(options: { dialogApi?: boolean; dialogOrigin?: boolean; naa?: boolean; openStatus?: 'succeeded' | 'failed' } = {}) {
  const handlers = new Map<string, (arg: unknown) => void>();
  const dialog = { addEventHandler: vi.fn((type: string, h: (arg: unknown) => void) => handlers.set(type, h)), close: vi.fn() };
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    onReady: vi.fn(async () => ({ host: 'Excel', platform: 'OfficeOnline' })),
    auth: { getAuthContext: vi.fn(async () => ({ userPrincipalName: 'careers.leader@school.example', userObjectId: 'oid', tenantId: 'tid' })) },
    context: {
      requirements: {
        isSetSupported: vi.fn((name: string) =>
          name === 'DialogApi' ? options.dialogApi !== false : name === 'DialogOrigin' ? options.dialogOrigin !== false : name === 'NestedAppAuth' ? options.naa !== false : false,
        ),
      },
      ui: {
        displayDialogAsync: vi.fn((_url: string, _opts: unknown, callback: (r: unknown) => void) =>
          callback(
            options.openStatus === 'failed'
              ? { status: 'failed', error: { code: 12007 } }
              : { status: 'succeeded', value: dialog },
          ),
        ),
        messageParent: vi.fn(),
      },
    },
  };
  vi.stubGlobal('Office', office);
  return { office, dialog, handlers };
}

describe('Office auth dialog (host seam)', () => {
  afterEach(() => vi.unstubAllGlobals());
  const url = 'https://w.example/auth-dialog.html#scopes=S';

  it('opens a top-level dialog (not an iframe) and resolves with the page’s message', async () => {
    const { office, dialog, handlers } = fakeOffice();
    const pending = openOfficeAuthDialog(url);
    expect(office.context.ui.displayDialogAsync).toHaveBeenCalledWith(url, expect.objectContaining({ displayInIframe: false }), expect.any(Function));
    handlers.get('dialogMessageReceived')!({ message: 'from-someone-else', origin: 'https://evil.example' });
    handlers.get('dialogMessageReceived')!({ message: 'the-message', origin: 'https://w.example' });
    await expect(pending).resolves.toBe('the-message');
    expect(dialog.close).toHaveBeenCalled();
  });

  it('reports the user closing the dialog as dialog_closed', async () => {
    const { handlers } = fakeOffice();
    const pending = openOfficeAuthDialog(url);
    handlers.get('dialogEventReceived')!({ error: 12006 });
    expect(decodeAuthDialogMessage(await pending)).toMatchObject({ kind: 'error', code: 'dialog_closed' });
  });

  it('reports a dialog that could not open', async () => {
    fakeOffice({ openStatus: 'failed' });
    expect(decodeAuthDialogMessage(await openOfficeAuthDialog(url))).toMatchObject({ code: 'office_dialog_12007' });
  });

  it('reports a host without the dialog API', async () => {
    fakeOffice({ dialogApi: false });
    expect(decodeAuthDialogMessage(await openOfficeAuthDialog(url))).toMatchObject({ code: 'dialog_unavailable' });
    vi.unstubAllGlobals();
    expect(decodeAuthDialogMessage(await openOfficeAuthDialog(url))).toMatchObject({ code: 'dialog_unavailable' });
  });

  it('page side: messages the parent, restricted to our origin where supported', async () => {
    const { office } = fakeOffice();
    await expect(sendToOfficeParent('m', 'https://w.example')).resolves.toBe(true);
    expect(office.context.ui.messageParent).toHaveBeenCalledWith('m', { targetOrigin: 'https://w.example' });

    const older = fakeOffice({ dialogOrigin: false });
    await sendToOfficeParent('m', 'https://w.example');
    expect(older.office.context.ui.messageParent).toHaveBeenCalledWith('m');

    vi.unstubAllGlobals();
    await expect(sendToOfficeParent('m', 'https://w.example')).resolves.toBe(false);
  });

  it('Excel AuthHost: login hint from Office, NAA from its requirement set, the dialog when available', async () => {
    fakeOffice();
    const excel = createOfficeAuthHost();
    expect(excel.kind).toBe('excel');
    await expect(excel.loginHint()).resolves.toBe('careers.leader@school.example');
    expect(excel.naaRecommended()).toBe(true);
    expect(excel.openAuthDialog).toBeTypeOf('function');

    const older = fakeOffice({ naa: false, dialogApi: false });
    const host = createOfficeAuthHost();
    expect(host.naaRecommended()).toBe(false);
    await expect(host.loginHint()).resolves.toBeUndefined();
    expect(older.office.auth.getAuthContext).not.toHaveBeenCalled();
    expect(host.openAuthDialog).toBeUndefined();
  });
});
