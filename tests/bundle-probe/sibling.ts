// Imported by probe.ts: after bundling it must still know where its source lives.
export const there = new URL('./sibling.ts', import.meta.url).href;
