//! How light a colour looks and how well two colours read against each
//! other, as WCAG 2 measures it (relative luminance and contrast ratio).
//! The program uses it to tell a light terminal background from a dark
//! one; the tests use it to check every colour pair the themes draw
//! against the palettes of common terminals.

/// A colour as red, green and blue, 0–255 each.
pub type Rgb = [u8; 3];

/// WCAG 2's relative luminance: 0 for black, 1 for white.
pub fn relative_luminance(rgb: Rgb) -> f64 {
    let linear = |channel: u8| {
        let c = f64::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

/// WCAG 2's contrast ratio, from 1 (the same) to 21 (black on white). The
/// order of the two colours does not matter. Text needs 4.5 to pass
/// level AA; large text and the parts of a screen that are not text
/// (borders, the edges of controls), 3.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (a, b) = (relative_luminance(a), relative_luminance(b));
    let (light, dark) = if a >= b { (a, b) } else { (b, a) };
    (light + 0.05) / (dark + 0.05)
}

/// Whether dark text reads better than light text on this background:
/// black text contrasts more than white above a luminance of about 0.18,
/// which is where a background stops being dark.
pub fn is_light(background: Rgb) -> bool {
    contrast_ratio(background, [0, 0, 0]) > contrast_ratio(background, [255, 255, 255])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.005
    }

    #[test]
    fn ratios_match_the_published_examples() {
        // Black on white is the most there is; a colour against itself
        // the least.
        assert!(close(contrast_ratio([0, 0, 0], [255, 255, 255]), 21.0));
        assert!(close(
            contrast_ratio([0x77, 0x77, 0x77], [0x77, 0x77, 0x77]),
            1.0
        ));
        // #767676 on white is the lightest grey that passes 4.5:1, as
        // WCAG's own explanations note; #777777 just fails.
        assert!(contrast_ratio([0x76, 0x76, 0x76], [255, 255, 255]) >= 4.5);
        assert!(contrast_ratio([0x77, 0x77, 0x77], [255, 255, 255]) < 4.5);
        // The order does not matter.
        let (a, b) = ([0xcd, 0, 0], [0, 0, 0]);
        assert!(close(contrast_ratio(a, b), contrast_ratio(b, a)));
        // xterm's blue on black: the reading the issue about colours
        // started from (2.2:1).
        assert!(close(contrast_ratio([0, 0, 0xee], [0, 0, 0]), 2.23));
    }

    #[test]
    fn light_and_dark_backgrounds_are_told_apart() {
        for light in [[255, 255, 255], [0xee, 0xee, 0xec], [0xfd, 0xf6, 0xe3]] {
            assert!(is_light(light), "{light:?}");
        }
        for dark in [
            [0, 0, 0],
            [0x2e, 0x34, 0x36],
            [0x0c, 0x0c, 0x0c],
            [0x00, 0x2b, 0x36],
        ] {
            assert!(!is_light(dark), "{dark:?}");
        }
        // Around the middle: a mid grey of luminance 0.18 or so is where
        // black and white text read equally well.
        assert!(!is_light([0x70, 0x70, 0x70]));
        assert!(is_light([0x80, 0x80, 0x80]));
    }
}
