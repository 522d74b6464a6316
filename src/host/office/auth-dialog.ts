/**
 * The Office side of the sign-in fallback: opens our auth-dialog page with
 * `Office.context.ui.displayDialogAsync` (a top-level window, never `displayInIframe`, which
 * Entra ID refuses to render in) and resolves with the one message the page sends back.
 *
 * Implements `AuthHost.openAuthDialog` for Excel. Call only after `Office.onReady()`. Every
 * outcome resolves with an encoded auth-dialog message (src/auth/auth-dialog-protocol.ts):
 * the page's own message, or an error code when the dialog could not open or was closed.
 */
import { DIALOG_CLOSED, DIALOG_UNAVAILABLE, errorMessage } from '../../auth/auth-dialog-protocol';
import type { AuthHost } from '../../auth/auth-host';

export interface OfficeAuthDialogOptions {
  /** Percent of the screen. */
  readonly height?: number;
  readonly width?: number;
  /** Only messages from this origin are accepted (where Office reports the origin). */
  readonly expectedOrigin?: string;
}

/** Office's "the user closed the dialog" event code. */
const DIALOG_CLOSED_BY_USER = 12006;

export function officeDialogSupported(): boolean {
  return (
    typeof Office !== 'undefined' &&
    Office.context?.requirements?.isSetSupported?.('DialogApi', '1.1') === true &&
    typeof Office.context.ui?.displayDialogAsync === 'function'
  );
}

export function openOfficeAuthDialog(url: string, options: OfficeAuthDialogOptions = {}): Promise<string> {
  if (!officeDialogSupported()) return Promise.resolve(errorMessage(DIALOG_UNAVAILABLE));
  const expectedOrigin = options.expectedOrigin ?? new URL(url).origin;

  return new Promise<string>((resolve) => {
    let settled = false;
    const settle = (message: string): void => {
      if (settled) return;
      settled = true;
      resolve(message);
    };

    Office.context.ui.displayDialogAsync(
      url,
      { height: options.height ?? 60, width: options.width ?? 30, displayInIframe: false, promptBeforeOpen: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          // e.g. 12007 (a dialog is already open), 12009 (the user ignored the prompt).
          settle(errorMessage(`office_dialog_${result.error?.code ?? 'failed'}`));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, (arg) => {
          if (!('message' in arg)) return;
          // Office reports the sender's origin where it can (DialogOrigin 1.1); ignore strangers.
          if (arg.origin && arg.origin !== expectedOrigin) return;
          settle(arg.message);
          dialog.close();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, (arg) => {
          const code = 'error' in arg ? arg.error : undefined;
          settle(errorMessage(code === DIALOG_CLOSED_BY_USER ? DIALOG_CLOSED : `office_dialog_${code ?? 'event'}`));
        });
      },
    );
  });
}

/**
 * Sign-in's view of Excel (`AuthHost`), for the task pane's composition root. Call after
 * `Office.onReady()` resolved in Excel. Each capability is checked before use:
 * - login hint: `Office.auth.getAuthContext()` (NestedAppAuth 1.1 or IdentityAPI 1.3), which
 *   Excel on the web needs for silent sign-in;
 * - NAA recommended: the NestedAppAuth 1.1 requirement set;
 * - dialog: the Office dialog API, when the host has it.
 */
export function createOfficeAuthHost(options: OfficeAuthDialogOptions = {}): AuthHost {
  const supported = (name: string, version: string): boolean => {
    try {
      return Office.context.requirements.isSetSupported(name, version);
    } catch {
      return false;
    }
  };
  return {
    kind: 'excel',
    async loginHint() {
      if (!supported('NestedAppAuth', '1.1') && !supported('IdentityAPI', '1.3')) return undefined;
      try {
        return (await Office.auth.getAuthContext()).userPrincipalName || undefined;
      } catch {
        return undefined;
      }
    },
    naaRecommended: () => supported('NestedAppAuth', '1.1'),
    ...(officeDialogSupported() ? { openAuthDialog: (url: string) => openOfficeAuthDialog(url, options) } : {}),
  };
}
