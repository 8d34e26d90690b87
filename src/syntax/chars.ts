// Character codes the zone-file scanners compare against (charCodeAt, no one-character strings).
export const SPACE = 32;
export const TAB = 9;
export const CR = 13;
export const LF = 10;
export const SEMI = 59;
export const LPAREN = 40;
export const RPAREN = 41;
export const QUOTE = 34;
export const BACKSLASH = 92;
export const DOLLAR = 36;
