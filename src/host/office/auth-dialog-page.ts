/**
 * The dialog page's side of the Office sign-in fallback: hands the one result message to the
 * task pane that opened the dialog (`Office.context.ui.messageParent`). Used only by
 * src/app/auth-dialog; the page loads Office.js from Microsoft's CDN.
 */

/** Resolves when Office.js is ready in this dialog; false when the page is not in an Office dialog. */
export async function officeDialogReady(): Promise<boolean> {
  if (typeof Office === 'undefined') return false;
  await Office.onReady();
  return typeof Office.context?.ui?.messageParent === 'function';
}

/** Sends `message` to the opener, restricted to `targetOrigin` where Office supports that. */
export async function sendToOfficeParent(message: string, targetOrigin: string): Promise<boolean> {
  if (!(await officeDialogReady())) return false;
  if (Office.context.requirements.isSetSupported('DialogOrigin', '1.1')) {
    Office.context.ui.messageParent(message, { targetOrigin });
  } else {
    Office.context.ui.messageParent(message);
  }
  return true;
}
