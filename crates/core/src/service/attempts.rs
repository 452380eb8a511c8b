//! A real server's rule for wrong codes: a few in a row, then a cool-down.

use std::time::Duration;

use super::Error;

/// Counts wrong codes in a row and imposes a cool-down after too many.
#[derive(Debug, Clone, Default)]
pub struct Attempts {
    wrong_in_a_row: u32,
    locked_until: Option<u64>,
}

impl Attempts {
    /// Wrong codes in a row that start a cool-down.
    pub const LIMIT: u32 = 5;
    /// Length of the cool-down in seconds.
    pub const COOL_DOWN: u64 = 30;

    /// Refuses with [`Error::CoolDown`] while a cool-down runs.
    pub fn check(&mut self, now: u64) -> Result<(), Error> {
        match self.locked_until {
            Some(until) if now < until => Err(Error::CoolDown(Duration::from_secs(until - now))),
            Some(_) => {
                self.locked_until = None;
                self.wrong_in_a_row = 0;
                Ok(())
            }
            None => Ok(()),
        }
    }

    /// Records a wrong code; the error says how many are left or starts the cool-down.
    pub fn wrong(&mut self, now: u64) -> Error {
        self.wrong_in_a_row += 1;
        if self.wrong_in_a_row >= Self::LIMIT {
            self.locked_until = Some(now + Self::COOL_DOWN);
            Error::CoolDown(Duration::from_secs(Self::COOL_DOWN))
        } else {
            Error::WrongCode {
                attempts_left: Self::LIMIT - self.wrong_in_a_row,
            }
        }
    }

    /// Records a right code.
    pub fn right(&mut self) {
        self.wrong_in_a_row = 0;
        self.locked_until = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_wrong_codes_start_a_cool_down_that_ends() {
        let mut attempts = Attempts::default();
        for left in (1..=4).rev() {
            assert_eq!(attempts.check(100), Ok(()));
            assert_eq!(
                attempts.wrong(100),
                Error::WrongCode {
                    attempts_left: left
                }
            );
        }
        assert_eq!(
            attempts.wrong(100),
            Error::CoolDown(Duration::from_secs(30))
        );
        assert_eq!(
            attempts.check(110),
            Err(Error::CoolDown(Duration::from_secs(20)))
        );
        assert_eq!(attempts.check(130), Ok(()));
        assert_eq!(attempts.wrong(130), Error::WrongCode { attempts_left: 4 });
    }

    #[test]
    fn a_right_code_resets_the_count() {
        let mut attempts = Attempts::default();
        for _ in 0..4 {
            let _ = attempts.wrong(0);
        }
        attempts.right();
        assert_eq!(attempts.wrong(0), Error::WrongCode { attempts_left: 4 });
    }
}
