// The compact key-term lexicon the Vite plugin in src/content-loader/key-term-lexicon-node.ts
// generates from SUBTLEX-US (`lexiconFromCompact` reads it). Only the guide-import worker imports it.
declare module 'virtual:key-term-lexicon' {
  const compact: string;
  export default compact;
}
