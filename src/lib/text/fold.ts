/**
 * Folds Vietnamese text for matching: lower case, tones and other diacritics removed, đ → d.
 * "Đà Nẵng" → "da nang", "Thừa Thiên Huế" → "thua thien hue". NFD splits a precomposed letter
 * into base + combining marks; đ/Đ is a letter of its own (no decomposition), hence the map.
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether every word of the query starts a word of the text, both folded ("da n" finds Đà Nẵng). */
export function matchesPrefix(text: string, query: string): boolean {
  const words = fold(text).split(" ");
  const q = fold(query).split(" ").filter(Boolean);
  return q.length > 0 && q.every((w) => words.some((t) => t.startsWith(w)));
}
