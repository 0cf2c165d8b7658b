//! The staff PIN: hashed with argon2id when it is made, checked against that
//! hash when staff want to leave the kiosk, and guarded by [`PinGate`] so it
//! cannot be guessed quickly.
//!
//! The PIN itself is never kept: [`hash_pin`] and [`verify_pin`] take it by
//! reference and keep nothing, and [`PinGate`] stores only a count and a
//! time. Nothing here writes to a log.

use std::fmt;
use std::io::Read;
use std::time::{Duration, Instant};

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params};

/// The shortest PIN, in characters.
pub const MIN_PIN_CHARS: usize = 4;
/// The longest PIN, in characters.
pub const MAX_PIN_CHARS: usize = 64;
/// Wrong tries in a row before the prompt locks.
pub const TRIES_BEFORE_LOCK: u8 = 3;
/// How long the prompt stays locked.
pub const LOCK_SECONDS: u64 = 60;

/// The heaviest argon2 settings a hash may ask for. A hash edited by hand
/// to ask for gigabytes of memory would make the kiosk stall or be killed
/// the moment someone typed a PIN; `hash-pin` uses far less (19 MiB).
const MAX_MEMORY_KIB: u32 = 256 * 1024;
const MAX_PASSES: u32 = 16;
const MAX_LANES: u32 = 8;

/// Checks a PIN someone wants to use: 4 to 64 characters, none of them
/// control characters.
pub fn check_pin(pin: &str) -> Result<(), String> {
    let chars = pin.chars().count();
    if chars < MIN_PIN_CHARS {
        return Err(format!(
            "The PIN is too short. Use at least {MIN_PIN_CHARS} characters."
        ));
    }
    if chars > MAX_PIN_CHARS {
        return Err(format!(
            "The PIN is too long. Use at most {MAX_PIN_CHARS} characters."
        ));
    }
    if pin.chars().any(char::is_control) {
        return Err(
            "The PIN contains a control character (such as Tab). Use letters, digits and symbols only."
                .into(),
        );
    }
    Ok(())
}

/// Hashes a PIN with argon2id and a fresh random salt, giving the PHC
/// string (`$argon2id$v=19$m=...`) that goes in the kiosk config as
/// `pin_hash`. Two hashes of the same PIN differ, because the salt does.
pub fn hash_pin(pin: &str) -> Result<String, String> {
    check_pin(pin)?;
    let salt = random_salt()?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| format!("The PIN could not be hashed ({e})."))
}

/// 16 random bytes from the operating system. argon2 0.5 as built here has
/// no random number generator of its own (rand_core's `getrandom` feature
/// is off), so the salt comes from `/dev/urandom`.
fn random_salt() -> Result<SaltString, String> {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut bytes))
        .map_err(|e| {
            format!("No random numbers for the salt: /dev/urandom cannot be read ({e}).")
        })?;
    SaltString::encode_b64(&bytes).map_err(|e| format!("The salt could not be encoded ({e})."))
}

/// Checks that `phc` is an argon2 PHC string this program can verify with:
/// it parses, names argon2id, argon2i or argon2d, has a salt and a hash,
/// and its cost settings are within what a kiosk can afford. The message
/// says what to do: make a new one with `immunoguide kiosk hash-pin`.
pub fn check_pin_hash(phc: &str) -> Result<(), String> {
    const REMAKE: &str =
        "Run `immunoguide kiosk hash-pin` and paste the line it prints, in quotes.";
    let hash = PasswordHash::new(phc).map_err(|_| {
        format!("`pin_hash` is not a PIN hash made by `immunoguide kiosk hash-pin`. {REMAKE}")
    })?;
    if Algorithm::try_from(hash.algorithm).is_err() {
        return Err(format!(
            "`pin_hash` is a `{}` hash, not an argon2 hash. {REMAKE}",
            hash.algorithm
        ));
    }
    if hash.salt.is_none() || hash.hash.is_none() {
        return Err(format!(
            "`pin_hash` is missing its salt or its hash part (it may have been cut short when pasting). {REMAKE}"
        ));
    }
    let params = Params::try_from(&hash).map_err(|e| {
        format!("`pin_hash` has argon2 settings that are not valid ({e}). {REMAKE}")
    })?;
    if params.m_cost() > MAX_MEMORY_KIB
        || params.t_cost() > MAX_PASSES
        || params.p_cost() > MAX_LANES
    {
        return Err(format!(
            "`pin_hash` asks for more work than a kiosk should do for each PIN (at most m={MAX_MEMORY_KIB}, t={MAX_PASSES}, p={MAX_LANES}). {REMAKE}"
        ));
    }
    Ok(())
}

