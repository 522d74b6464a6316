import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Only web addresses become links: a list edited directly in SharePoint could hold anything. */
export function safeHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function EvidenceLinks(props: { links: readonly string[] }): ReactNode {
  if (props.links.length === 0) return null;
  return (
    <ul>
      {props.links.map((url) => {
        const href = safeHref(url);
        return (
          <li key={url}>
            {href ? (
              <Link href={href} target="_blank" rel="noreferrer">
                {url}
              </Link>
            ) : (
              url
            )}
          </li>
        );
      })}
    </ul>
  );
}
