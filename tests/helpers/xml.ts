// A small XML well-formedness check (no DTDs): one root element, tags nested and closed, attributes
// quoted and not repeated, text and attribute values free of "<" and of "&" outside an entity.
// Enough for the sitemap and the Atom feed; returns the problems found (none when well-formed).

const NAME = "[A-Za-z_:][-A-Za-z0-9._:]*";
const ENTITY = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/g;

function badText(s: string): boolean {
  return s.replace(ENTITY, "").includes("&") || s.includes("<");
}

export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const text = xml.replace(/^\uFEFF/, "");
  const decl = /^<\?xml\s[^?]*\?>/.exec(text);
  if (decl) i = decl[0].length;
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  while (i < text.length && problems.length < 20) {
    const lt = text.indexOf("<", i);
    const chunk = text.slice(i, lt === -1 ? text.length : lt);
    if (badText(chunk)) problems.push(`bad character in text at ${i}`);
    if (stack.length === 0 && chunk.trim() !== "") problems.push(`text outside the root element at ${i}`);
    if (lt === -1) break;
    const rest = text.slice(lt);
    if (rest.startsWith("<!--")) {
      const end = rest.indexOf("-->");
      if (end === -1) return [...problems, `unclosed comment at ${lt}`];
      i = lt + end + 3;
      continue;
    }
    if (rest.startsWith("<![CDATA[")) {
      const end = rest.indexOf("]]>");
      if (end === -1) return [...problems, `unclosed CDATA at ${lt}`];
      i = lt + end + 3;
      continue;
    }
    const m = tag.exec(rest);
    if (!m) return [...problems, `malformed tag at ${lt}: ${rest.slice(0, 40)}`];
    const [whole, close, name, attrs, selfClose] = m;
    if (close) {
      if (attrs || selfClose) problems.push(`end tag </${name}> with attributes at ${lt}`);
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open ?? "nothing"}>`);
    } else {
      const names = [...(attrs ?? "").matchAll(new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "g"))];
      const seen = new Set<string>();
      for (const a of names) {
        if (seen.has(a[1]!)) problems.push(`attribute ${a[1]} twice in <${name}> at ${lt}`);
        seen.add(a[1]!);
        if (badText(a[2] ?? a[3] ?? "")) problems.push(`bad character in attribute ${a[1]} of <${name}> at ${lt}`);
      }
      if (stack.length === 0) roots++;
      if (!selfClose) stack.push(name!);
    }
    i = lt + whole!.length;
  }
  if (stack.length) problems.push(`unclosed <${stack.join("> <")}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
