use super::*;

#[test]
fn every_guide_step_has_a_screen() {
    let covered: Vec<u8> = ENROLLMENT
        .screens()
        .filter_map(|s| s.guide_steps())
        .flatten()
        .collect();
    assert_eq!(covered, (1..=13).collect::<Vec<_>>());
    assert_eq!(steps_label(&(1..=2)), "1–2");
    assert_eq!(steps_label(&(3..=3)), "3");
}

#[test]
fn the_practice_passkey_comes_after_the_approval() {
    let r = ENROLLMENT_PASSKEY;
    assert_eq!(r.next(Screen::Approve), Some(Screen::PasskeyReady));
    assert_eq!(r.next(Screen::PasskeyAdd), Some(Screen::Phone));
    let short = r.with_text_messages(false);
    assert_eq!(short.next(Screen::PasskeyAdd), Some(Screen::Finish));
    // Everything else as in the guide's order.
    let rest: Vec<Screen> = r
        .screens()
        .filter(|s| !matches!(s, Screen::PasskeyReady | Screen::PasskeyAdd))
        .collect();
    assert_eq!(rest, ENROLLMENT.screens().collect::<Vec<_>>());
    // Not the paper guide's: no steps of its own, and the places after
    // it no longer named as the guide's.
    assert_eq!(r.paper_guide_note(Screen::PasskeyAdd), None);
}

#[test]
fn a_practice_new_phone_adds_before_it_removes() {
    let r = PRACTICE_NEW_PHONE;
    assert_eq!(r.next(Screen::SignIn), Some(Screen::Prepare));
    assert_eq!(r.next(Screen::Approve), Some(Screen::OldPhone));
    assert!(!r.has_text_messages() && r.position(Screen::MoreInfo).is_none());
    let p = PRACTICE_NEW_PHONE_PASSKEY;
    assert_eq!(p.next(Screen::Approve), Some(Screen::PasskeyReady));
    assert_eq!(p.next(Screen::PasskeyAdd), Some(Screen::OldPhone));
    // The guide's steps are named where they help, never above the
    // route's length (the approval, place 6, is the guide's 8–10).
    assert_eq!(r.paper_guide_note(Screen::Approve), None);
    assert_eq!(r.paper_guide_note(Screen::OldPhone), None);
    assert_eq!(p.paper_guide_note(Screen::Scan), Some(7..=7));
}

#[test]
fn order_walks_both_ways() {
    let r = ENROLLMENT;
    assert_eq!(r.previous(Screen::Welcome), None);
    assert_eq!(r.next(Screen::Welcome), Some(Screen::Install));
    assert_eq!(r.next(Screen::Finish), None);
    assert_eq!(r.previous(Screen::Sms), Some(Screen::Phone));
    let short = Route::new(&[Screen::Welcome, Screen::Scan, Screen::SignIn]);
    assert_eq!(short.next(Screen::Scan), Some(Screen::SignIn));
    assert_eq!(short.previous(Screen::Scan), Some(Screen::Welcome));
    assert_eq!(short.next(Screen::Phone), None, "not on the route");
}

#[test]
fn the_paper_guide_is_named_only_where_it_helps() {
    use crate::guide::Page;
    // Training: place 6 is guide step 7; the finish has none.
    assert_eq!(ENROLLMENT.paper_guide_note(Screen::Scan), Some(7..=7));
    assert_eq!(ENROLLMENT.paper_guide_note(Screen::Install), Some(1..=2));
    assert_eq!(ENROLLMENT.paper_guide_note(Screen::Finish), None);
    // Microsoft 365: places 1–7 are guide steps 1–7, said once; the
    // phone at place 9 is guide step 11; step 13 is above the route's
    // twelve and not named.
    let ms = |p| Screen::Microsoft(p);
    assert_eq!(MICROSOFT365.paper_guide_note(ms(Page::Scan)), None);
    assert_eq!(MICROSOFT365.paper_guide_note(ms(Page::TryIt)), Some(8..=10));
    assert_eq!(
        MICROSOFT365.paper_guide_note(ms(Page::Phone)),
        Some(11..=11)
    );
    assert_eq!(MICROSOFT365.paper_guide_note(ms(Page::Success)), None);
    for route in [
        ENROLLMENT,
        MICROSOFT365,
        ENROLLMENT.with_text_messages(false),
        MICROSOFT365.with_text_messages(false),
    ] {
        for screen in route.screens() {
            if let Some(steps) = route.paper_guide_note(screen) {
                assert!(usize::from(*steps.end()) <= route.len(), "{screen:?}");
            }
        }
    }
}

#[test]
fn without_text_messages_the_phone_screens_leave_every_route() {
    for route in [ENROLLMENT, MICROSOFT365] {
        let short = route.with_text_messages(false);
        assert!(route.has_text_messages() && !short.has_text_messages());
        assert_eq!(short.len(), route.len() - 2);
        assert!(short.screens().all(|s| !s.is_text_message()));
        assert_eq!(short.position(Screen::Phone), None);
        assert_eq!(short.first(), Screen::Welcome);
        // Every other screen keeps its order, and Back and Next skip
        // the phone step both ways.
        let kept: Vec<Screen> = route.screens().filter(|s| !s.is_text_message()).collect();
        assert_eq!(short.screens().collect::<Vec<_>>(), kept);
        for pair in kept.windows(2) {
            assert_eq!(short.next(pair[0]), Some(pair[1]));
            assert_eq!(short.previous(pair[1]), Some(pair[0]));
        }
    }
    assert_eq!(
        ENROLLMENT.with_text_messages(false).next(Screen::Approve),
        Some(Screen::Finish)
    );
    assert_eq!(
        MICROSOFT365
            .with_text_messages(false)
            .next(Screen::Microsoft(Page::TryIt)),
        Some(Screen::Microsoft(Page::Success))
    );
}
