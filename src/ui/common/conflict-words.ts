/** What the two sides and the choices are called where the default words do not fit (the Excel pane's sync). */
export interface ConflictWords {
  readonly theirs: string;
  readonly mine: string;
  readonly keepTheirs: string;
  readonly keepMine: string;
  /** Said of a side that no longer exists. */
  readonly deleted: string;
}

export const defaultConflictWords: ConflictWords = {
  theirs: 'Their version',
  mine: 'Your version',
  keepTheirs: 'Keep theirs',
  keepMine: 'Keep mine',
  deleted: 'Deleted: someone removed it.',
};
