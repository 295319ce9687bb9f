import { cellResult, type PlanCell } from "./types";

/**
 * The text a spreadsheet shows for a plan cell under one of our invariant number formats, e.g.
 * `formatCellText(1909914, '#,##0 "kr."')` → "1,909,914 kr.". Used to size columns, so the length
 * must be right; the separators are the invariant ones (Excel shows "1.909.914 kr." in Danish,
 * which is as long).
 *
 * Covers what the plans use: literal text in quotes or after "\", digit placeholders 0 and #,
 * thousands ",", decimals ".", "%", up to three sections (positive;negative;zero) and date codes
 * (yyyy mm dd hh mm ss). General numbers show up to 11 characters, as Excel's General does.
 */
export function formatCellText(cell: PlanCell, format: string | null | undefined): string {
  const value = cellResult(cell);
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  if (!format || format.toLowerCase() === "general") return generalNumber(value);
  return compiled(format)(value);
}

type Formatter = (value: number) => string;

const cache = new Map<string, Formatter>();

function compiled(format: string): Formatter {
  let f = cache.get(format);
  if (!f) {
    f = compile(format);
    cache.set(format, f);
  }
  return f;
}

function compile(format: string): Formatter {
  const sections = splitSections(format).map(parseSection);
  const [positive, negative, zero] = sections;
  return (value) => {
    if (value === 0 && zero) return zero(0);
    if (value < 0 && negative) return negative(-value);
    if (value < 0) return `-${positive(-value)}`;
    return positive(value);
  };
}

/** Splits at ";" outside quotes. */
function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections.slice(0, 3);
}

type Token =
  { kind: "text"; text: string } | { kind: "number"; pattern: string } | { kind: "date"; code: string };

const PLACEHOLDER = /[0#?,.]/;
const DATE_CODE = /[ymdhs]/i;

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "text", text: section.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === "\\") {
      tokens.push({ kind: "text", text: section[i + 1] ?? "" });
      i += 2;
    } else if (ch === "[") {
      // Colours and conditions ("[Red]") print nothing.
      const end = section.indexOf("]", i);
      i = end < 0 ? section.length : end + 1;
    } else if (ch === "_") {
      // "_)" leaves the width of the next character blank.
      tokens.push({ kind: "text", text: " " });
      i += 2;
    } else if (DATE_CODE.test(ch)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === ch.toLowerCase()) j++;
      tokens.push({ kind: "date", code: section.slice(i, j).toLowerCase() });
      i = j;
    } else if (PLACEHOLDER.test(ch) && (ch !== "." || /[0#?]/.test(section[i + 1] ?? ""))) {
      let j = i;
      while (j < section.length && PLACEHOLDER.test(section[j])) j++;
      tokens.push({ kind: "number", pattern: section.slice(i, j) });
      i = j;
    } else {
      tokens.push({ kind: "text", text: ch });
      i++;
    }
  }
  return tokens;
}

function parseSection(section: string): Formatter {
  const tokens = tokenize(section);
  if (tokens.some((t) => t.kind === "date")) return dateFormatter(tokens);
  const percent = tokens.some((t) => t.kind === "text" && t.text === "%") && !section.includes('"%"');
  const number = tokens.find((t): t is Extract<Token, { kind: "number" }> => t.kind === "number");
  return (value) => {
    const v = percent ? value * 100 : value;
    return tokens
      .map((t) => (t.kind === "text" ? t.text : t === number ? formatNumber(v, t.pattern) : ""))
      .join("");
  };
}

function formatNumber(value: number, pattern: string): string {
  const dot = pattern.indexOf(".");
  const intPart = dot < 0 ? pattern : pattern.slice(0, dot);
  const decPart = dot < 0 ? "" : pattern.slice(dot + 1).replace(/,/g, "");
  const decimals = decPart.length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const thousands = intPart.includes(",");
  const fixed = value.toFixed(decimals);
  let [whole, frac = ""] = fixed.split(".");
  if (whole === "0" && minInt === 0) whole = "";
  whole = whole.padStart(minInt, "0");
  if (thousands) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const optional = (decPart.match(/#/g) ?? []).length;
  if (optional > 0) frac = frac.replace(new RegExp(`0{1,${optional}}$`), "");
  return frac ? `${whole}.${frac}` : whole;
}

function dateFormatter(tokens: Token[]): Formatter {
  return (serial) => {
    // Serial days since 1899-12-30 (Excel's 1900 system after its leap-year bug).
    const ms = Math.round((serial - 25569) * 86_400_000);
    const d = new Date(ms);
    const pad = (n: number, width: number) => String(n).padStart(width, "0");
    let lastWasHour = false;
    return tokens
      .map((t) => {
        if (t.kind === "text") return t.text;
        if (t.kind === "number") return t.pattern;
        const c = t.code;
        const isMinute = c[0] === "m" && lastWasHour;
        lastWasHour = c[0] === "h";
        if (c[0] === "y")
          return c.length <= 2 ? pad(d.getUTCFullYear() % 100, 2) : String(d.getUTCFullYear());
        if (c[0] === "m" && isMinute) return pad(d.getUTCMinutes(), c.length);
        if (c[0] === "m") return c.length >= 3 ? MONTHS[d.getUTCMonth()] : pad(d.getUTCMonth() + 1, c.length);
        if (c[0] === "d") return c.length >= 3 ? "Wed" : pad(d.getUTCDate(), c.length);
        if (c[0] === "h") return pad(d.getUTCHours(), c.length);
        return pad(d.getUTCSeconds(), c.length);
      })
      .join("");
  };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Excel's General: up to 11 characters, switching to fewer decimals (or exponent) to fit. */
function generalNumber(value: number): string {
  const plain = String(value);
  if (plain.length <= 11) return plain;
  for (let digits = 10; digits >= 1; digits--) {
    const text = String(Number(value.toPrecision(digits)));
    if (text.length <= 11) return text;
  }
  return value.toExponential(5);
}
