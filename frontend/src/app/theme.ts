import { createTheme, defaultVariantColorsResolver, type CSSVariablesResolver, parseThemeColor, type MantineColorsTuple, type VariantColorsResolver } from '@mantine/core';

// A deep "service blue": white text on shade 7+ passes WCAG AA for large and small text.
const brand: MantineColorsTuple = ['#e8f0ff', '#cfdcfb', '#9db6f2', '#698eea', '#3f6ce3', '#2556df', '#164bde', '#0b3d91', '#08337a', '#052862'];

/**
 * Light badges and alerts (their titles) write in their colour on a pale tint of it; Mantine's
 * shade 6 there is under 4.5:1 for most colours (axe: color-contrast). Shade 9 darkened by a
 * third passes AA for every palette colour, yellow and orange included.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  // The brand colour is dark enough in every variant (shade 7).
  if (!parsed.isThemeColor || parsed.color === input.theme.primaryColor) return colors;
  const deep = `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 67%, #000)`;
  switch (input.variant) {
    case 'light':
      return { ...colors, color: deep };
    // Outline badges and buttons write in their colour on the page (green, yellow, blue under 4.5:1 at shade 6).
    case 'outline':
      return { ...colors, color: deep, border: `1px solid ${deep}` };
    // White on green, orange, yellow or teal at shade 6 (and on green 9) is under 4.5:1.
    case 'filled':
      return { ...colors, background: deep, hover: `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 50%, #000)`, color: 'var(--mantine-color-white)' };
    default:
      return colors;
  }
};

/**
 * Tablet-first, high-contrast theme for a bright service lane: large controls (≥ 44 px touch
 * targets), dark text, a strong focus ring.
 */
export const theme = createTheme({
  colors: { brand },
  variantColorResolver,
  primaryColor: 'brand',
  primaryShade: 7,
  black: '#111418',
  fontFamily: '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  // Plain objects (not Component.extend) so that the theme does not pull every input
  // component — and @mantine/dates — into the initial bundle.
  components: {
    Button: { defaultProps: { size: 'lg' } },
    ActionIcon: { defaultProps: { size: 48 } },
    TextInput: { defaultProps: { size: 'lg' } },
    NumberInput: { defaultProps: { size: 'lg' } },
    Textarea: { defaultProps: { size: 'lg' } },
    Select: { defaultProps: { size: 'lg' } },
    NativeSelect: { defaultProps: { size: 'lg' } },
    // The box itself is a 44 px target (the label is tappable too, but a finger aims at the box).
    Checkbox: { defaultProps: { size: 'lg' }, vars: () => ({ root: { '--checkbox-size': '44px' } }) },
    SegmentedControl: { defaultProps: { size: 'lg' } },
    DatePickerInput: { defaultProps: { size: 'lg' } },
    // A dialog's close button is a 44 px target too (Mantine's default is 28 px).
    Modal: { defaultProps: { closeButtonProps: { size: 'xl' } } },
    // The typing field inside a tags input is what a finger taps: 44 px high.
    TagsInput: { defaultProps: { size: 'lg' }, styles: { inputField: { minHeight: 44 } } },
  },
});

/** "Dimmed" text (hints, empty notes) is gray 7 on white: Mantine's gray 6 is 3.3:1 (axe: color-contrast). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({ variables: {}, light: { '--mantine-color-dimmed': t.colors.gray[7] }, dark: {} });
