/**
 * What a spreadsheet may skip, trim or fold away before it decides that a cell is a formula: whitespace of
 * every kind (space, no-break space, LF, NEL, …), control characters, and invisible ones (zero-width space, BOM,
 * word joiner, bidi marks and other default-ignorable code points).
 */
const SKIPPED_PREFIX = /^[\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]*/u;
const FORMULA_START = /^[=+\-@]/;
/** Cells that start with these are neutralised whatever follows: some programs treat them as a formula start. */
const CONTROL_START = /^[\t\r\n]/;

/**
 * A CSV cell as it is safe to open in a spreadsheet: one that could be read as a formula gets a leading
 * apostrophe, so it is shown as text. That is a cell starting with a tab, CR or LF, or one whose first visible
 * character is `=`, `+`, `-` or `@` once folded with NFKC (which turns the full-width `＝ ＋ － ＠` and the small
 * `﹦ ﹢ ﹣ ﹫` into them), whatever whitespace or invisible characters come before it.
 */
export function neutralizeFormula(value: string): string {
  if (CONTROL_START.test(value)) return `'${value}`;
  const visible = value.slice(SKIPPED_PREFIX.exec(value)?.[0].length ?? 0);
  const first = visible.codePointAt(0);
  if (first === undefined) return value;
  return FORMULA_START.test(String.fromCodePoint(first).normalize('NFKC')) ? `'${value}` : value;
}
