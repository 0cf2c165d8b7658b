//! Kiosk mode's part of the app state: the idle countdown, the staff
//! keys pressed so far, the PIN prompt and its lock. The rules that change
//! it (what a visitor's keys do, the reset for the next visitor) are in
//! [`super::kiosk_mode`].

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::keymap::KeyContext;
use crate::kiosk::config::KioskConfig;
use crate::kiosk::pin::PinGate;
use crate::language::Language;

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
    /// The language each visitor starts in, and the reset for the next
    /// one goes back to: the settings' `language`, or what the kiosk
    /// started in (`--lang`, the computer's language).
    pub home_language: Language,
}

// By hand, so a PIN being typed can never reach a log through `{:?}`.
impl fmt::Debug for KioskMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KioskMode")
            .field("countdown", &self.countdown_since.is_some())
            .field("staff_step", &self.staff_step)
            .field("prompt_open", &self.prompt.is_some())
            .field("home_language", &self.home_language)
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

    /// One more character of the PIN, up to [`MAX_PIN_CHARS`].
    pub fn type_char(&mut self, c: char) {
        if self.dots() < MAX_PIN_CHARS {
            self.entered.push(c);
        }
    }

    pub fn erase(&mut self) {
        self.entered.pop();
    }

    /// The PIN typed, to try; the prompt is left empty.
    pub fn take_entered(&mut self) -> String {
        std::mem::take(&mut self.entered)
    }
}

impl KioskMode {
    pub fn new(config: Arc<KioskConfig>, now: Instant) -> Self {
        Self {
            last_input: now,
            countdown_since: None,
            staff_step: 0,
            prompt: None,
            gate: PinGate::new(),
            staff_events: Vec::new(),
            clock: now,
            home_language: config.language.unwrap_or_default(),
            config,
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

    /// Which keys apply while a kiosk prompt is up.
    pub fn context(&self) -> Option<KeyContext> {
        self.prompt.as_ref().map(|_| KeyContext::Pin)
    }
}
