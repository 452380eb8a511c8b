use super::*;
use crate::guide::{ENROLLMENT, Screen};

#[test]
fn keys_are_the_json_names() {
    for step in Step::ALL {
        assert_eq!(
            serde_json::to_string(&step).unwrap(),
            format!("\"{}\"", step.key())
        );
        assert_eq!(Step::ALL[step.index()], step);
    }
    for reason in Refusal::ALL {
        let json = serde_json::to_string(&reason).unwrap();
        assert_eq!(json, format!("\"{}\"", reason.key()));
        assert_eq!(Refusal::ALL[reason.index()], reason);
    }
    // A reason from a newer assistant still reads.
    let later: Refusal = serde_json::from_str("\"app_ignored_sha256\"").unwrap();
    assert_eq!(later, Refusal::Other);
}

#[test]
fn every_screen_is_a_step() {
    let steps: Vec<Step> = ENROLLMENT.screens().map(Step::from).collect();
    let usual: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| !s.is_passkey() && !s.is_new_phone())
        .collect();
    assert_eq!(steps, usual);
    assert_eq!(Step::from(Screen::Sms), Step::Sms);
    // The passkey's screens, in training and beside Microsoft's pages,
    // are the passkey's own steps, in the guide's order.
    let passkey: Vec<Step> = crate::guide::ENROLLMENT_PASSKEY
        .screens()
        .map(Step::from)
        .collect();
    let with: Vec<Step> = Step::ALL
        .into_iter()
        .filter(|s| !s.is_new_phone())
        .collect();
    assert_eq!(passkey, with);
    // A new phone's practice: the old phone's own step, in order, as
    // beside Microsoft's page.
    let new_phone: Vec<Step> = crate::guide::PRACTICE_NEW_PHONE_PASSKEY
        .screens()
        .map(Step::from)
        .collect();
    assert!(new_phone.is_sorted(), "{new_phone:?}");
    assert!(new_phone.contains(&Step::OldPhone));
    assert_eq!(
        Step::from(Screen::Microsoft(Page::NewPhoneRemove)),
        Step::OldPhone
    );
    use crate::guide::Page;
    assert_eq!(
        Step::from(Screen::Microsoft(Page::PasskeyReady)),
        Step::PasskeyReady
    );
    assert_eq!(
        Step::from(Screen::Microsoft(Page::PasskeyAdd)),
        Step::PasskeyAdd
    );
}

#[test]
fn older_trainers_get_the_steps_they_know() {
    // The ten wire names of the first trainers, never renamed.
    let first = [
        "welcome",
        "install",
        "sign_in",
        "more_info",
        "prepare",
        "scan",
        "approve",
        "phone",
        "sms",
        "finish",
    ];
    let passkey_only = Known {
        passkey: true,
        old_phone: false,
    };
    for step in Step::ALL {
        let older = step.for_trainer(Known::default());
        assert!(first.contains(&older.key()), "{step:?}");
        let later = step.is_passkey() || step.is_new_phone();
        assert_eq!(older == step, !later, "{step:?}");
        // The trainers that knew the passkey's steps, not the old phone's.
        let passkey_trainer = step.for_trainer(passkey_only);
        assert_eq!(passkey_trainer == step, !step.is_new_phone(), "{step:?}");
        assert_eq!(step.for_trainer(Known::ALL), step);
    }
    assert_eq!(Step::OldPhone.for_trainer(passkey_only), Step::Approve);
    assert_eq!(Step::PasskeyReady.key(), "passkey_ready");
    assert_eq!(Step::PasskeyAdd.key(), "passkey_add");
    assert_eq!(Step::OldPhone.key(), "old_phone");
}

#[test]
fn service_refusals_map_to_kinds() {
    use std::time::Duration;
    let cases = [
        (
            Error::WrongCode { attempts_left: 2 },
            Some(Refusal::WrongCode),
        ),
        (Error::CodeRejected, Some(Refusal::WrongCode)),
        (Error::CodeReused, Some(Refusal::UsedAlready)),
        (Error::CodeExpired, Some(Refusal::Expired)),
        (
            Error::CoolDown(Duration::from_secs(30)),
            Some(Refusal::CoolDown),
        ),
        (
            Error::ResendTooSoon(Duration::from_secs(9)),
            Some(Refusal::SmsResend),
        ),
        (Error::Timeout, None),
        (Error::Unreachable, None),
    ];
    for (error, kind) in cases {
        assert_eq!(Refusal::from_error(&error), kind, "{error:?}");
    }
    assert_eq!(Refusal::from_outcome(ApprovalOutcome::Approved), None);
    assert_eq!(
        Refusal::from_outcome(ApprovalOutcome::WrongNumber),
        Some(Refusal::WrongNumber)
    );
}
