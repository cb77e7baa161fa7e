/**
 * Folds Vietnamese text for matching: lower case, tones and other diacritics removed, đ → d.
 * "Đà Nẵng" → "da nang", "Thừa Thiên Huế" → "thua thien hue". NFD splits a precomposed letter
 * into base + combining marks; đ/Đ is a letter of its own (no decomposition), hence the map.
 */
export function fold(text: string): string {
  let out = "";
  let space = false;
  for (const ch of text) {
    const f = foldChar(ch);
    if (f === " ") {
      space = out !== "";
    } else if (f !== "") {
      if (space) out += " ";
      out += f;
      space = false;
    }
  }
  return out;
}

// Search folds every name and title it ranks, per query: a character's fold is worked out once.
const folded = new Map<string, string>();

/** One character (code point) folded: "" for a lone combining mark, " " for anything not a letter or digit. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return ch;
  if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  if (c < 128) return " ";
  let f = folded.get(ch);
  if (f === undefined) {
    f = ch.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    // Letters and digits stay; anything else separates words. A mark alone folds to nothing.
    f = f === "" ? "" : /^[\p{L}\p{N}]+$/u.test(f) ? f : " ";
    folded.set(ch, f);
  }
  return f;
}

/** Whether every word of the query starts a word of the text, both folded ("da n" finds Đà Nẵng). */
export function matchesPrefix(text: string, query: string): boolean {
  const words = fold(text).split(" ");
  const q = fold(query).split(" ").filter(Boolean);
  return q.length > 0 && q.every((w) => words.some((t) => t.startsWith(w)));
}

/**
 * Folds character by character so the result has the same length as the input: position i of the
 * folded text is position i of the original, which lets a match found in folded text be
 * highlighted in the original. Expects NFC text (every Vietnamese letter is one code unit then).
 */
export function foldAligned(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const f = ch.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
    out += f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}
