// Chinese names in the other script, converted once by the build instead of by every
// process: the build (scripts/build.mjs) builds the gazetteer's index while recording each
// OpenCC conversion name-forms.ts makes (formsConvertedBy), and writes them beside the
// compiled module. A compiled process then builds its index from the file and builds
// neither OpenCC converter for it (simplified → traditional alone costs 0.3 s and 20 MB).
// A text not in the file, and any text when the TypeScript sources run directly (no file
// beside them), is converted by OpenCC as before, so the file changes no result.

import { readBuiltData } from './built-data.ts';

export type ScriptDirection = 'simplified' | 'traditional';

/** Text → its form in each direction, as OpenCC converted it. */
export type ScriptForms = Record<ScriptDirection, Record<string, string>>;

/** The file the build writes beside the compiled script-forms.js. */
export const SCRIPT_FORMS_FILE = 'script-forms.json';

let built: Record<ScriptDirection, Map<string, string>> | undefined;
let recording: Record<ScriptDirection, Map<string, string>> | undefined;

function builtForms(): Record<ScriptDirection, Map<string, string>> {
  if (built) return built;
  const forms = readBuiltData<ScriptForms>(SCRIPT_FORMS_FILE, import.meta.url) ?? { simplified: {}, traditional: {} };
  built = { simplified: new Map(Object.entries(forms.simplified)), traditional: new Map(Object.entries(forms.traditional)) };
  return built;
}

/** The form the build converted text to, if it did (never while recording: then every text is converted). */
export function builtForm(direction: ScriptDirection, text: string): string | undefined {
  return recording ? undefined : builtForms()[direction].get(text);
}

/** Called with each conversion made; kept only while formsConvertedBy records. */
export function noteForm(direction: ScriptDirection, text: string, form: string): void {
  recording?.[direction].set(text, form);
}

/** Every conversion made while run() runs, each converted by OpenCC (what the build writes). */
export function formsConvertedBy(run: () => void): ScriptForms {
  const made = { simplified: new Map<string, string>(), traditional: new Map<string, string>() };
  recording = made;
  try {
    run();
    return { simplified: Object.fromEntries(made.simplified), traditional: Object.fromEntries(made.traditional) };
  } finally {
    recording = undefined;
  }
}
