/**
 * Follows the Office theme: Office gives colours, not a "dark" flag, so the pane picks Fluent's
 * dark theme when the body background Office paints is dark.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance (WCAG) of "#rgb" / "#rrggbb"; undefined for anything else. */
export function luminance(colour: string | undefined): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour?.trim() ?? '');
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkBackground(colour: string | undefined): boolean {
  const l = luminance(colour);
  // 0.18 is where black and white text have equal contrast on the background.
  return l !== undefined && l < 0.18;
}

export function themeFor(officeTheme: { bodyBackgroundColor?: string } | undefined): Theme {
  return isDarkBackground(officeTheme?.bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
