import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Paths of the TrueType fonts embedded (subset to the glyphs used) in every PDF report. */
export interface ReportFonts {
  regular: string;
  bold: string;
  /** Emoji, for the runs of text the text fonts have no glyphs for (see emojiRuns). */
  emoji: string;
  emojiBold: string;
}

/**
 * DejaVu Sans Condensed from the `dejavu-fonts-ttf` package: full Latin coverage (Indonesian, English, ≤, – and ✓)
 * and narrow enough for eight-column tables on A4. Emoji come from Noto Emoji (monochrome, SIL OFL 1.1) in the
 * `@expo-google-fonts/noto-emoji` package, which ships it as TrueType that PDFKit embeds and maps back to Unicode,
 * so emoji stay in the text layer. Read from node_modules: nothing is downloaded, at install or at run time.
 */
export function reportFonts(): ReportFonts {
  const require = createRequire(import.meta.url);
  const dejavu = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const noto = dirname(require.resolve('@expo-google-fonts/noto-emoji/package.json'));
  return {
    regular: join(dejavu, 'DejaVuSansCondensed.ttf'),
    bold: join(dejavu, 'DejaVuSansCondensed-Bold.ttf'),
    emoji: join(noto, '400Regular', 'NotoEmoji_400Regular.ttf'),
    emojiBold: join(noto, '700Bold', 'NotoEmoji_700Bold.ttf'),
  };
}

/** A text font with the emoji font that stands in for it. */
export interface FontPair {
  text: string;
  emoji: string;
}

export function regularPair(fonts: ReportFonts): FontPair {
  return { text: fonts.regular, emoji: fonts.emoji };
}

export function boldPair(fonts: ReportFonts): FontPair {
  return { text: fonts.bold, emoji: fonts.emojiBold };
}
