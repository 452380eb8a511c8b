//! How long the simulated world takes.

use std::time::Duration;

/// How long the simulated world takes.
#[derive(Debug, Clone, Copy)]
pub struct Delays {
    /// A round trip to the "server".
    pub call: Duration,
    /// From sending an SMS to its arrival on the phone.
    pub sms: Duration,
    /// How long a test sign-in waits for an answer.
    pub approval: Duration,
}

impl Delays {
    /// Delays that feel like a real server and network.
    pub const REALISTIC: Delays = Delays {
        call: Duration::from_millis(350),
        sms: Duration::from_secs(2),
        approval: Duration::from_secs(120),
    };
    /// No waiting, for tests.
    pub const NONE: Delays = Delays {
        call: Duration::ZERO,
        sms: Duration::ZERO,
        approval: Duration::from_secs(120),
    };
}
