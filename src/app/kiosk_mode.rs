//! Kiosk mode's rules inside the app: the idle countdown and reset for
//! the next visitor, the staff key sequence and PIN prompt, and which keys
//! the public may use. What they act on is in [`super::kiosk_state`].
//! Time comes in as an argument, so all of it is tested without waiting.

use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::input::action_for_event;
use super::keymap::still_typing;
use super::language_switch::switch_language;
use super::state::{AppState, Screen};
use super::touch;
use crate::kiosk::pin::PinOutcome;

// The kiosk's part of the state is named here too, with the rules for it.
pub use super::kiosk_state::{KioskMode, PinMessage, PinPrompt};

/// Turns a terminal event into an action in kiosk mode. Nothing the public
/// can press exits, suspends or reaches a shell: quit is never produced,
/// and control keys are dropped.
pub fn kiosk_action(event: &Event, state: &AppState) -> Option<Action> {
    let place = state.key_context();
    let typing = || match event {
        Event::Key(key) if state.typing => still_typing(key, place),
        _ => None,
    };
    let Some(kiosk) = &state.kiosk else {
        return typing().or_else(|| action_for_event(event, place, state.mouse));
    };
    if let Event::Key(key) = event {
        if key.kind != KeyEventKind::Press {
            return None;
        }
        if kiosk
            .config
            .staff_keys
            .get(kiosk.staff_step)
            .is_some_and(|chord| chord.matches(key))
        {
            return Some(Action::StaffStep);
        }
        if kiosk.prompt.is_some() {
            return match key.code {
                KeyCode::Enter => Some(Action::Activate),
                KeyCode::Esc => Some(Action::Close),
                KeyCode::Backspace => Some(Action::Erase),
                KeyCode::Char(c)
                    if !key
                        .modifiers
                        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                {
                    Some(Action::Type(c))
                }
                // Any other key still counts as someone being there.
                _ => Some(Action::Nothing),
            };
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return Some(Action::Nothing);
        }
        if let Some(typed) = typing() {
            return Some(typed);
        }
    }
    // The mouse is always on in a kiosk: it is how a touchscreen talks.
    match action_for_event(event, place, true) {
        // The kiosk keeps the look the staff chose (see app/looks.rs).
        Some(Action::Quit | Action::SwitchTheme) => Some(Action::Nothing),
        None if matches!(event, Event::Key(_)) => Some(Action::Nothing),
        other => other,
    }
}

/// Kiosk handling before the normal update; true if the action was used up.
pub fn before_update(state: &mut AppState, action: Action, now: Instant) -> bool {
    let Some(kiosk) = state.kiosk.as_mut() else {
        return false;
    };
    kiosk.clock = now;
    if action == Action::Tick {
        tick(state, now);
        return true;
    }
    if matches!(action, Action::Resize { .. }) {
        return false;
    }
    kiosk.last_input = now;
    if action != Action::StaffStep {
        kiosk.staff_step = 0;
    }
    if kiosk.countdown_since.take().is_some() {
        // The touch or key that stops the countdown does nothing else, so
        // a visitor who only wanted to stay is not moved.
        return true;
    }
    match action {
        Action::Quit => true,
        Action::StaffStep => {
            kiosk.staff_step += 1;
            if kiosk.staff_step >= kiosk.config.staff_keys.len() {
                kiosk.staff_step = 0;
                kiosk.prompt = Some(PinPrompt::default());
            }
            true
        }
        // A tap on the prompt's Cancel button is its Esc; other taps
        // reach nothing behind the prompt.
        Action::Click { column, row } if kiosk.prompt.is_some() => {
            let bar = state.plan().status;
            if let Some(button) = touch::button_at(touch::AT_PIN, bar, column, row, state.phrases())
            {
                pin_action(state, button.action, now);
            }
            true
        }
        _ if kiosk.prompt.is_some() => {
            pin_action(state, action, now);
            true
        }
        _ => false,
    }
}

