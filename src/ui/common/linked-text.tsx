import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';

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

/** `text` with each occurrence of `url` as a link that opens in a new tab, when the address is safe to follow. */
export function LinkedText(props: { text: string; url: string | undefined }): ReactNode {
  const href = safeHref(props.url);
  if (!href || !props.url || !props.text.includes(props.url)) return props.text;
  const parts = props.text.split(props.url);
  return parts.map((part, i) => (
    <span key={i}>
      {part}
      {i < parts.length - 1 ? (
        <Link href={href} target="_blank" rel="noopener noreferrer" inline>
          {props.url}
        </Link>
      ) : null}
    </span>
  ));
}
