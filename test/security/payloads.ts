/** Hostile strings every output must neutralise: markup, event handlers, script URLs, terminal escapes. */
export const SCRIPT = '<script>alert(1)</script>';
export const IMG = '<img src=x onerror=alert(1)>';
export const JS_URL = 'javascript:alert(1)';
/** An OSC 8 hyperlink and a colour change: a terminal would act on them if printed raw. */
export const TERMINAL = '\u001b]8;;javascript:alert(1)\u0007kliknij\u001b]8;;\u0007\u001b[31m';
export const ALL = [SCRIPT, IMG, `"><a href="${JS_URL}">x</a>`, `' onerror='alert(1)`, TERMINAL];