fn pin_action(state: &mut AppState, action: Action, now: Instant) {
    let Some(kiosk) = state.kiosk.as_mut() else {
        return;
    };
    let Some(prompt) = kiosk.prompt.as_mut() else {
        return;
    };
    match action {
        Action::Type(c) => prompt.type_char(c),
        Action::Erase => prompt.erase(),
        Action::Close => kiosk.prompt = None,
        Action::Activate => {
            let entered = prompt.take_entered();
            let outcome = kiosk
                .gate
                .try_pin(&entered, kiosk.config.pin_hash.as_deref(), now);
            drop(entered);
            prompt.message = match outcome {
                PinOutcome::Accepted => {
                    kiosk
                        .staff_events
                        .push("Staff left kiosk mode with the PIN.".into());
                    state.quit = true;
                    return;
                }
                PinOutcome::Wrong { tries_left } => {
                    kiosk
                        .staff_events
                        .push("A wrong staff PIN was entered.".into());
                    Some(PinMessage::Wrong { tries_left })
                }
                PinOutcome::Locked { seconds_left } => {
                    kiosk.staff_events.push(format!(
                        "The staff PIN prompt is locked for {seconds_left} seconds after wrong PINs."
                    ));
                    Some(PinMessage::Locked)
                }
            };
        }
        _ => {}
    }
}

fn tick(state: &mut AppState, now: Instant) {
    let Some(kiosk) = state.kiosk.as_mut() else {
        return;
    };
    match kiosk.countdown_since {
        Some(since) => {
            if now.saturating_duration_since(since)
                >= Duration::from_secs(kiosk.config.countdown_seconds)
            {
                reset_for_next_visitor(state, now);
            }
        }
        None => {
            let idle = now.saturating_duration_since(kiosk.last_input);
            if idle >= Duration::from_secs(kiosk.config.idle_seconds)
                && !is_fresh(state)
                && let Some(kiosk) = state.kiosk.as_mut()
            {
                kiosk.countdown_since = Some(now);
            }
        }
    }
}

/// Nothing of a visitor is on screen: the welcome screen in the kiosk's
/// own language, nothing open. A visitor who only switched language has
/// left something: the next one would find it in that language.
fn is_fresh(state: &AppState) -> bool {
    state.screen == Screen::Welcome
        && state.overlay.is_none()
        && !state.help_open
        && state.history.len() == (0, 0)
        && state
            .kiosk
            .as_ref()
            .is_some_and(|k| k.prompt.is_none() && k.home_language == state.language)
}

/// Back to the welcome screen, in the kiosk's own language, with nothing
/// of the last visitor left: the state is made new, keeping only the
/// guide in each language, the screen size and the kiosk settings.
pub fn reset_for_next_visitor(state: &mut AppState, now: Instant) {
    let config = state.kiosk.as_ref().map(|k| Arc::clone(&k.config));
    let gate = state.kiosk.as_ref().map(|k| k.gate.clone());
    let home = state.kiosk.as_ref().map(|k| k.home_language);
    if let Some(home) = home {
        switch_language(state, home);
    }
    let mut fresh = AppState::new(Arc::clone(&state.guide), state.width, state.height);
    fresh.language = state.language;
    fresh.languages = std::mem::take(&mut state.languages);
    fresh.other_editions = std::mem::take(&mut state.other_editions);
    fresh.index = Arc::clone(&state.index);
    fresh.terms = Arc::clone(&state.terms);
    fresh.mouse = state.mouse;
    fresh.kiosk = config.map(|c| KioskMode {
        // A lock on the PIN prompt outlasts a visitor: walking away and
        // back must not reset it.
        gate: gate.unwrap_or_default(),
        home_language: home.unwrap_or_default(),
        ..KioskMode::new(c, now)
    });
    fresh.set_linear(state.linear());
    *state = fresh;
    state.prepare();
}