/// Whether `pin` is the PIN that `phc` was made from. The comparison is
/// argon2's own, in constant time. Any problem (a bad hash, an absurdly
/// long input) is simply `false`.
pub fn verify_pin(pin: &str, phc: &str) -> bool {
    // Longer than any PIN hash_pin accepts, even at 4 bytes per character;
    // refusing early keeps hashing time bounded.
    if pin.len() > MAX_PIN_CHARS * 4 || check_pin_hash(phc).is_err() {
        return false;
    }
    let Ok(hash) = PasswordHash::new(phc) else {
        return false;
    };
    Argon2::default()
        .verify_password(pin.as_bytes(), &hash)
        .is_ok()
}

/// What happened to one PIN attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOutcome {
    /// The PIN is right: staff may leave the kiosk.
    Accepted,
    /// The PIN is wrong; this many more wrong tries lock the prompt.
    Wrong { tries_left: u8 },
    /// The prompt is locked (by this attempt or earlier ones) for this many
    /// more seconds, rounded up. A locked prompt checks nothing, not even
    /// the right PIN.
    Locked { seconds_left: u64 },
}

/// Three wrong PINs lock the prompt for 60 s. Time is passed in (no clock
/// inside), so tests do not sleep.
///
/// Holds only a count and a time, never a PIN. A right PIN resets the
/// count; so does the end of a lock. With no PIN hash configured every
/// attempt is wrong, so guessing is locked out the same way.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct PinGate {
    wrong: u8,
    locked_until: Option<Instant>,
}

impl fmt::Debug for PinGate {
    // Written by hand so that, whatever is added later, no PIN can reach a
    // log through `{:?}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PinGate")
            .field("wrong", &self.wrong)
            .field("locked", &self.locked_until.is_some())
            .finish()
    }
}

impl PinGate {
    pub fn new() -> Self {
        Self::default()
    }

    /// Checks one attempt at `now`. `phc` is the configured `pin_hash`.
    pub fn try_pin(&mut self, pin: &str, phc: Option<&str>, now: Instant) -> PinOutcome {
        if let Some(seconds_left) = self.locked(now) {
            return PinOutcome::Locked { seconds_left };
        }
        if self.locked_until.take().is_some() {
            // A lock has run out: start counting again.
            self.wrong = 0;
        }
        if phc.is_some_and(|phc| verify_pin(pin, phc)) {
            self.wrong = 0;
            return PinOutcome::Accepted;
        }
        self.wrong = self.wrong.saturating_add(1);
        if self.wrong >= TRIES_BEFORE_LOCK {
            self.locked_until = Some(now + Duration::from_secs(LOCK_SECONDS));
            return PinOutcome::Locked {
                seconds_left: LOCK_SECONDS,
            };
        }
        PinOutcome::Wrong {
            tries_left: TRIES_BEFORE_LOCK - self.wrong,
        }
    }

