import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, test } from "vitest";
import { flattenCatalogue, readCatalogue, usedKeys } from "../../helpers/catalogue-keys";

const english = flattenCatalogue(readCatalogue("en"));
const indonesian = flattenCatalogue(readCatalogue("id"));

/** The arguments a message interpolates ({name}, {count, plural, …}), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && element.type !== TYPE.literal) {
        names.add(String(element.value));
      }
      if ("options" in element) {
        for (const option of Object.values(element.options)) visit(option.value);
      }
      if (element.type === TYPE.tag) {
        names.add(`<${element.value}>`);
        visit(element.children);
      }
    }
  };
  visit(parse(message));
  return [...names].sort();
}

describe("the message catalogues", () => {
  test("English and Bahasa Indonesia have exactly the same keys", () => {
    const missingInIndonesian = [...english.keys()].filter((key) => !indonesian.has(key));
    const missingInEnglish = [...indonesian.keys()].filter((key) => !english.has(key));
    expect({ missingInIndonesian, missingInEnglish }).toEqual({
      missingInIndonesian: [],
      missingInEnglish: [],
    });
  });

  test("every message is valid ICU and both languages interpolate the same arguments", () => {
    const mismatched = [...english].flatMap(([key, text]) => {
      const other = indonesian.get(key);
      if (other === undefined) return [];
      const [a, b] = [argumentsOf(text), argumentsOf(other)];
      return a.join() === b.join() ? [] : [`${key}: en {${a}} id {${b}}`];
    });
    expect(mismatched).toEqual([]);
  });

  test("no message is empty", () => {
    const empty = [...english, ...indonesian].filter(([, text]) => !text.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  test("every key is used by the code", () => {
    const used = usedKeys(english.keys());
    expect([...english.keys()].filter((key) => !used.has(key))).toEqual([]);
  });
});
