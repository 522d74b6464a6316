import { Link, makeStyles } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';

import { MULTI_LINE_MAX } from '../../domain/validation/limits';

const useStyles = makeStyles({
  screenOnly: { '@media print': { display: 'none' } },
  printOnly: { display: 'none', '@media print': { display: 'inline' } },
});

/** The text, and how to show a part of it (plain text unless given, e.g. with its links). */
type CappedTextProps = { text: string; render?: (text: string) => ReactNode };

/**
 * The part of `text` a view shows before "Show all": at most `limit` characters, never splitting a surrogate pair.
 * Undefined when the whole text fits.
 */
export function cappedPart(text: string, limit = MULTI_LINE_MAX): string | undefined {
  if (text.length <= limit) return undefined;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}

/**
 * A list value as the view shows it. The app writes at most the multi-line limit, but another client may have
 * written megabytes; rendering them all freezes the page. Stored data stays whole: only the view is capped.
 */
export function CappedTextView(props: CappedTextProps & { expanded: boolean; onShowAll: () => void }): ReactNode {
  const styles = useStyles();
  const render = props.render ?? ((text: string) => text);
  const shown = props.expanded ? undefined : cappedPart(props.text);
  if (shown === undefined) return render(props.text);
  return (
    <>
      {render(shown)}…{' '}
      <Link as="button" inline className={styles.screenOnly} onClick={props.onShowAll}>
        Show all ({props.text.length.toLocaleString('en-GB')} characters)
      </Link>
      <span className={styles.printOnly}>(shortened)</span>
    </>
  );
}

/** Free text from a list, capped at the length the app itself writes, with "Show all" for the rest. Inline: line breaks follow the parent's `white-space`. */
export function CappedText(props: CappedTextProps): ReactNode {
  const [expanded, setExpanded] = useState(false);
  return <CappedTextView {...props} expanded={expanded} onShowAll={() => setExpanded(true)} />;
}
