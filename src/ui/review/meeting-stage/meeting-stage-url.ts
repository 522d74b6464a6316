/** The address the meeting stage opens: the tab page in stage mode, on one review's row. */
export function meetingStageUrl(location: Pick<Location, 'origin' | 'pathname'>, reviewId: string, rowId: string): string {
  const query = new URLSearchParams({ view: 'review', stage: 'row', review: reviewId, row: rowId });
  return `${location.origin}${location.pathname}?${query.toString()}`;
}
