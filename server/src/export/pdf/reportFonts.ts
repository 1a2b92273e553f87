import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Paths of the TrueType fonts embedded (subset to the glyphs used) in every PDF report. */
export interface ReportFonts {
  regular: string;
  bold: string;
}

/**
 * DejaVu Sans Condensed from the `dejavu-fonts-ttf` package: full Latin coverage (Indonesian, English, ≤ and –)
 * and narrow enough for eight-column tables on A4. Read from node_modules: nothing is downloaded, at install or
 * at run time.
 */
export function reportFonts(): ReportFonts {
  const directory = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return {
    regular: join(directory, 'DejaVuSansCondensed.ttf'),
    bold: join(directory, 'DejaVuSansCondensed-Bold.ttf'),
  };
}
