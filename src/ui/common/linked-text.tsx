import { Link } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';

/** Only web addresses become links: anything else stored in the list (e.g. `javascript:`) stays text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A web address, or an e-mail address, without the punctuation that may follow it in a sentence. */
const ADDRESS = /(https?:\/\/\S*[^\s.,;:!?)]|[^\s@]+@[^\s@]+\.[^\s@]*[^\s@.,;:!?)])/;

/**
 * Text whose web and e-mail addresses may break across lines only where a reader expects it: after a slash, before
 * a dot, an @ or a query (a narrow table cell otherwise breaks them mid-word). Other words are left alone.
 */
export function AddressBreaks(props: { text: string }): ReactNode {
  return props.text.split(ADDRESS).map((part, i) =>
    i % 2 === 0 ? (
      part
    ) : (
      <Fragment key={i}>
        {part.split(/(?<=[^/:]\/)(?!\/)|(?=[.@?&#])/).map((piece, j) => (
          <Fragment key={j}>
            {j > 0 ? <wbr /> : null}
            {piece}
          </Fragment>
        ))}
      </Fragment>
    ),
  );
}

/** `text` with each occurrence of `url` as a link that opens in a new tab, when the address is safe to follow. */
export function LinkedText(props: { text: string; url: string | undefined }): ReactNode {
  const { url } = props;
  const href = safeHref(url);
  if (!href || !url || !props.text.includes(url)) return <AddressBreaks text={props.text} />;
  const parts = props.text.split(url);
  return parts.map((part, i) => (
    <span key={i}>
      <AddressBreaks text={part} />
      {i < parts.length - 1 ? (
        <Link href={href} target="_blank" rel="noopener noreferrer" inline>
          <AddressBreaks text={url} />
        </Link>
      ) : null}
    </span>
  ));
}
