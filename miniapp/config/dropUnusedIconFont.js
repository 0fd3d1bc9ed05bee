/**
 * Webpack loader for Taro's components stylesheet in the H5 build: leaves out the WeUI icon
 * font it inlines (6 KB of base64 in the app's first script). The font draws only the icons of
 * Taro's Icon, Checkbox and Radio components, which no page uses: the app's check rows and chips
 * are its own. test/e2e/h5Payload.test.ts fails if a page starts using one of them.
 */
const weuiFontFace = /@font-face\s*\{[^}]*font-family:\s*["']?weui["']?\s*;[^}]*\}/g;

module.exports = function dropUnusedIconFont(source) {
  return String(source).replace(weuiFontFace, '');
};
