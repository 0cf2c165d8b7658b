//! Time for the event loop: what time it is, and waiting for the next
//! message or the next timer. The real clock waits on the channel; tests
//! give the loop a clock of their own, so an hour of kiosk timers passes
//! in an instant.

use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Instant;

use super::Incoming;

/// What waiting ended with.
pub enum Waited {
    Message(Incoming),
    /// The time asked for came first.
    Time,
    /// Nothing more will come: every sender is gone.
    Closed,
}

pub trait Clock {
    fn now(&self) -> Instant;
    /// Waits for the next message, but not past `until` (if given).
    fn wait(&self, events: &Receiver<Incoming>, until: Option<Instant>) -> Waited;
}

/// The machine's clock.
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }

    fn wait(&self, events: &Receiver<Incoming>, until: Option<Instant>) -> Waited {
        match until {
            Some(until) => {
                match events.recv_timeout(until.saturating_duration_since(Instant::now())) {
                    Ok(message) => Waited::Message(message),
                    Err(RecvTimeoutError::Timeout) => Waited::Time,
                    Err(RecvTimeoutError::Disconnected) => Waited::Closed,
                }
            }
            None => events.recv().map_or(Waited::Closed, Waited::Message),
        }
    }
}
