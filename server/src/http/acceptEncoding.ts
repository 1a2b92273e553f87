/** The precompressed files the client build writes beside each text asset, best first (br is ~15% smaller). */
export const PRECOMPRESSED = [
  { coding: 'br', suffix: '.br' },
  { coding: 'gzip', suffix: '.gz' },
] as const;
export type Precompressed = (typeof PRECOMPRESSED)[number];

/**
 * The precompressed codings an `Accept-Encoding` header allows, in the server's order of preference rather than the
 * client's: browsers list `gzip, deflate, br` with equal weight, and br is what saves a phone the most bytes.
 * A coding with `q=0` is refused; `*` stands for every coding the header does not name.
 */
export function acceptedPrecompressed(header: string | undefined): Precompressed[] {
  if (!header) return [];
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wildcard = weights.get('*') ?? 0;
  return PRECOMPRESSED.filter(({ coding }) => (weights.get(coding) ?? wildcard) > 0);
}
