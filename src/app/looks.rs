//! `t`: the next look (dark, light, high contrast), said on the bottom
//! line. Never at a kiosk: its look is the one the staff chose as most
//! readable for the room, and a visitor's choice would stay for the next
//! visitor.

use super::state::AppState;
use crate::settings::ThemeName;

/// What the bottom line says after `t`: the look now shown, and the next
/// (a message id, `crate::phrases`).
pub fn switched_to(look: ThemeName) -> &'static str {
    match look {
        ThemeName::Light => "notice-theme-light",
        ThemeName::HighContrast => "notice-theme-high-contrast",
        ThemeName::Auto | ThemeName::Dark => "notice-theme-dark",
    }
}

/// Shows the next look. A state the program has not told its look (only
/// in tests) counts as dark.
pub fn switch_theme(state: &mut AppState) {
    if state.kiosk.is_some() {
        return;
    }
    let next = state.theme.unwrap_or(ThemeName::Dark).next();
    state.theme = Some(next);
    state.tell(switched_to(next));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_look_says_its_own_name_and_the_next() {
        for look in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
            let words = crate::phrases::Phrases::default();
            let said = words.get(switched_to(look)).to_lowercase();
            let name = look.name().replace('-', " ");
            let next = look.next().name().replace('-', " ");
            assert!(said.replace('-', " ").starts_with(&name), "{said}");
            assert!(
                said.replace('-', " ")
                    .contains(&format!("press t for {next}")),
                "{said}"
            );
        }
    }
}
