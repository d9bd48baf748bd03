// natural is imported by submodule (its root pulls in database clients); this declares
// the one function used, as natural's own distance/index.d.ts types it.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}
