import fs from "node:fs";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

type Catalogue = { [key: string]: string | Catalogue };

function messages(locale: string): string[] {
  const catalogue = JSON.parse(fs.readFileSync(`messages/${locale}.json`, "utf8")) as Catalogue;
  const all: string[] = [];
  const walk = (node: Catalogue) => {
    for (const value of Object.values(node)) {
      if (typeof value === "string") all.push(value);
      else walk(value);
    }
  };
  walk(catalogue);
  return all;
}

/** The literal stretches of a message, placeholders and plural syntax removed. */
function literals(message: string): string[] {
  const out: string[] = [];
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) out.push(element.value);
      if ("options" in element) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.tag) visit(element.children);
    }
  };
  visit(parse(message));
  return out.map((text) => text.replace(/\s+/g, " ").trim());
}

/**
 * The phrases of one language's catalogue that would betray it on a page in the other:
 * literal stretches of two words or more that no message of the other language contains
 * (so shared names such as "LEAPS Tracker" or the activity names never count).
 */
export function telltalePhrases(locale: "en" | "id"): string[] {
  const other = locale === "en" ? "id" : "en";
  const otherText = messages(other).flatMap(literals).join("\n").toLowerCase();
  const phrases = new Set<string>();
  for (const phrase of messages(locale).flatMap(literals)) {
    const words = phrase.split(" ").filter((word) => /\p{L}{2,}/u.test(word));
    if (words.length >= 2 && !otherText.includes(phrase.toLowerCase())) phrases.add(phrase);
  }
  return [...phrases];
}

/** Which of the phrases appear in a page's visible text (whitespace-insensitive). */
export function phrasesIn(pageText: string, phrases: string[]): string[] {
  const text = pageText.replace(/\s+/g, " ");
  return phrases.filter((phrase) => text.includes(phrase));
}
