import { Fragment } from 'react';
import { typedUrl } from '../routing/joinUrls.js';

/**
 * An address for someone to type, without its scheme. It may wrap only after a slash: a line break inside
 * `K7QM-3XPD` (at its hyphen) reads as two codes. The text itself stays the address, for copying and tests.
 */
export function TypedUrl({ url, className, testId }: { url: string; className?: string; testId?: string }) {
  const parts = typedUrl(url).split(/(?<=\/)/);
  return (
    <span className={className} data-testid={testId}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          <span style={{ whiteSpace: 'nowrap' }}>{part}</span>
        </Fragment>
      ))}
    </span>
  );
}
