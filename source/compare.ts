// Sorting by name without ICU: String#localeCompare loads ICU's collation data (~2 MB resident) and is slow
// per call; names here are docker's (letters, digits, _ . -), so case-insensitive code-unit order reads
// the same to a person.
export function byText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  // the same but for case: lower case first, as localeCompare puts it
  return a > b ? -1 : a < b ? 1 : 0;
}
