// `--area` resolution: slug, Norwegian label, English alias, any case, with or without æøå,
// an unambiguous prefix, or an inflected form (`helsa`). Unknown names are usage errors that
// suggest the closest names.
import { AREAS, type AreaDef } from '../extract/areas-nb.js';
import { UsageError } from '../model/errors.js';
import { closest } from '../nlp/distance.js';
import { asciiFold } from '../nlp/fold.js';

/** Lower-case ASCII for matching names: æ→ae, ø→o, å→a, accents dropped, outer spaces trimmed. */
export const fold = (text: string): string => asciiFold(text).trim();

/** Slug, label, English name, and each word of the label (`omsorg` for "Helse og omsorg"). */
function namesOf(area: AreaDef): string[] {
  const label = fold(area.label);
  const words = label.split(/[\s,]+/u).map((w) => w.replace(/-$/u, '')).filter((w) => w.length > 2 && !LABEL_FUNCTION_WORDS.has(w));
  return [area.slug, label, fold(area.english), ...words];
}

/** Words of a label that name no area: `og`, `lokalt`. */
const LABEL_FUNCTION_WORDS = new Set(['og', 'lokalt', 'statlig', 'offentlige']);

// Inflectional endings of Norwegian nouns, tried when nothing else matched (`helsa`, `boliger`).
const ENDINGS = ['ene', 'ane', 'er', 'en', 'et', 'a', 'e'];

/** Resolve one name to an area, or throw a UsageError naming the closest areas. */
export function resolveArea(input: string): AreaDef {
  const name = fold(input);
  if (!name) throw new UsageError('empty area name; see `ks-input areas` for the 17 areas');
  const exact = AREAS.filter((a) => namesOf(a).includes(name));
  if (exact.length === 1) return exact[0]!;
  const prefixed = AREAS.filter((a) => namesOf(a).some((n) => n.startsWith(name)));
  if (prefixed.length === 1) return prefixed[0]!;
  if (prefixed.length > 1) {
    throw new UsageError(`ambiguous area '${input}': could be ${prefixed.map((a) => a.slug).join(', ')}`);
  }
  for (const ending of ENDINGS) {
    if (name.length > ending.length + 2 && name.endsWith(ending)) {
      const base = name.slice(0, -ending.length);
      const hit = AREAS.filter((a) => namesOf(a).some((n) => n === base || (n.startsWith(base) && n.length - base.length <= 1)));
      if (hit.length === 1) return hit[0]!;
    }
  }
  const names = AREAS.flatMap((a) => [a.slug, fold(a.english)]);
  const near = closest(names, name, 3).map((n) => AREAS.find((a) => a.slug === n || fold(a.english) === n)!.slug);
  const unique = [...new Set(near)];
  const hint = unique.length ? `; did you mean ${unique.join(', ')}?` : '; see `ks-input areas`';
  throw new UsageError(`unknown area '${input}'${hint}`);
}

/** A comma-separated list of areas: any of them. */
export function resolveAreas(input: string): string[] {
  const names = input.split(',').map((s) => s.trim()).filter(Boolean);
  // `--area ''` (an unset shell variable, say) would otherwise filter by no area and find nothing
  if (names.length === 0) throw new UsageError('empty --area; give an area such as helse, or see `ks-input areas` for the 17 areas');
  return [...new Set(names.map((s) => resolveArea(s).slug))];
}