    /// Seconds (rounded up) until the prompt unlocks, or `None` if it is
    /// open at `now`.
    pub fn locked(&self, now: Instant) -> Option<u64> {
        let left = self.locked_until?.checked_duration_since(now)?;
        if left.is_zero() {
            return None;
        }
        Some(left.as_secs() + u64::from(left.subsec_nanos() > 0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use argon2::Version;

    /// A hash with the lightest settings argon2 allows, so tests that only
    /// need *a* hash do not spend seconds on one in a debug build.
    fn cheap_hash(pin: &str) -> String {
        let params = Params::new(8, 1, 1, None).unwrap();
        let salt = SaltString::encode_b64(b"0123456789abcdef").unwrap();
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password(pin.as_bytes(), &salt)
            .unwrap()
            .to_string()
    }

    #[test]
    fn hash_then_verify() {
        let phc = hash_pin("2468").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$"), "{phc}");
        assert!(!phc.contains("2468"));
        assert!(check_pin_hash(&phc).is_ok());
        assert!(verify_pin("2468", &phc));
        assert!(!verify_pin("2469", &phc));
        assert!(!verify_pin("", &phc));
    }

    #[test]
    fn the_same_pin_hashes_differently_each_time() {
        let a = hash_pin("1357").unwrap();
        let b = hash_pin("1357").unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn verify_on_garbage_is_false() {
        for phc in [
            "",
            "2468",
            "$argon2id$",
            "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ",
            "$bcrypt$v=19$m=8,t=1,p=1$MDEyMzQ1Njc4OWFiY2RlZg$abc",
            "not a hash at all",
        ] {
            assert!(!verify_pin("2468", phc), "{phc:?}");
            assert!(check_pin_hash(phc).is_err(), "{phc:?}");
        }
    }

    #[test]
    fn heavy_hashes_are_refused_without_hashing() {
        let phc = cheap_hash("2468").replace("m=8,", "m=4194304,");
        let err = check_pin_hash(&phc).unwrap_err();
        assert!(err.contains("more work"), "{err}");
        assert!(!verify_pin("2468", &phc));
    }

    #[test]
    fn pins_must_be_4_to_64_plain_characters() {
        assert!(hash_pin("123").unwrap_err().contains("at least 4"));
        assert!(
            hash_pin(&"1".repeat(65))
                .unwrap_err()
                .contains("at most 64")
        );
        assert!(
            hash_pin("12\t34")
                .unwrap_err()
                .contains("control character")
        );
        assert!(hash_pin("12\u{1b}34").is_err());
        assert!(check_pin("1234").is_ok());
        assert!(check_pin(&"é".repeat(64)).is_ok());
    }

    #[test]
    fn three_wrong_pins_lock_for_a_minute() {
        let phc = cheap_hash("2468");
        let t0 = Instant::now();
        let mut gate = PinGate::new();
        assert_eq!(gate.locked(t0), None);
        assert_eq!(
            gate.try_pin("0000", Some(&phc), t0),
            PinOutcome::Wrong { tries_left: 2 }
        );
        assert_eq!(
            gate.try_pin("1111", Some(&phc), t0),
            PinOutcome::Wrong { tries_left: 1 }
        );
        assert_eq!(
            gate.try_pin("2222", Some(&phc), t0),
            PinOutcome::Locked { seconds_left: 60 }
        );
        assert_eq!(gate.locked(t0), Some(60));
        let later = t0 + Duration::from_millis(30_500);
        assert_eq!(gate.locked(later), Some(30));

        // Even the right PIN is refused while locked.
        assert_eq!(
            gate.try_pin("2468", Some(&phc), later),
            PinOutcome::Locked { seconds_left: 30 }
        );
        assert_eq!(gate.locked(t0 + Duration::from_secs(60)), None);

        // After the lock the right PIN works.
        let after = t0 + Duration::from_secs(61);
        assert_eq!(gate.locked(after), None);
        assert_eq!(
            gate.try_pin("2468", Some(&phc), after),
            PinOutcome::Accepted
        );
    }

    #[test]
    fn the_count_starts_again_after_a_lock() {
        let phc = cheap_hash("2468");
        let t0 = Instant::now();
        let mut gate = PinGate::new();
        for _ in 0..3 {
            gate.try_pin("0000", Some(&phc), t0);
        }
        let after = t0 + Duration::from_secs(61);
        assert_eq!(
            gate.try_pin("0000", Some(&phc), after),
            PinOutcome::Wrong { tries_left: 2 }
        );
    }

    #[test]
    fn a_right_pin_resets_the_count() {
        let phc = cheap_hash("2468");
        let t0 = Instant::now();
        let mut gate = PinGate::new();
        gate.try_pin("0000", Some(&phc), t0);
        gate.try_pin("0000", Some(&phc), t0);
        assert_eq!(gate.try_pin("2468", Some(&phc), t0), PinOutcome::Accepted);
        assert_eq!(
            gate.try_pin("0000", Some(&phc), t0),
            PinOutcome::Wrong { tries_left: 2 }
        );
    }

    #[test]
    fn with_no_pin_hash_every_attempt_is_wrong_and_counts() {
        let t0 = Instant::now();
        let mut gate = PinGate::new();
        assert_eq!(
            gate.try_pin("2468", None, t0),
            PinOutcome::Wrong { tries_left: 2 }
        );
        assert_eq!(
            gate.try_pin("2468", None, t0),
            PinOutcome::Wrong { tries_left: 1 }
        );
        assert_eq!(
            gate.try_pin("2468", None, t0),
            PinOutcome::Locked { seconds_left: 60 }
        );
    }

    #[test]
    fn debug_output_never_shows_the_pin() {
        let phc = cheap_hash("97531");
        let t0 = Instant::now();
        let mut gate = PinGate::new();
        gate.try_pin("86420", Some(&phc), t0);
        let shown = format!("{gate:?} {:?}", gate.clone());
        assert!(!shown.contains("86420"), "{shown}");
        assert!(!shown.contains("97531"), "{shown}");
        gate.try_pin("97531", Some(&phc), t0);
        let shown = format!("{gate:#?}");
        assert!(!shown.contains("97531"), "{shown}");
        assert!(shown.contains("PinGate"));
    }
}
