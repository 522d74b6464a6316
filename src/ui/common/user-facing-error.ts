/** An error raised by the app itself, in words fit to show (the error bar shows its message as it is). */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';
}
