//! Kiosk mode inside the app: the idle countdown and reset for the next
//! visitor, the staff key sequence and PIN prompt, and which keys the
//! public may use. Time comes in as an argument, so all of it is tested
//! without waiting.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::action::Action;
use super::input::action_for_event;
use super::keymap::{Place, still_typing};
use super::state::AppState;
use crate::kiosk::config::KioskConfig;
use crate::kiosk::pin::{PinGate, PinOutcome};

/// The longest PIN the prompt accepts; more is a stuck key.
const MAX_PIN_CHARS: usize = 64;

#[derive(Clone)]
pub struct KioskMode {
    pub config: Arc<KioskConfig>,
    pub last_input: Instant,
    /// When the "Still reading?" countdown started.
    pub countdown_since: Option<Instant>,
    /// How many of the staff keys have been pressed in order.
    pub staff_step: usize,
    pub prompt: Option<PinPrompt>,
    pub gate: PinGate,
    /// Lines for the staff log (never a PIN), taken by the event loop after
    /// each action, so this module stays free of input and output.
    pub staff_events: Vec<String>,
    /// The time of the last action, so drawing can show seconds left
    /// without reading the clock itself.
    pub clock: Instant,
}

// By hand, so a PIN being typed can never reach a log through `{:?}`.
impl fmt::Debug for KioskMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KioskMode")
            .field("countdown", &self.countdown_since.is_some())
            .field("staff_step", &self.staff_step)
            .field("prompt_open", &self.prompt.is_some())
            .finish()
    }
}

/// The staff PIN prompt. The PIN typed so far is kept only until Enter or
/// Esc, and never shown: the screen shows one dot per character.
#[derive(Clone, Default)]
pub struct PinPrompt {
    entered: String,
    pub message: Option<PinMessage>,
}

/// What the prompt says after an attempt. The seconds of a lock are worked
/// out when drawing, so they count down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinMessage {
    Wrong { tries_left: u8 },
    Locked,
}

impl PinPrompt {
    pub fn dots(&self) -> usize {
        self.entered.chars().count()
    }
}

impl KioskMode {
    pub fn new(config: Arc<KioskConfig>, now: Instant) -> Self {
        Self {
            config,
            last_input: now,
            countdown_since: None,
            staff_step: 0,
            prompt: None,
            gate: PinGate::new(),
            staff_events: Vec::new(),
            clock: now,
        }
    }

    /// Seconds left on the countdown, if it is showing.
    pub fn countdown_left(&self, now: Instant) -> Option<u64> {
        let since = self.countdown_since?;
        let total = Duration::from_secs(self.config.countdown_seconds);
        let left = total.saturating_sub(now.saturating_duration_since(since));
        // Rounded up, so the last second shows 1, not 0.
        Some(left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }

    /// When the app next needs the clock, so the event loop can sleep until
    /// then and not tick while nothing happens.
    pub fn next_wake(&self, now: Instant) -> Instant {
        let locked = self.prompt.is_some() && self.gate.locked(now).is_some();
        if self.countdown_since.is_some() || locked {
            // Once a second, to redraw the seconds left.
            return now + Duration::from_secs(1);
        }
        self.last_input + Duration::from_secs(self.config.idle_seconds)
    }
}

/// Turns a terminal event into an action in kiosk mode. Nothing the public
/// can press exits, suspends or reaches a shell: quit is never produced,
/// and control keys are dropped.
pub fn kiosk_action(event: &Event, state: &AppState) -> Option<Action> {
    let place = state.key_place();
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
        Some(Action::Quit) => Some(Action::Nothing),
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
        Action::Type(c) if prompt.entered.chars().count() < MAX_PIN_CHARS => prompt.entered.push(c),
        Action::Erase => {
            prompt.entered.pop();
        }
        Action::Close => kiosk.prompt = None,
        Action::Activate => {
            let entered = std::mem::take(&mut prompt.entered);
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

/// Nothing of a visitor is on screen: the welcome screen, nothing open.
fn is_fresh(state: &AppState) -> bool {
    state.screen == super::state::Screen::Welcome
        && state.overlay.is_none()
        && !state.help_open
        && state.history.len() == (0, 0)
        && state.kiosk.as_ref().is_some_and(|k| k.prompt.is_none())
}

/// Back to the welcome screen with nothing of the last visitor left: the
/// state is made new, keeping only the guide, the screen size and the
/// kiosk settings.
pub fn reset_for_next_visitor(state: &mut AppState, now: Instant) {
    let config = state.kiosk.as_ref().map(|k| Arc::clone(&k.config));
    let gate = state.kiosk.as_ref().map(|k| k.gate.clone());
    let mut fresh = AppState::new(Arc::clone(&state.guide), state.width, state.height);
    fresh.index = Arc::clone(&state.index);
    fresh.terms = Arc::clone(&state.terms);
    fresh.mouse = state.mouse;
    fresh.kiosk = config.map(|c| KioskMode {
        // A lock on the PIN prompt outlasts a visitor: walking away and
        // back must not reset it.
        gate: gate.unwrap_or_default(),
        ..KioskMode::new(c, now)
    });
    *state = fresh;
    state.prepare();
}

/// Which keys apply while a kiosk prompt is up.
pub fn kiosk_place(state: &AppState) -> Option<Place> {
    state
        .kiosk
        .as_ref()
        .and_then(|k| k.prompt.as_ref())
        .map(|_| Place::Pin)
}
