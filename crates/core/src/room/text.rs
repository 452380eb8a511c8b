//! The room's words in Dutch and English: step names, refusal reasons, why
//! a trainee is stuck, the trainee's link. Times as `m:ss` (digits read the
//! same in both languages).

use super::client::Link;
use super::snapshot::Stuck;
use super::wire::{Refusal, Step};
use crate::i18n::Lang;
use crate::t;

/// A step's short name (the stepper's).
pub fn step(lang: Lang, step: Step) -> String {
    match step {
        Step::Welcome => t!(lang, "step-welcome"),
        Step::Install => t!(lang, "step-install"),
        Step::SignIn => t!(lang, "step-sign-in"),
        Step::MoreInfo => t!(lang, "step-more-info"),
        Step::Prepare => t!(lang, "step-prepare"),
        Step::Scan => t!(lang, "step-scan"),
        Step::Approve => t!(lang, "step-approve"),
        Step::PasskeyReady => t!(lang, "step-ms-passkey-ready"),
        Step::PasskeyAdd => t!(lang, "step-ms-passkey-add"),
        Step::OldPhone => t!(lang, "step-old-phone"),
        Step::Phone => t!(lang, "step-phone"),
        Step::Sms => t!(lang, "step-sms"),
        Step::Finish => t!(lang, "step-finish"),
    }
}

/// Why a step refused, in a few words for the table.
pub fn refusal(lang: Lang, reason: Refusal) -> String {
    match reason {
        Refusal::WrongCode => t!(lang, "room-refusal-wrong-code"),
        Refusal::ClockOff => t!(lang, "room-refusal-clock-off"),
        Refusal::UsedAlready => t!(lang, "room-refusal-used-already"),
        Refusal::Expired => t!(lang, "room-refusal-expired"),
        Refusal::CoolDown => t!(lang, "room-refusal-cool-down"),
        Refusal::SmsResend => t!(lang, "room-refusal-sms-resend"),
        Refusal::ApprovalDenied => t!(lang, "room-refusal-approval-denied"),
        Refusal::WrongNumber => t!(lang, "room-refusal-wrong-number"),
        Refusal::ApprovalTimedOut => t!(lang, "room-refusal-approval-timed-out"),
        Refusal::Other => t!(lang, "room-refusal-other"),
    }
}

/// Why a trainee is stuck, at `now` (the snapshot's time).
pub fn stuck(lang: Lang, stuck: Stuck, now: u64) -> String {
    match stuck {
        Stuck::Offline { since } => {
            let minutes = now.saturating_sub(since) / 60;
            t!(lang, "room-stuck-offline", minutes = minutes)
        }
        Stuck::Refusals { in_a_row } => t!(lang, "room-stuck-refusals", count = in_a_row),
        Stuck::Slow { seconds, limit } => t!(
            lang,
            "room-stuck-slow",
            time = duration(seconds),
            limit = duration(limit)
        ),
    }
}

/// The trainee's link to the trainer.
pub fn link(lang: Lang, link: Link) -> String {
    match link {
        Link::Joining => t!(lang, "room-link-joining"),
        Link::Joined { .. } => t!(lang, "room-link-joined"),
        Link::Unreachable => t!(lang, "room-link-unreachable"),
        Link::WrongCode => t!(lang, "room-link-wrong-code"),
        Link::RoomFull => t!(lang, "room-link-room-full"),
        Link::SlowDown => t!(lang, "room-link-slow-down"),
    }
}

/// Seconds as `m:ss`, or `h:mm:ss` from an hour.
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::room::wire::TraineeId;

    #[test]
    fn durations() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(65), "1:05");
        assert_eq!(duration(3600 + 61), "1:01:01");
    }

    #[test]
    fn every_reason_has_its_own_words_in_both_languages() {
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for reason in Refusal::ALL {
                let text = refusal(lang, reason);
                assert!(!text.starts_with("room-"), "{text}");
                assert!(seen.insert(text));
            }
        }
        assert_eq!(
            stuck(
                Lang::En,
                Stuck::Slow {
                    seconds: 200,
                    limit: 130
                },
                0
            ),
            "3:20 on this step (the room: under 2:10)"
        );
        assert_eq!(
            stuck(Lang::Nl, Stuck::Offline { since: 100 }, 400),
            "Al 5 min offline"
        );
        assert_eq!(
            stuck(Lang::En, Stuck::Refusals { in_a_row: 3 }, 0),
            "Refused 3 times in a row"
        );
        let joined = Link::Joined {
            trainee: TraineeId(1),
        };
        assert_ne!(link(Lang::Nl, joined), link(Lang::En, joined));
        // Every state of the link has its own sentence in both languages.
        let links = [
            Link::Joining,
            joined,
            Link::Unreachable,
            Link::WrongCode,
            Link::RoomFull,
            Link::SlowDown,
        ];
        for lang in Lang::ALL {
            let said: std::collections::HashSet<String> =
                links.iter().map(|l| link(lang, *l)).collect();
            assert_eq!(said.len(), links.len(), "{lang:?}");
        }
        assert_eq!(
            link(Lang::Nl, Link::RoomFull),
            "De trainingsruimte is vol. Vraag de trainer om ruimte; deze pc probeert het elke minuut opnieuw. Ga gewoon door: je stappen worden bewaard."
        );
        assert_eq!(step(Lang::En, Step::Sms), "Text code");
    }
}
